/**
 * Quality: how far two readings of the topics agree, article by article (A and B, each a list of topic labels of the
 * same articles). Per topic: the articles both readings put in it, one only, neither; Cohen's kappa; the F1 of one
 * reading against the other (the same whichever is taken as the truth: precision and recall swap). Pure.
 */
import path from 'node:path';
import type { TopicLabel } from './labelled-set.ts';
import { scoreCounts } from './precision-recall.ts';
import { isHeldOut } from './tagging-split.ts';

/** One article as the two readings label it. */
export type LabelPair = readonly [a: TopicLabel, b: TopicLabel];

/** What two readings give one topic over some articles. */
export interface TopicAgreement {
  articles: number;
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
  /** Cohen's kappa: the share of articles agreed on, beyond what the two readings' rates would give by chance. */
  kappa: number;
  /** Null when neither reading puts an article in the topic: there is nothing to score. */
  f1: number | null;
  /** B scored against A: the share of B's articles that A puts in the topic (A against B: this is its recall). */
  precisionOfB: number | null;
  /** B scored against A: the share of A's articles that B puts in the topic (A against B: this is its precision). */
  recallOfB: number | null;
}

/** Cohen's kappa of two yes-or-no readings from their four counts; 1 when both readings are constant and agree. */
export function cohensKappa(both: number, onlyA: number, onlyB: number, neither: number): number {
  const n = both + onlyA + onlyB + neither;
  const observed = (both + neither) / n;
  const expected = ((both + onlyA) * (both + onlyB) + (neither + onlyA) * (neither + onlyB)) / (n * n);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

/** Pairs each record of `b` with the record of `a` for the same file; a file `a` does not label is left out. */
export function pairLabels(a: readonly TopicLabel[], b: readonly TopicLabel[]): LabelPair[] {
  const byFile = new Map(a.map((label) => [label.file, label]));
  return b.flatMap((label) => {
    const other = byFile.get(label.file);
    return other ? [[other, label] as const] : [];
  });
}

export function topicAgreement(pairs: readonly LabelPair[], topic: string): TopicAgreement {
  const count = (inA: boolean, inB: boolean) =>
    pairs.filter(([a, b]) => a.topics.includes(topic) === inA && b.topics.includes(topic) === inB).length;
  const [both, onlyA, onlyB, neither] = [
    count(true, true),
    count(true, false),
    count(false, true),
    count(false, false),
  ];
  const scored = both + onlyA + onlyB > 0 ? scoreCounts(both, onlyB, onlyA) : null;
  return {
    articles: pairs.length,
    both,
    onlyA,
    onlyB,
    neither,
    kappa: cohensKappa(both, onlyA, onlyB, neither),
    f1: scored && scored.f1,
    precisionOfB: scored && scored.precision,
    recallOfB: scored && scored.recall,
  };
}

/** The pairs as a whole, in the split's two parts, and in each corpus folder, in that order (folders by name). */
export function agreementGroups(pairs: readonly LabelPair[]): Array<{ name: string; pairs: LabelPair[] }> {
  const folder = ([label]: LabelPair) => path.basename(path.dirname(label.file));
  const folders = [...new Set(pairs.map(folder))].sort();
  return [
    { name: 'all', pairs: [...pairs] },
    { name: 'tuning', pairs: pairs.filter(([label]) => !isHeldOut(label.file)) },
    { name: 'held-out', pairs: pairs.filter(([label]) => isHeldOut(label.file)) },
    ...folders.map((name) => ({ name, pairs: pairs.filter((pair) => folder(pair) === name) })),
  ];
}
