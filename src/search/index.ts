/** Search stage: the archive's full-text index, built with Pagefind from the archive model. */
export { buildSearchRecord, hashSearchRecord, searchDateOf, UNDATED_YEAR, type SearchRecord } from './records.ts';
export { groupByDate } from './date-table.ts';
export { SEARCH_SCRIPT_SETTINGS } from './search-page.ts';
export {
  startPagefind,
  writeSearchIndex,
  type PagefindRunner,
  type SearchIndexResult,
  type SearchOutput,
} from './index-site.ts';
export {
  bucketOf,
  DELTA_MIN_LIMIT,
  planSearchIndex,
  type IndexEntry,
  type SearchIndexLayout,
  type SearchIndexPlan,
  type SearchIndexState,
} from './plan-index.ts';
