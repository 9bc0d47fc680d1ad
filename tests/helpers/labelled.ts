/** Test helpers: the labelled set of `tests/quality/tagging-labels.json`, classified through the full pipeline. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle, type AnalysisContext } from '../../src/analyze/index.ts';
import { REPO_ROOT } from '../../src/build/paths.ts';
import type { LabelledPrediction } from '../../src/classify/index.ts';
import { isRejection, readArticle } from '../../src/read/index.ts';
import type { AnalyzedArticle } from '../../src/types.ts';

/** The labels: per article, its countries, actors and topics as the labellers decided them. */
const LABELS_FILE = path.join(REPO_ROOT, 'tests', 'quality', 'tagging-labels.json');
/** The topics the labellers labelled; others in the taxonomy are not measured. */
export const LABELLED_TOPICS = ['china-russia-relations', 'sanctions', 'diplomacy'];

interface Label {
  file: string;
  topics: string[];
}

/** Reads and analyses every labelled article (paths relative to the repo) and pairs its topics with the labels. */
export function classifyLabelled(context: AnalysisContext): Array<LabelledPrediction & { article: AnalyzedArticle }> {
  const labels = JSON.parse(readFileSync(LABELS_FILE, 'utf8')) as Label[];
  return labels.map((label) => {
    const raw = readArticle(path.basename(label.file), readFileSync(path.join(REPO_ROOT, label.file)));
    if (isRejection(raw)) throw new Error(`${label.file}: rejected: ${raw.reason}`);
    const article = analyzeArticle(raw, context);
    return { file: label.file, expected: label.topics, predicted: article.topics.map((t) => t.id), article };
  });
}
