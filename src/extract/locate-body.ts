/** Extract stage: finds the stretch of a page that holds the article's text (the densest run of prose) and widens it to whole blocks. Pure. */
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
function scoreLine(line: LabelledLine): number {
  if (line.kind === 'byline' || line.kind === 'source') return 0;
  if (line.kind !== 'text') return -DEBRIS_COST;
  return line.words - (line.sentenceEnd ? SENTENCE_WORDS : PROSE_WORDS);
}

/**
 * The run of consecutive `scores` with the highest sum (a maximum-sum subarray, as in body-text extraction by text
 * density), the first such run on ties. Null when no score is above zero.
 */
export function maximumSumRun(scores: number[]): { start: number; end: number } | null {
  let best: { start: number; end: number; sum: number } | null = null;
  let start = 0;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += scores[i]!;
    if (sum > 0 && (!best || sum > best.sum)) best = { start, end: i, sum };
  }
  return best && { start: best.start, end: best.end };
}

/**
 * The first and last index of the article's stretch: the run of lines with the highest total score. Null when no
 * line scores above zero.
 */
export function findBodyRange(lines: LabelledLine[]): { start: number; end: number } | null {
  return maximumSumRun(lines.map(scoreLine));
}

/** A wire agency's sign-off right after the text belongs to it ("Reuter"). */
const SIGN_OFF = /^(reuters?|ap|afp|upi|tass|xinhua)$/i;

/** Share of a block's lines that must hold a figure or a list marker for it to be a table or a list. */
const DATA_LINE_SHARE = 0.5;
const DATA_LINE = /\d|^[•●▪◦*–-]\s/;

/** The blank-separated block of lines after `end`. */
function nextBlock(lines: LabelledLine[], end: number): { lines: LabelledLine[]; end: number } | null {
  if (end + 1 >= lines.length) return null;
  let last = end + 1;
  while (last + 1 < lines.length && !lines[last + 1]!.afterBlank) last++;
  return { lines: lines.slice(end + 1, last + 1), end: last };
}

/** A table or a list the article ends with: plain text lines, most of them holding figures or list markers. */
function isDataBlock(block: LabelledLine[]): boolean {
  return (
    block.every((l) => l.kind === 'text') &&
    block.filter((l) => DATA_LINE.test(l.text)).length >= block.length * DATA_LINE_SHARE
  );
}

/**
 * Widens the article's stretch to whole blocks of text: a paragraph block (lines with no blank line between them)
 * is never cut in two, since the short lines of wrapped copy or a table score below zero on their own. Tables and
 * results lists right after the text belong to it, and so does a wire agency's sign-off.
 */
export function widenBodyRange(
  lines: LabelledLine[],
  range: { start: number; end: number },
): { start: number; end: number } {
  let { start, end } = range;
  while (start > 0 && !lines[start]!.afterBlank && lines[start - 1]!.kind === 'text') start--;
  while (end + 1 < lines.length && lines[end + 1]!.kind === 'text' && !lines[end + 1]!.afterBlank) end++;
  for (let block = nextBlock(lines, end); block && isDataBlock(block.lines); block = nextBlock(lines, end))
    end = block.end;
  if (end + 1 < lines.length && SIGN_OFF.test(lines[end + 1]!.text)) end++;
  return { start, end };
}
