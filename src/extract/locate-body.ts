/** Extract stage: finds the stretch of a page that holds the article's text, as the densest run of prose. Pure. */
import type { LabelledLine } from './classify-lines.ts';

/**
 * What a line of furniture costs a stretch that includes it. Large enough that a block of teasers or widgets
 * splits the page, small enough that one "READ MORE" link between two paragraphs does not (paragraphs run
 * 20–100 words). Chosen on the labelled set in tests/quality/extraction/.
 */
const DEBRIS_COST = 12;
/**
 * Words a line must have to count for the article: below this a line (a heading, a menu item, a headline in a
 * list) costs its stretch, above it it pays. Sentences pay from fewer words, since they are prose, not labels.
 * Wire copy, hard-wrapped at about ten words a line, still pays line by line.
 */
const PROSE_WORDS = 8;
const SENTENCE_WORDS = 4;

/** How much a line adds to (or takes from) the case that it belongs to the article. */
export function scoreLine(line: LabelledLine): number {
  if (line.kind === 'byline' || line.kind === 'source') return 0;
  if (line.kind !== 'text') return -DEBRIS_COST;
  return line.words - (line.sentenceEnd ? SENTENCE_WORDS : PROSE_WORDS);
}

/**
 * The first and last index of the article's stretch: the run of lines with the highest total score
 * (a maximum-sum subarray, as in body-text extraction by text density). Null when no line scores above zero.
 */
export function findBodyRange(lines: LabelledLine[]): { start: number; end: number } | null {
  let best: { start: number; end: number; sum: number } | null = null;
  let start = 0;
  let sum = 0;
  for (let i = 0; i < lines.length; i++) {
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += scoreLine(lines[i]!);
    if (sum > 0 && (!best || sum > best.sum)) best = { start, end: i, sum };
  }
  return best && { start: best.start, end: best.end };
}
