/**
 * Render stage: a tag's evidence as a reader reads it: each sentence once, with every word that produced the tag
 * marked in it, in the order the sentences first appear; and a topic's score said in words. Pure.
 */
import type { Evidence, TopicTag } from '../types.ts';

/** A sentence and the spans of it to mark, in order and not overlapping. */
export interface MarkedSentence {
  sentence: string;
  marks: Array<{ start: number; end: number }>;
}

/** The sentence's parts in order, each marked or not: what a template wraps in `<mark>`. */
export function splitMarks(marked: MarkedSentence): Array<{ text: string; marked: boolean }> {
  const parts: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const { start, end } of marked.marks) {
    if (start > at) parts.push({ text: marked.sentence.slice(at, start), marked: false });
    parts.push({ text: marked.sentence.slice(start, end), marked: true });
    at = end;
  }
  if (at < marked.sentence.length) parts.push({ text: marked.sentence.slice(at), marked: false });
  return parts;
}

/**
 * The evidence grouped by sentence: a sentence that produced the tag more than once ("Russia … Russian …") is shown
 * once with all its marks. Marks that overlap an earlier one are dropped; a match not found where it says is left
 * unmarked rather than misplaced.
 */
export function mergeEvidence(evidence: Evidence[]): MarkedSentence[] {
  const bySentence = new Map<string, MarkedSentence>();
  for (const e of evidence) {
    const entry = bySentence.get(e.sentence) ?? { sentence: e.sentence, marks: [] };
    bySentence.set(e.sentence, entry);
    if (e.sentence.slice(e.start, e.start + e.match.length) === e.match && e.match)
      entry.marks.push({ start: e.start, end: e.start + e.match.length });
  }
  return [...bySentence.values()].map(({ sentence, marks }) => {
    const kept: MarkedSentence['marks'] = [];
    for (const mark of [...marks].sort((a, b) => a.start - b.start || b.end - a.end))
      if (!kept.length || mark.start >= kept[kept.length - 1]!.end) kept.push(mark);
    return { sentence, marks: kept };
  });
}

const quoted = (phrase: string) => `“${phrase}”`;
const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
const formatScore = (n: number) => String(Math.round(n * 10) / 10);

/**
 * Why an article is in a topic, in words: "The text uses the topic’s cue words “met with” 3 times, “talks” twice… (6 in all). Together they score 13.5;
 * the topic needs 5.5." Terms that count against the topic are named apart. A topic set in front matter says so.
 */
export function explainTopic(tag: TopicTag): string {
  if (tag.origin === 'front-matter') return "Set in the article's front matter.";
  const describe = (terms: TopicTag['terms']) =>
    terms.map((t) => `${quoted(t.phrase)} ${t.count === 2 ? 'twice' : times(t.count)}`).join(', ');
  const cues = tag.terms.filter((t) => t.points > 0);
  const against = tag.terms.filter((t) => t.points < 0);
  const total = cues.reduce((sum, t) => sum + t.count, 0);
  const parts = [
    cues.length ? `The text uses the topic’s cue words ${describe(cues)} (${total} in all).` : '',
    against.length ? `Counting against it: ${describe(against)}.` : '',
    `Together they score ${formatScore(tag.score)}; the topic needs ${formatScore(tag.threshold)}.`,
  ];
  return parts.filter(Boolean).join(' ');
}
