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

/** A letter or a digit, of any script: what a word of its own may not touch. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether the character (code point) ending just before `at` in `text` is a letter or a digit. */
function wordCharacterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const pair = at >= 2 && /[\uDC00-\uDFFF]/.test(text[at - 1]!) && /[\uD800-\uDBFF]/.test(text[at - 2]!);
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(pair ? at - 2 : at - 1)!));
}

/** Whether the character (code point) starting at `at` in `text` is a letter or a digit. */
function wordCharacterAt(text: string, at: number): boolean {
  return at < text.length && WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(at)!));
}

/**
 * Every place the words `match` stand in `sentence` as words of their own, as written (case and all): a tag's
 * evidence records where its words first counted in a sentence, and a sentence repeating them counted them again.
 * Found by searching the text, not by a regular expression made for each match: compiling one per evidence took
 * most of the time of rendering the seeds' article pages.
 */
function repeatsOf(match: string, sentence: string): MarkedSentence['marks'] {
  const marks: MarkedSentence['marks'] = [];
  for (let at = sentence.indexOf(match); at >= 0;) {
    const end = at + match.length;
    if (wordCharacterBefore(sentence, at) || wordCharacterAt(sentence, end)) {
      at = sentence.indexOf(match, at + 1);
      continue;
    }
    marks.push({ start: at, end });
    at = sentence.indexOf(match, end);
  }
  return marks;
}

/**
 * The evidence grouped by sentence: a sentence that produced the tag more than once ("Russia … Russian …") is shown
 * once with all its marks, the words marked wherever the sentence repeats them. Marks that overlap an earlier one
 * are dropped; a match not found where it says is left unmarked rather than misplaced.
 */
export function mergeEvidence(evidence: Evidence[]): MarkedSentence[] {
  const bySentence = new Map<string, MarkedSentence>();
  for (const e of evidence) {
    const entry = bySentence.get(e.sentence) ?? { sentence: e.sentence, marks: [] };
    bySentence.set(e.sentence, entry);
    if (e.sentence.slice(e.start, e.start + e.match.length) === e.match && e.match)
      entry.marks.push({ start: e.start, end: e.start + e.match.length }, ...repeatsOf(e.match, e.sentence));
  }
  return [...bySentence.values()].map(({ sentence, marks }) => {
    const kept: MarkedSentence['marks'] = [];
    for (const mark of [...marks].sort((a, b) => a.start - b.start || b.end - a.end))
      if (!kept.length || mark.start >= kept[kept.length - 1]!.end) kept.push(mark);
    return { sentence, marks: kept };
  });
}

const quoted = (phrase: string) => `“${phrase}”`;
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const formatScore = (n: number) => String(Math.round(n * 10) / 10);
/** Cue words named in a topic's explanation; the rest are counted ("and 3 other cue words"). */
const NAMED_CUES = 6;

/** "“met with” 3 times, “talks” twice and “foreign minister” once". */
function describeTerms(terms: TopicTag['terms'], kind: string): string {
  const named = terms.slice(0, NAMED_CUES).map((t) => `${quoted(t.phrase)} ${times(t.count)}`);
  const others = terms.length - named.length;
  if (others) named.push(`${others} other ${kind}${others === 1 ? '' : 's'}`);
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named.join('');
}

/**
 * Why an article is in a topic, in words: "The text uses “met with” 3 times, “talks” twice and “foreign minister”
 * once: 6 cues, worth 13.5 points where the topic needs 5.5." The cues are named most telling first; words that count
 * against the topic are named apart. A topic set in front matter says so.
 */
export function explainTopic(tag: TopicTag): string {
  if (tag.origin === 'front-matter') return "Set in the article's front matter.";
  const cues = tag.terms.filter((t) => t.points > 0);
  const against = tag.terms.filter((t) => t.points < 0);
  const total = cues.reduce((sum, t) => sum + t.count, 0);
  const worth = `worth ${formatScore(tag.score)} points where the topic needs ${formatScore(tag.threshold)}`;
  return [
    cues.length
      ? `The text uses ${describeTerms(cues, 'cue word')}: ${total} cue${total === 1 ? '' : 's'}, ${worth}.`
      : `Its cues are ${worth}.`,
    against.length ? `Counting against it: ${describeTerms(against, 'word')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
