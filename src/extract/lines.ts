/** Extract stage: the line-level features the other extraction steps decide on. Pure. */

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
}

/** Splits raw text into non-empty lines with their features. */
export function splitLines(raw: string): Line[] {
  const out: Line[] = [];
  let afterBlank = true;
  raw.split('\n').forEach((rawLine, index) => {
    const text = rawLine.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    if (!text) {
      afterBlank = true;
      return;
    }
    out.push({
      index,
      text,
      words: text.split(' ').length,
      truncated: /(\.\.\.|…)\s*$/.test(text),
      sentenceEnd: /[.!?]["'”’)\]]?$/.test(text),
      afterBlank,
    });
    afterBlank = false;
  });
  return out;
}
