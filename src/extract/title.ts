/** Extract stage: finds where the story starts and which line is its headline. Pure. */
import { isTeaserHeading, isWidgetLine } from './boilerplate.ts';
import type { Line } from './lines.ts';

/** Longest headline we accept, in words. */
const MAX_TITLE_WORDS = 30;

/** A line that can be a headline: not furniture, not a truncated snippet, not a long paragraph. */
export function isHeadlineCandidate(line: Line): boolean {
  return (
    !line.truncated &&
    line.words >= 2 &&
    line.words <= MAX_TITLE_WORDS &&
    !isWidgetLine(line) &&
    !isTeaserHeading(line) &&
    !/^by\s/i.test(line.text) &&
    !/:$/.test(line.text)
  );
}

/**
 * Index of the headline among `lines`, or -1. Teasers of other stories (a headline followed by a truncated
 * snippet) often stand above the story; the headline is the first candidate after the last of them, within
 * the page's header (before the first long paragraph that is not a teaser).
 */
export function findTitleIndex(lines: Line[], isDateLine: (line: Line) => boolean): number {
  let lastTeaser = -1;
  let firstProse = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.truncated) {
      lastTeaser = i;
      continue;
    }
    if (line.words > MAX_TITLE_WORDS && !lines[i + 1]?.truncated) {
      firstProse = i;
      break;
    }
  }
  for (let i = lastTeaser + 1; i < Math.min(firstProse, lines.length); i++) {
    const line = lines[i]!;
    if (isHeadlineCandidate(line) && !isDateLine(line)) return i;
  }
  // No header: the first line that could be a headline, even a long one, stands for the title.
  return lines.findIndex((l) => !l.truncated && !isWidgetLine(l) && !isDateLine(l));
}
