/** Test helpers: labelled articles classified through the full pipeline, their topics beside the labelled ones. */
import type { AnalysisContext } from '../../src/analyze/index.ts';
import type { LabelledPrediction } from '../../src/classify/index.ts';
import type { AnalyzedArticle } from '../../src/types.ts';
import { analyzeLabels } from '../quality/labelled-set.ts';
import type { TaggingLabel } from '../quality/score-tagging.ts';

/** The topics the labellers labelled; others in the taxonomy are not measured. */
export const LABELLED_TOPICS = ['china-russia-relations', 'sanctions', 'diplomacy'];

/** Analyses every labelled article (paths relative to the repo) and pairs its topics with the labels. */
export function classifyLabelled(
  labels: TaggingLabel[],
  context: AnalysisContext,
): Array<LabelledPrediction & { article: AnalyzedArticle }> {
  return analyzeLabels(labels, context).map(({ label, article }) => ({
    file: label.file,
    expected: label.topics,
    predicted: article.topics.map((t) => t.id),
    article,
  }));
}
