/** Tag stage: splits an article's text into sentences with their offsets, for evidence. Pure. */

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

/** Splits on line breaks and on sentence punctuation followed by space and a capital, digit or quote. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
  };
  let start = 0;
  const boundary = /\n+|[.!?]+["'”’)\]]*\s+(?=["'“‘(]?[\p{Lu}\d])/gu;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0][0] !== '\n') {
      const before = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(start, match.index - 12), match.index + 1));
      const word = before?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before?.[1] ?? '')) continue;
    }
    push(start, match[0][0] === '\n' ? match.index : end);
    start = end;
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
