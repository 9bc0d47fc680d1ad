/** Extract stage: splits raw text into lines with the features the other extraction steps decide on. Pure. */
import { isMarkdownSeparator } from './markdown-inline.ts';

export interface Line {
  /** Index in the raw text's lines. */
  index: number;
  /** The line with surrounding white space trimmed and inner runs of white space collapsed. */
  text: string;
  words: number;
  /** Ends with "..." or "…": a teaser's truncated snippet. */
  truncated: boolean;
  /** Ends with sentence punctuation (possibly followed by a closing quote or bracket). */
  sentenceEnd: boolean;
  /** Preceded by a blank line in the raw text. */
  afterBlank: boolean;
  /** Followed by a blank line (or the end of the text). */
  beforeBlank: boolean;
  /** Leading spaces in the raw line: wire copy indents the first line of each paragraph. */
  indent: number;
}

const SPACES = /[\s\u00a0\u200b\ufeff]+/g;
/** Scraped pages are often saved as Markdown: a heading's "#" marks are not part of its words. */
const MARKDOWN_HEADING = /^(?:[-*+]\s+)?#{1,6}\s+/;
const TRUNCATED = /(\.\.\.|…)\s*$/;
/** Chinese and Japanese end their sentences with full-width marks ("。", "！", "？"), then perhaps a closing quote. */
export const SENTENCE_END = /[.!?。！？]["'”’)\]」』）]?$/;

/** Characters of Chinese and Japanese text (kana and ideographs) that make up one word of spaced text, about. */
const CJK_CHARS_PER_WORD = 2;

/** True for a kana or a CJK ideograph: scripts written without spaces between words. */
function isCjk(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff);
}

/**
 * Words in a line whose white space is already collapsed: one more than its spaces, and for Chinese and Japanese,
 * written without spaces, one for every two of their characters (no array, as this runs on every line).
 */
export function countWords(text: string): number {
  let spaces = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) spaces++;
    else if (code >= 0x3040 && isCjk(code)) cjk++;
  }
  return spaces + 1 + Math.floor(cjk / CJK_CHARS_PER_WORD);
}

/** Splits raw text into non-empty lines with their features. */
export function splitLines(raw: string): Line[] {
  const out: Line[] = [];
  let afterBlank = true;
  raw.split('\n').forEach((rawLine, index) => {
    const text = rawLine.replace(SPACES, ' ').trim().replace(MARKDOWN_HEADING, '');
    // A Markdown rule ("---") or excerpt separator breaks the text as a blank line does.
    if (!text || isMarkdownSeparator(text)) {
      afterBlank = true;
      if (out.length) out[out.length - 1]!.beforeBlank = true;
      return;
    }
    out.push({
      index,
      text,
      words: countWords(text),
      truncated: TRUNCATED.test(text),
      sentenceEnd: SENTENCE_END.test(text),
      afterBlank,
      beforeBlank: false,
      indent: /^[ \t\u00a0]*/.exec(rawLine)![0].length,
    });
    afterBlank = false;
  });
  if (out.length) out[out.length - 1]!.beforeBlank = true;
  return out;
}

/** True when the line stands alone between blank lines, as a heading or a single widget does. */
export function isAlone(line: Line): boolean {
  return line.afterBlank && line.beforeBlank;
}
