/** Dedupe: an article's cleaned text → its fingerprint (normalised-text hash, word shingles, MinHash signature). Pure. */
import { createHash } from 'node:crypto';
import type { Fingerprint } from '../types.ts';

/**
 * Words per shingle. Four words are specific enough that unrelated stories share few shingles beyond stock
 * phrases, and short enough that one edited word costs only four. On the duplicate test set
 * (`npm run score:duplicates`) 3, 4 and 5 words all separate the stories (copies that share their text
 * directly overlap 0.79 or more, different stories 0.19 at most); four is the middle of that range.
 */
export const SHINGLE_WORDS = 4;
/** Hash functions in a MinHash signature: 64 bands of 2 rows (see `duplicate-index.ts`). */
export const SIGNATURE_LENGTH = 128;

/** Lowercase words with accents folded: what is left of a text once case, punctuation and spacing are ignored. */
export function normalizeWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** MurmurHash3's finaliser: spreads a 32-bit value's bits so that near inputs give unrelated outputs. */
function mix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The hash functions: h_i(x) = a_i·x + b_i (mod 2^32) over a shingle hash already mixed, with odd multipliers.
 * One multiply per function keeps fingerprinting a 10,000-article archive to a few seconds. Fixed seeds, so
 * signatures never change from one run to the next.
 */
const MULTIPLIERS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix(0x9e3779b9 + 2 * i) | 1);
const OFFSETS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix(0x7f4a7c15 + 2 * i + 1));

const SPACE = 0x20;

/**
 * FNV-1a over the UTF-16 code units of `words[from..to)` joined by single spaces, without building the joined
 * string: a fast 32-bit hash, good enough to tell shingles apart.
 */
function hashRun(words: string[], from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    if (w > from) hash = Math.imul(hash ^ SPACE, 0x01000193);
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** Distinct hashes of the text's overlapping runs of `SHINGLE_WORDS` words, sorted. A shorter text is one shingle. */
function shingleWords(words: string[]): Uint32Array {
  if (!words.length) return new Uint32Array(0);
  const runs = Math.max(1, words.length - SHINGLE_WORDS + 1);
  const hashes = new Uint32Array(runs);
  for (let i = 0; i < runs; i++) hashes[i] = hashRun(words, i, Math.min(words.length, i + SHINGLE_WORDS));
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i]!;
  return hashes.slice(0, distinct);
}

/** The MinHash signature: for each seeded hash function, the smallest value over the shingles. */
function signShingles(shingles: Uint32Array): Uint32Array {
  const mixed = shingles.map(mix);
  const signature = new Uint32Array(SIGNATURE_LENGTH);
  // One hash function at a time over all the shingles: the tight inner loop is several times faster than the
  // other way round.
  for (let i = 0; i < SIGNATURE_LENGTH; i++) {
    const multiplier = MULTIPLIERS[i]!;
    const offset = OFFSETS[i]!;
    let smallest = 0xffffffff;
    for (let j = 0; j < mixed.length; j++) {
      const value = (Math.imul(mixed[j]!, multiplier) + offset) >>> 0;
      if (value < smallest) smallest = value;
    }
    signature[i] = smallest;
  }
  return signature;
}

/** Fingerprints an article's cleaned text. */
export function fingerprintText(text: string): Fingerprint {
  const words = normalizeWords(text);
  const shingles = shingleWords(words);
  return {
    textHash: createHash('sha256').update(words.join(' ')).digest('hex'),
    shingles,
    size: shingles.length,
    signature: signShingles(shingles),
  };
}

/**
 * How much of the shorter text the longer one contains: shared shingles over the smaller shingle count
 * (the overlap coefficient). A story with a paragraph added or cut still scores near 1 against the original.
 */
export function overlapOf(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / Math.max(1, Math.min(a.length, b.length));
}
