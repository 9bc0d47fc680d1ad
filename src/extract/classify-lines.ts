/** Extract stage: labels each line of a raw page as article text, byline, source statement or a kind of furniture. Pure. */
import { classifyDebris, opensWithFormPhrase, type DebrisKind } from './boilerplate.ts';
import { parseByline, parseSourceLine, type Byline, type SourceStatement } from './byline.ts';
import type { Line } from './lines.ts';

export type LineKind = 'text' | 'byline' | 'source' | DebrisKind;

export interface LabelledLine extends Line {
  kind: LineKind;
  byline: Byline | null;
  source: SourceStatement | null;
}

/** Longest source statement or copyright footer, in words; a longer line that names a source is a sentence of the story. */
const MAX_SOURCE_LINE_WORDS = 30;
/** Longest line, in words, of a menu item: the menus of the labelled set and the scraped corpus have one to three. */
const MAX_MENU_ITEM_WORDS = 3;
/** Fewest consecutive short lines that make a menu rather than a kicker or a heading. */
const MIN_MENU_ITEMS = 3;

/** Marks runs of short lines without figures and with no blank line between them (a menu, section links) as navigation. */
function markMenus(lines: LabelledLine[]): void {
  let runStart = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    const short =
      line !== undefined &&
      line.words <= MAX_MENU_ITEM_WORDS &&
      !line.sentenceEnd &&
      !/\d/.test(line.text) &&
      (line.kind === 'text' || line.kind === 'widget');
    const continues = short && i > runStart && !line.afterBlank;
    if (continues) continue;
    if (i - runStart >= MIN_MENU_ITEMS) {
      for (let j = runStart; j < i; j++) if (lines[j]!.kind === 'text') lines[j]!.kind = 'nav';
    }
    runStart = short ? i : i + 1;
  }
}

/** True when the line carries on a sentence from the line above it (wrapped copy), so cannot be a widget or notice. */
function continuesSentence(line: Line | undefined, previous: Line | undefined): boolean {
  return (
    line !== undefined &&
    previous !== undefined &&
    !line.afterBlank &&
    !previous.sentenceEnd &&
    /[\p{Ll},]$/u.test(previous.text) &&
    /^\p{Ll}/u.test(line.text)
  );
}

/** True for a line of prose: text that ends a sentence. */
const isProse = (line: LabelledLine | undefined) => line !== undefined && line.kind === 'text' && line.sentenceEnd;

/**
 * Gives back to the text a sentence that holds a comment form's words further in ("The Kremlin had no comments for
 * reporters.") between two lines of prose: a paragraph of the article, where a form stands after it, above its fields,
 * the readers' names or the page's footer.
 */
function unmarkFormWordsInProse(lines: LabelledLine[]): void {
  lines.forEach((line, i) => {
    if (
      line.kind === 'form' &&
      line.sentenceEnd &&
      !opensWithFormPhrase(line.text) &&
      isProse(lines[i - 1]) &&
      isProse(lines[i + 1])
    )
      line.kind = 'text';
  });
}

/** Labels every line. Bylines and source statements are told apart from furniture, which they often resemble. */
export function classifyLines(lines: Line[]): LabelledLine[] {
  const labelled = lines.map((line, i): LabelledLine => {
    // A line in the middle of a wrapped sentence is text, whatever words it holds ("by Merrill Lynch and Co").
    if (continuesSentence(line, lines[i - 1]) || continuesSentence(lines[i + 1], line))
      return { ...line, kind: 'text', byline: null, source: null };
    const byline = parseByline(line.text);
    if (byline) return { ...line, kind: 'byline', byline, source: null };
    const source = line.words <= MAX_SOURCE_LINE_WORDS ? parseSourceLine(line.text) : null;
    if (source) return { ...line, kind: 'source', byline: null, source };
    return { ...line, kind: classifyDebris(line) ?? 'text', byline: null, source: null };
  });
  unmarkFormWordsInProse(labelled);
  markMenus(labelled);
  return labelled;
}
