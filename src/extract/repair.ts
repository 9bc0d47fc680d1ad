/** Extract stage: safe repairs of scraped text — words glued across a sentence end or a lost space. Pure. */
import { englishLexicon, lexiconEntry } from '../english-lexicon.ts';

/** A sentence end with no space after it: "attention to.In fact". Lookarounds keep it linear on a long run of letters. */
const GLUED_SENTENCE = /(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])/g;
/**
 * A lower-case letter directly followed by a capitalised word inside one token: "thisThe", "UkrainenowadaysIt"; not in a
 * handle or a hashtag, which are written glued ("@CityFireService", "#StandWithUkraine").
 */
const GLUED_WORDS = /(?<![@#\w])([A-Za-z]*[a-z])([A-Z][a-z]+)\b/g;
/** Shortest word on the left of a glue point; "iPhone" and "eBay" keep their one-letter prefix. */
const MIN_LEFT_WORD = 2;
/** Shortest second word when a capitalised token is split in two ("Ukraine" + "nowadays"). */
const MIN_INNER_WORD = 3;

let longestWord = 0;

/** The length of compromise's longest word (its lexicon: function words, common words, names of places and people). */
function longestKnownWord(): number {
  return (longestWord ||= Math.max(...Object.keys(englishLexicon()).map((word) => word.length)));
}

/** Whether the lexicon knows `word`; a word longer than its longest entry is not looked up (a hostile token is huge). */
function isKnownWord(word: string): boolean {
  return word.length <= longestKnownWord() && lexiconEntry(word.toLowerCase()) !== undefined;
}

/**
 * Splits a capitalised token into a known word and a known lower-case word: "Ukrainenowadays" → "Ukraine nowadays".
 * A token longer than two lexicon words is not two words, and trying each cut of it would take quadratic time.
 */
function splitCapitalised(token: string): string | null {
  if (token.length > 2 * longestKnownWord()) return null;
  for (let cut = MIN_LEFT_WORD; cut <= token.length - MIN_INNER_WORD; cut++) {
    const head = token.slice(0, cut);
    const tail = token.slice(cut);
    if (isKnownWord(head) && isKnownWord(tail)) return `${head} ${tail}`;
  }
  return null;
}

/**
 * Separates two words glued together when the dictionary knows both sides. Conservative: "PlayStation",
 * "YouTube" and "McDonald" stay as they are, since their parts are not both known words.
 */
function separateGluedWords(left: string, right: string): string | null {
  if (!isKnownWord(right)) return null;
  if (/^[a-z]/.test(left)) return left.length >= MIN_LEFT_WORD && isKnownWord(left) ? `${left} ${right}` : null;
  if (isKnownWord(left)) return null;
  const split = splitCapitalised(left);
  return split ? `${split} ${right}` : null;
}

/** Cheap pre-check: both repairs need a lower-case letter followed by a capital, with at most a full stop between. */
const MAY_BE_GLUED = /[a-z][.!?]?[A-Z]/;

/** Repairs that are safe: a missing space after a sentence end, and dictionary-backed glued words. */
export function repairText(text: string): string {
  if (!MAY_BE_GLUED.test(text)) return text;
  return text
    .replace(GLUED_SENTENCE, ' ')
    .replace(GLUED_WORDS, (token, left: string, right: string) => separateGluedWords(left, right) ?? token);
}
