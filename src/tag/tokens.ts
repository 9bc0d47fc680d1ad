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
  // `exec` over the one pattern rather than `matchAll`, which copies the pattern and makes an iterator for each text.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const word = match[0];
    tokens.push({ text: word, start: match.index, end: match.index + word.length });
  }
  return tokens;
}

/** The text of `text`'s first token (`tokenize(text)[0]?.text`), without splitting the rest. */
export function firstToken(text: string): string | undefined {
  return FIRST_TOKEN.exec(text)?.[0];
}

// The shapes of words the tag stage tests its tokens against. A regular expression is made once here, not in the
// function that tests: written there, one with a Unicode property escape (\p{Lu}) is compiled as `new RegExp(...)`
// (esbuild, through which tsx runs the sources, takes Node for an engine without them) and made again at every call.

/** A capital letter alone: an initial ("R" of "Joseph R."). */
export const CAPITAL_LETTER = /^\p{Lu}$/u;
/** A capital, then lower-case letters: "Zhao", "Minister". */
export const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Capital letters alone: "NATO", "US". */
export const WORD_IN_CAPITALS = /^\p{Lu}+$/u;
/** Two capital letters or more alone, as an acronym is written: "OFAC". */
export const ACRONYM_LETTERS = /^\p{Lu}{2,}$/u;
/** A text whose first character is a capital letter. */
export const STARTS_WITH_CAPITAL = /^\p{Lu}/u;
/** A text holding a capital letter. */
export const HOLDS_CAPITAL = /\p{Lu}/u;
