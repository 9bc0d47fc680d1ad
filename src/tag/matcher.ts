/**
 * Tag stage: a compiled phrase matcher. Phrases are tokenised once into a trie; matching walks the text's tokens
 * once, taking the longest phrase at each position, so its cost does not grow with the number of aliases.
 */
import { foldNameWord } from './names.ts';
import { HOLDS_CAPITAL, tokenize, type Token } from './tokens.ts';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  values: T[];
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface MatcherOptions {
  /** Match ignoring case. Proper names are matched with case so "turkey" is not Turkey. */
  ignoreCase: boolean;
  /**
   * Match names as names: each word under the transliteration rules of `foldNameWord` (Zelenskyy is Zelensky), and
   * a middle initial inside a phrase skipped ("Kurt M. Campbell" is "Kurt Campbell").
   */
  names?: boolean;
}

function node<T>(): TrieNode<T> {
  return { next: new Map(), values: [] };
}

/** True when the token is a word in capitals of at least two letters ("PUTIN", "XI"). */
function isCapitals(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.text.length > 1 &&
    token.text === token.text.toUpperCase() &&
    HOLDS_CAPITAL.test(token.text)
  );
}

/** True when the character code is a lower-case ASCII letter. */
export function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * Words in ALL CAPS (wire headlines, datelines) are matched as if title-cased. A two-letter one only among other words
 * in capitals ("XI MEETS PUTIN"): alone in running text it is an acronym or a numeral ("the club's XI session").
 */
function titleCase(tokens: Token[], j: number): string {
  const word = tokens[j]!.text;
  // Most words have a lower-case second letter: answer those without building new strings (this runs per token).
  const second = word.charCodeAt(1);
  if (word.length < 2 || (second >= 97 && second <= 122) || !isCapitals(tokens[j])) return word;
  if (word.length === 2 && !isCapitals(tokens[j - 1]) && !isCapitals(tokens[j + 1])) return word;
  return word[0] + word.slice(1).toLowerCase();
}

export class PhraseMatcher<T> {
  private readonly root = node<T>();
  private readonly ignoreCase: boolean;
  private readonly names: boolean;
  /**
   * The lower-case ASCII letters a phrase starts with, a bit each ("a" the lowest): a word that starts with another
   * lower-case letter starts no match, and when none does, no lower-case word does.
   */
  private lowerInitials = 0;

  constructor(options: MatcherOptions) {
    this.ignoreCase = options.ignoreCase;
    this.names = options.names ?? false;
  }

  private key(word: string): string {
    // A typographic apostrophe is the same word part as a straight one ("China’s Foreign Ministry").
    if (word === '’') return "'";
    if (this.names) return foldNameWord(word);
    return this.ignoreCase ? word.toLowerCase() : word;
  }

  /** True when token `j` is written against a hyphen before it ("un" of "Jong-un"). */
  private afterHyphen(tokens: Token[], j: number): boolean {
    const previous = tokens[j - 1];
    return previous?.text === '-' && previous.end === tokens[j]!.start;
  }

  /** The key of token `j`; in a name, a syllable after a hyphen is capitalised ("Kim Jong-un" is "Kim Jong-Un"). */
  private keyAt(tokens: Token[], j: number): string {
    const word = tokens[j]!.text;
    if (this.names && this.afterHyphen(tokens, j)) return this.key(word[0]!.toUpperCase() + word.slice(1));
    return this.key(word);
  }

  /** Tokens to step over at `j` inside a name: a middle initial and its full stop ("M." of "Kurt M. Campbell"), or 0. */
  private initialAt(tokens: Token[], j: number): number {
    const text = tokens[j]!.text;
    if (!this.names || text.length !== 1 || text < 'A' || text > 'Z') return 0;
    return tokens[j + 1]?.text === '.' ? 2 : 1;
  }

  /** Adds a phrase; the same phrase may carry several values. */
  add(phrase: string, value: T): void {
    const tokens = tokenize(phrase);
    if (!tokens.length) return;
    let current = this.root;
    for (let j = 0; j < tokens.length; j++) {
      const k = this.keyAt(tokens, j);
      if (j === 0 && isLowerAscii(k.charCodeAt(0))) this.lowerInitials |= 1 << (k.charCodeAt(0) - 97);
      let child = current.next.get(k);
      if (!child) {
        child = node<T>();
        current.next.set(k, child);
      }
      current = child;
    }
    current.values.push(value);
  }

  /**
   * True when token `i` is a lower-case word no phrase can start with, passed without a lookup: most words of a text
   * are such words (their key and their title-cased form start with the same letter). In a name, a syllable after a
   * hyphen is looked up capitalised, wherever any phrase starts in lower case.
   */
  private startsNoPhrase(tokens: Token[], i: number): boolean {
    const initial = tokens[i]!.text.charCodeAt(0);
    if (!isLowerAscii(initial)) return false;
    if (this.lowerInitials === 0) return true;
    if (this.lowerInitials & (1 << (initial - 97))) return false;
    return !(this.names && this.afterHyphen(tokens, i));
  }

  /** Longest, non-overlapping matches, left to right. */
  match(tokens: Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      if (this.startsNoPhrase(tokens, i)) {
        i++;
        continue;
      }
      let current: TrieNode<T> | undefined = this.root;
      let best: PhraseMatch<T> | null = null;
      for (let j = i; j < tokens.length && current; j++) {
        const word = tokens[j]!.text;
        const skip = j > i ? this.initialAt(tokens, j) : 0;
        if (skip && !current.next.has(word)) {
          j += skip - 1;
          continue;
        }
        const next: TrieNode<T> | undefined = current.next.get(this.keyAt(tokens, j));
        // A word in capitals is tried again title-cased; other words have no second form to try.
        const cased: string = next || this.ignoreCase ? word : titleCase(tokens, j);
        current = cased === word ? next : current.next.get(this.key(cased));
        if (current?.values.length) {
          best = { values: current.values, first: i, last: j + 1, start: tokens[i]!.start, end: tokens[j]!.end };
        }
      }
      if (best) {
        out.push(best);
        i = best.last;
      } else {
        i++;
      }
    }
    return out;
  }
}
