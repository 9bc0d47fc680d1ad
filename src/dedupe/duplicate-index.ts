/** Dedupe: an index of fingerprints that finds an article's exact and near duplicates without comparing it to every article. */
import type { Fingerprint } from '../types.ts';
import { overlapOf, SIGNATURE_LENGTH } from './fingerprint.ts';

/**
 * Share of the shorter text's shingles that the longer text must contain for the two to be the same story.
 * Chosen on the duplicate test set (`npm run score:duplicates`): copies of a story that share their text
 * directly overlap 0.81 or more, different stories 0.17 at most, so 0.6 leaves room on both sides.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;
/**
 * Texts with fewer shingles than this (about 40 words) are too short to compare; only exact duplicates are
 * found for them. Short wire notes share their template ("… sets quarterly payout", results tables): grouping
 * the whole corpus at 12 joined different companies' dividend notes, at 40 it no longer does.
 */
export const MIN_SHINGLES = 40;
/**
 * Smallest ratio of the shorter text's shingles to the longer one's: a short brief quoted whole inside a long
 * analysis is not the same story. A story with one of two paragraphs cut still passes.
 */
const MIN_SIZE_RATIO = 0.4;
/**
 * Texts with fewer shingles than this (about a dozen words: one full sentence) are too short to compare at all,
 * even word for word: two files whose text is a credit line, "Video unavailable" or nothing (a headline alone) are
 * not one story. A sentence of a dozen words found whole in two files is. (The same file saved twice is still one:
 * grouping also joins files with the same bytes.)
 */
export const MIN_EXACT_SHINGLES = 8;
/**
 * Signature rows per LSH band. Two rows in 64 bands make two texts that share a third of their shingles
 * (Jaccard 0.3) candidates with probability 0.998, while unrelated texts (Jaccard under 0.02) rarely collide.
 */
const ROWS_PER_BAND = 2;
const BANDS = SIGNATURE_LENGTH / ROWS_PER_BAND;

export type DuplicateKind = 'exact' | 'near';

export interface DuplicateMatch<Id> {
  id: Id;
  /** 1 for exact duplicates; the overlap of shingles for near ones. */
  similarity: number;
  kind: DuplicateKind;
}

export interface DuplicateIndex<Id> {
  entries: Array<{ id: Id; fingerprint: Fingerprint }>;
  byTextHash: Map<string, number[]>;
  /**
   * One table per band: band hash → the position of the one entry with that hash, or the positions of all: most
   * hashes are one entry's, and a list for each (64 an entry) was most of the index's making at 10,000 articles.
   */
  bands: Array<Map<number, number | number[]>>;
}

export function createDuplicateIndex<Id>(): DuplicateIndex<Id> {
  return { entries: [], byTextHash: new Map(), bands: Array.from({ length: BANDS }, () => new Map()) };
}

function bandKey(signature: Uint32Array, band: number): number {
  let key = 0x811c9dc5;
  for (let r = 0; r < ROWS_PER_BAND; r++) key = Math.imul(key ^ signature[band * ROWS_PER_BAND + r]!, 0x01000193);
  return key >>> 0;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Files `position` under `key` in a band's table. */
function pushToBand(band: Map<number, number | number[]>, key: number, position: number): void {
  const held = band.get(key);
  if (held === undefined) band.set(key, position);
  else if (typeof held === 'number') band.set(key, [held, position]);
  else held.push(position);
}

/** Adds an article's fingerprint to the index. */
export function addToIndex<Id>(index: DuplicateIndex<Id>, id: Id, fingerprint: Fingerprint): void {
  const position = index.entries.length;
  index.entries.push({ id, fingerprint });
  if (fingerprint.size < MIN_EXACT_SHINGLES) return;
  push(index.byTextHash, fingerprint.textHash, position);
  if (fingerprint.size < MIN_SHINGLES) return;
  for (let band = 0; band < BANDS; band++)
    pushToBand(index.bands[band]!, bandKey(fingerprint.signature, band), position);
}

/** True when two shingle sets are close enough in size to be versions of one story. */
function comparableSizes(a: Fingerprint, b: Fingerprint): boolean {
  return (
    Math.min(a.size, b.size) >= MIN_SHINGLES && Math.min(a.size, b.size) / Math.max(a.size, b.size) >= MIN_SIZE_RATIO
  );
}

/** The indexed articles that are exact or near duplicates of `fingerprint`, most similar first. */
export function findDuplicates<Id>(index: DuplicateIndex<Id>, fingerprint: Fingerprint): Array<DuplicateMatch<Id>> {
  const matches: Array<DuplicateMatch<Id>> = [];
  if (fingerprint.size < MIN_EXACT_SHINGLES) return [];
  // Made at the first entry met: most articles looked up meet none (grouping looks every one up in the index of
  // the few new ones).
  let seen: Set<number> | null = null;
  for (const position of index.byTextHash.get(fingerprint.textHash) ?? []) {
    (seen ??= new Set()).add(position);
    matches.push({ id: index.entries[position]!.id, similarity: 1, kind: 'exact' });
  }
  const compare = (position: number) => {
    if (seen?.has(position)) return;
    (seen ??= new Set()).add(position);
    const other = index.entries[position]!.fingerprint;
    if (!comparableSizes(fingerprint, other)) return;
    const similarity = overlapOf(fingerprint.shingles, other.shingles);
    if (similarity >= NEAR_DUPLICATE_THRESHOLD)
      matches.push({ id: index.entries[position]!.id, similarity, kind: 'near' });
  };
  if (fingerprint.size >= MIN_SHINGLES) {
    for (let band = 0; band < BANDS; band++) {
      const held = index.bands[band]!.get(bandKey(fingerprint.signature, band));
      if (typeof held === 'number') compare(held);
      else held?.forEach(compare);
    }
  }
  return matches.sort((a, b) => b.similarity - a.similarity);
}
