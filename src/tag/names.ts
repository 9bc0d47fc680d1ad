/**
 * Tag stage: spelling rules under which variants of one name are the same key: transliterations of one ending
 * (Zelenskyy, Zelenskiy, Zelensky; Sergei, Sergey; Dmitri, Dmitry), "ks" for "x" (Aleksei, Alexei) and accents.
 * Applied alike to the actors file's names and to the article's words, so no spelling has to be listed. Pure.
 */

import { HOLDS_CAPITAL } from './tokens.ts';

/** Marks that combine with the letter before them: the accents a decomposed word holds. */
const COMBINING_MARKS = /\p{M}/gu;
/** An abbreviation written with dots: "U.S.", "U.K.". */
const DOTTED_ABBREVIATION = /\b(?:\p{Lu}\.){2,}/gu;
/** What lies between the words of a name: spaces, punctuation. */
const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/u;

/** Words shorter than this are left alone: "Xi", "Li" and "Yi" are whole Chinese names, not transliterated endings. */
const MIN_FOLDED_LENGTH = 4;

/** Removes accents: "Zelenskyj" and "Zelenskýj" read alike. */
function stripAccents(word: string): string {
  return word.normalize('NFKD').replace(COMBINING_MARKS, '');
}

/** True when the character code is an ASCII vowel (a, e, i, o, u, either case). */
function isVowel(code: number): boolean {
  return 'aeiouAEIOU'.includes(String.fromCharCode(code));
}

/**
 * The key of a capitalised word of a name under the transliteration rules: word-final "yy", "iy", "ii", "yi", "ij"
 * and "yj" are "y" (Zelenskyy → Zelensky), a final "i" is "y" (Sergei → Sergey, Dmitri → Dmitry), and "ks" after a
 * vowel is "x" (Aleksei → Alexey). Other words are returned as they are, without allocating.
 */
export function foldNameWord(word: string): string {
  if (word.length < MIN_FOLDED_LENGTH) return word;
  const first = word.charCodeAt(0);
  if (first < 65 || (first > 90 && first < 192)) return word;
  let folded = /[^\x20-\x7e]/.test(word) ? stripAccents(word) : word;
  const last = folded.charCodeAt(folded.length - 1);
  // 'i' (105), 'y' (121), 'j' (106): the only endings the rules change.
  if (last === 105 || last === 121 || last === 106) {
    const before = folded.charCodeAt(folded.length - 2);
    const pairEnding = (before === 105 || before === 121) && (last === 121 || last === 105 || last === 106);
    if (pairEnding) folded = `${folded.slice(0, -2)}y`;
    else if (last === 105) folded = `${folded.slice(0, -1)}y`;
    else if (last === 106 && isVowel(before)) folded = `${folded.slice(0, -1)}y`;
  }
  if (folded.includes('ks')) folded = folded.replace(/([aeiou])ks/g, '$1x');
  return folded;
}

/** Corporate and legal endings that a name may carry or drop ("Texaco Inc", "Carlyle Group"). */
const CORPORATE_ENDINGS = new Set(
  'inc incorporated corp corporation co company ltd limited plc llc lp ag sa nv se group holdings'.split(' '),
);

/** True when a comparable name is a corporate ending alone ("Ltd", "Co Inc"): the end of a company's name, not one. */
export function isCorporateEnding(key: string): boolean {
  return CORPORATE_ENDINGS.has(key);
}

/**
 * A comparable form of a full name: lower case, without accents, punctuation, a leading "the", middle initials or
 * a corporate ending, each word folded by the transliteration rules, an abbreviation's dots dropped. "Kurt M.
 * Campbell" and "Kurt Campbell", "Texaco Inc." and "Texaco", "Sergei Lavrov" and "Sergey Lavrov", "U.S. Agriculture
 * Department" and "US Agriculture Department" have one form.
 */
export function comparableName(name: string): string {
  const words = stripAccents(name)
    .replace(DOTTED_ABBREVIATION, (abbreviation) => abbreviation.replaceAll('.', ''))
    .replace(/['’]s\b/g, 's')
    .split(NOT_LETTERS_OR_DIGITS)
    .filter(Boolean);
  const kept = words.filter((w, i) => !(w.length === 1 && i > 0 && i < words.length - 1 && HOLDS_CAPITAL.test(w)));
  if (kept[0]?.toLowerCase() === 'the') kept.shift();
  while (kept.length > 1 && CORPORATE_ENDINGS.has(kept.at(-1)!.toLowerCase())) kept.pop();
  return kept.map((w) => foldNameWord(w[0]!.toUpperCase() + w.slice(1)).toLowerCase()).join(' ');
}
