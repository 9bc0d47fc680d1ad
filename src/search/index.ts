/** Search stage: the archive's full-text index, built with Pagefind from the archive model. */
export { buildSearchRecord, type SearchRecord } from './records.ts';
export { writeSearchIndex } from './index-site.ts';
