/** Tag stage: splits text into tokens with their offsets, the unit every matcher works on. Pure. */

export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Abbreviations with dots (U.S., U.K.), words with inner apostrophes or dots kept apart, and single punctuation marks.
 * Invisible format characters (zero-width spaces and joiners, soft hyphens, a byte order mark), which some sites put
 * between words ("Volodymyr \u200cZelenskiy"), are no token: the words on either side stay neighbours.
 */
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+|[^\s\p{L}\p{N}\p{Cf}]/gu;
/** The same pattern, for the first match alone. */
const FIRST_TOKEN = new RegExp(TOKEN.source, 'u');

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The text of `text`'s first token (`tokenize(text)[0]?.text`), without splitting the rest. */
export function firstToken(text: string): string | undefined {
  return FIRST_TOKEN.exec(text)?.[0];
}
