/** Tag stage: splits an article's text into sentences with their offsets, for evidence. Pure, linear in the text. */
import { CAPITAL_LETTER } from './tokens.ts';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt sen rep gov st jr sr vs etc inc ltd co corp no jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u'.split(
    ' ',
  ),
);

const TERMINATOR = /[.!?]/;
const NEWLINE = 10;
const EXCLAMATION_MARK = 33;
const FULL_STOP = 46;
const QUESTION_MARK = 63;
const CLOSER = /["'”’)\]]/;
const OPENER = /["'“‘(]/;
const SPACE = /\s/;
const STARTER = /^[\p{Lu}\d]$/u;

/** The end of the run of characters matching `pattern` that starts at `i` (`i` itself when there is none). */
function runEnd(text: string, i: number, pattern: RegExp): number {
  let j = i;
  while (j < text.length && pattern.test(text[j]!)) j++;
  return j;
}

/** Whether a sentence can start at `i`: a capital or a digit, after an opening quote or parenthesis if any. */
function startsSentence(text: string, i: number): boolean {
  const at = i < text.length && OPENER.test(text[i]!) ? i + 1 : i;
  const codePoint = text.codePointAt(at);
  return codePoint !== undefined && STARTER.test(String.fromCodePoint(codePoint));
}

/** The word a full stop ends, dots inside it included ("U.S" of "U.S."). */
const WORD_BEFORE_DOT = /([\p{L}.]+)\.$/u;

/**
 * Whether the full stop at `dot` ends an abbreviation ("Mr.", "U.S.") or an initial ("J."), looking back at most
 * 12 characters and never before `start`.
 */
function endsAbbreviation(text: string, start: number, dot: number): boolean {
  const word = WORD_BEFORE_DOT.exec(text.slice(Math.max(start, dot - 12), dot + 1))?.[1] ?? '';
  return ABBREVIATIONS.has(word.toLowerCase()) || CAPITAL_LETTER.test(word);
}

/**
 * Splits on line breaks and on sentence punctuation followed by closing quotes, white space and a capital, digit
 * or opening quote. A hand-written scan rather than one regular expression: each character is looked at a bounded
 * number of times, so a run of a million dots takes as long as a million letters (the expression it replaces
 * tried every position of such a run, quadratic time).
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
  };
  let start = 0;
  let i = 0;
  while (i < text.length) {
    // Each character is read as its code: testing it as a string of one against a pattern was most of the scan's time.
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      const end = runEnd(text, i, /\n/);
      push(start, i);
      start = i = end;
    } else if (code === FULL_STOP || code === EXCLAMATION_MARK || code === QUESTION_MARK) {
      const closed = runEnd(text, runEnd(text, i, TERMINATOR), CLOSER);
      const spaced = runEnd(text, closed, SPACE);
      const boundary = spaced > closed && startsSentence(text, spaced);
      if (boundary && !(text[i] === '.' && endsAbbreviation(text, start, i))) {
        push(start, spaced);
        start = spaced;
      }
      // Without a sentence after it, the white space is scanned on: a line break in it still ends the sentence.
      i = boundary ? spaced : closed;
    } else {
      i++;
    }
  }
  push(start, text.length);
  return out;
}

/** Index of the sentence containing `offset` (binary search). */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
