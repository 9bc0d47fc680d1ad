/** Quality: labelled articles classified through the full pipeline, their topics beside the labelled ones. */
import type { AnalysisContext } from '../analyze/index.ts';
import type { LabelledPrediction } from '../classify/index.ts';
import type { AnalyzedArticle } from '../types.ts';
import { analyzeLabels, type TopicLabel } from './labelled-set.ts';

/** The topics the labellers labelled; others in the taxonomy are not measured. */
export const LABELLED_TOPICS = ['china-russia-relations', 'sanctions', 'diplomacy'];

/** Analyses every labelled article (paths relative to the repo) and pairs its topics with the labels. */
export function classifyLabelled(
  labels: TopicLabel[],
  context: AnalysisContext,
): Array<LabelledPrediction & { article: AnalyzedArticle }> {
  return analyzeLabels(labels, context).map(({ label, article }) => ({
    file: label.file,
    expected: label.topics,
    predicted: article.topics.map((t) => t.id),
    article,
  }));
}
