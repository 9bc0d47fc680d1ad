/** Search stage: the archive's full-text index, built with Pagefind from the archive model. */
export { buildSearchRecord, UNDATED_YEAR, type SearchRecord } from './records.ts';
export { writeSearchIndex } from './index-site.ts';
