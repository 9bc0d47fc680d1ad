/** Dedupe: finds exact and near-duplicate stories (normalised-text hash, shingles, MinHash with LSH) and groups them. */
export { fingerprintText, normalizeWords, overlapOf, SHINGLE_WORDS, SIGNATURE_LENGTH } from './fingerprint.ts';
export {
  addToIndex,
  createDuplicateIndex,
  findDuplicates,
  MIN_EXACT_SHINGLES,
  MIN_SHINGLES,
  NEAR_DUPLICATE_THRESHOLD,
  type DuplicateIndex,
  type DuplicateKind,
  type DuplicateMatch,
} from './duplicate-index.ts';
export {
  comparePrimary,
  createDedupeMemory,
  groupDuplicates,
  restoreDedupeMemory,
  storeDedupeMemory,
  type DedupeMemory,
  type DedupeCandidate,
  type DuplicateRecord,
  type GroupedArticles,
} from './group-duplicates.ts';
export { scoreGrouping, type GroupingScore } from './score-grouping.ts';
