/** Tag stage: splits text into tokens with their offsets, the unit every matcher works on. Pure. */

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations with dots (U.S., U.K.), words with inner apostrophes or dots kept apart, and single punctuation marks. */
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
