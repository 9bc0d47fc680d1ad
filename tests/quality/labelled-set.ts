/** Quality: runs the full pipeline (read → extract → tag) over the labelled tagging set. Reads the fixtures from disk. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle, type AnalysisContext } from '../../src/analyze/index.ts';
import { REPO_ROOT } from '../../src/build/index.ts';
import { isRejection, readArticle } from '../../src/read/index.ts';
import type { AnalyzedArticle } from '../../src/types.ts';
import { scoreTagging, type TaggingLabel, type TaggingScores } from './score-tagging.ts';

export const LABELS_FILE = path.join(REPO_ROOT, 'tests', 'quality', 'tagging-labels.json');

/** Each labelled article with what the pipeline makes of it, as `analyzeArticle` does in a build. */
export function analyzeLabelledSet(context: AnalysisContext): Array<{ label: TaggingLabel; article: AnalyzedArticle }> {
  const labels = JSON.parse(readFileSync(LABELS_FILE, 'utf8')) as TaggingLabel[];
  return labels.map((label) => {
    const raw = readArticle(path.basename(label.file), readFileSync(path.join(REPO_ROOT, label.file)));
    if (isRejection(raw)) throw new Error(`${label.file}: rejected: ${raw.reason}`);
    return { label, article: analyzeArticle(raw, context) };
  });
}

/** Scores the pipeline on the labelled set. */
export function scoreLabelledSet(context: AnalysisContext): TaggingScores {
  return scoreTagging(analyzeLabelledSet(context), new Set(context.taxonomy.actors.map((a) => a.id)));
}
