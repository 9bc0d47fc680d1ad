/**
 * Quality: the labelled tagging sets and their parts, run through the full pipeline (read → extract → tag →
 * classify). The first set (`tagging-labels.json`, fixtures in the repo) was tuned on; the corpus set
 * (`tagging/labels.json`, articles in `../shared/corpus`) is split into a tuning part and a held-out part.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle, extractRecord, type AnalysisContext, type ExtractedRecord } from '../analyze/index.ts';
import { REPO_ROOT } from '../build/index.ts';
import { isRejection, readArticle } from '../read/index.ts';
import type { AnalyzedArticle, RawArticle } from '../types.ts';
import { scoreTagging, type TaggingLabel, type TaggingScores } from './score-tagging.ts';
import { isHeldOut } from './tagging-split.ts';

/** The first labelled set: seeds and corpus fixtures copied into the repo. Tuned on. */
export const LABELS_FILE = path.join(REPO_ROOT, 'tests', 'quality', 'tagging-labels.json');
/** The corpus labelled set: files under `../shared/corpus`, labelled by two labellers and adjudicated. */
export const CORPUS_LABELS_FILE = path.join(REPO_ROOT, 'tests', 'quality', 'tagging', 'labels.json');
/**
 * Corpus articles labelled for their topics alone (by the guide's Topics section), to measure topics on more articles
 * than the full labels cover; split by the same hash as the corpus set.
 */
export const TOPIC_LABELS_FILE = path.join(REPO_ROOT, 'tests', 'quality', 'tagging', 'topic-labels.json');
/** Where the corpus set's articles are: beside the repo, present in CI and on developers' machines. */
export const SHARED_CORPUS = path.join(REPO_ROOT, '..', 'shared', 'corpus');

/** A named part of the labelled articles. */
export interface LabelPart {
  name: 'tuning' | 'held-out';
  labels: TaggingLabel[];
}

const readLabels = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as TaggingLabel[];

/** True when the corpus set can be scored: its labels are committed and `../shared/corpus` is beside the repo. */
export function corpusSetAvailable(): boolean {
  return existsSync(CORPUS_LABELS_FILE) && existsSync(SHARED_CORPUS);
}

/**
 * The tuning part (the first set and the corpus set's tuning articles) and the held-out part (the corpus set's
 * held-out articles). Without `../shared/corpus`, the tuning part is the first set alone and the held-out part empty.
 */
export function labelParts(): { tuning: LabelPart; heldOut: LabelPart } {
  const corpus = corpusSetAvailable() ? readLabels(CORPUS_LABELS_FILE) : [];
  return {
    tuning: { name: 'tuning', labels: [...readLabels(LABELS_FILE), ...corpus.filter((l) => !isHeldOut(l.file))] },
    heldOut: { name: 'held-out', labels: corpus.filter((l) => isHeldOut(l.file)) },
  };
}

/** An article labelled for its topics: a full label, or a record of `topic-labels.json`. */
export type TopicLabel = Pick<TaggingLabel, 'file' | 'topics' | 'note'>;

/** The parts of `labelParts` with the topic-only labels added to each, for scoring and learning topics. */
export function topicLabelParts(): { tuning: TopicLabel[]; heldOut: TopicLabel[] } {
  const parts = labelParts();
  const topicOnly = corpusSetAvailable() ? (readLabels(TOPIC_LABELS_FILE) as TopicLabel[]) : [];
  return {
    tuning: [...parts.tuning.labels, ...topicOnly.filter((l) => !isHeldOut(l.file))],
    heldOut: [...parts.heldOut.labels, ...topicOnly.filter((l) => isHeldOut(l.file))],
  };
}

/** The read article of a label's file; a file the read stage rejects is an error in the labelled set. */
function readLabelled(file: string): RawArticle {
  const raw = readArticle(path.basename(file), readFileSync(path.join(REPO_ROOT, file)));
  if (isRejection(raw)) throw new Error(`${file}: rejected: ${raw.reason}`);
  return raw;
}

/** Each labelled article with what the pipeline makes of it, as `analyzeArticle` does in a build. */
export function analyzeLabels<Label extends { file: string }>(
  labels: Label[],
  context: AnalysisContext,
): Array<{ label: Label; article: AnalyzedArticle }> {
  return labels.map((label) => ({ label, article: analyzeArticle(readLabelled(label.file), context) }));
}

/**
 * Each labelled article as the extract stage leaves it (title and text, not tagged), for learning a tag stage's model:
 * the committed model is not read, so a model with other measures can be learned.
 */
export function extractLabels<Label extends { file: string }>(
  labels: Label[],
  context: AnalysisContext,
): Array<{ label: Label; article: ExtractedRecord }> {
  return labels.map((label) => ({ label, article: extractRecord(readLabelled(label.file), context) }));
}

/** Scores the pipeline's tags on some labelled articles. */
export function scoreLabels(labels: TaggingLabel[], context: AnalysisContext): TaggingScores {
  return scoreTagging(analyzeLabels(labels, context), context.taxonomy.actors);
}
