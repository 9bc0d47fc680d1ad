/** Extract stage: finds which line above the article's text is its headline. Pure. */
import { isAlone } from './lines.ts';
import type { LabelledLine } from './classify-lines.ts';

// Word counts below were read off the headlines of the corpus and the labelled set (4–15 words, rarely 2 or 3)
// and the kickers, labels and standfirsts around them (1–2 words; 15–40 words).
/** Longest headline we accept, in words. */
const MAX_TITLE_WORDS = 30;
/** A headline has at least this many words; shorter lines above one are kickers and labels ("Press release"). */
const MIN_HEADLINE_WORDS = 3;
/** A sentence longer than this is a standfirst, not a headline. */
const MAX_SENTENCE_TITLE_WORDS = 15;
/** Longest first line ending in "..." that is taken for a headline rather than a teaser's snippet. */
const MAX_TRUNCATED_TITLE_WORDS = 12;

/** A line that can be a headline: plain text, not a truncated snippet, not a label ending in a colon. */
function isCandidate(line: LabelledLine): boolean {
  return (
    line.kind === 'text' && !line.truncated && line.words >= 2 && line.words <= MAX_TITLE_WORDS && !/:$/.test(line.text)
  );
}

/** Lines that neither stand for a headline nor break a run: a one-word kicker or place, a label ending in a colon. */
function isNeutral(line: LabelledLine): boolean {
  return line.kind === 'text' && (line.words === 1 || /:$/.test(line.text));
}

function looksLikeHeadline(line: LabelledLine): boolean {
  return line.words >= MIN_HEADLINE_WORDS && (!line.sentenceEnd || line.words <= MAX_SENTENCE_TITLE_WORDS);
}

/** The headline of a run of candidate lines: the first that looks like one (kickers stand above it, standfirsts below). */
function pickFromRun(run: number[], lines: LabelledLine[]): number {
  return run.find((i) => looksLikeHeadline(lines[i]!)) ?? run[0]!;
}

/**
 * Index of the headline, or -1. Above the article's text, candidate lines gather into runs that any other line
 * breaks (menus, teasers, notices); the run that header furniture follows — a byline, a dateline, a lone share
 * widget — or, failing that, the run that the article's text follows, holds the headline.
 */
export function findTitleIndex(
  lines: LabelledLine[],
  bodyStart: number,
  isDateLine: (line: LabelledLine) => boolean,
): number {
  let run: number[] = [];
  for (let i = 0; i < bodyStart; i++) {
    const line = lines[i]!;
    const furniture = line.kind === 'byline' || isDateLine(line) || (line.kind === 'widget' && isAlone(line));
    if (furniture) {
      if (run.length) return pickFromRun(run, lines);
      continue;
    }
    if (isCandidate(line)) run.push(i);
    else if (!isNeutral(line)) run = [];
  }
  if (run.length) return pickFromRun(run, lines);
  // No header above the text: a short first line standing alone at the top of the text is the headline,
  // even one that ends in "..." when nothing but the text follows it.
  const first = lines[bodyStart];
  if (first && isCandidate(first) && looksLikeHeadline(first) && (isAlone(first) || !first.sentenceEnd))
    return bodyStart;
  const top = lines[0];
  return bodyStart === 1 && top?.kind === 'truncated' && top.words <= MAX_TRUNCATED_TITLE_WORDS ? 0 : -1;
}
