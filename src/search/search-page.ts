/**
 * Search stage: what the search page's script must know of the index, handed to it by the page (as the form's
 * data attributes) rather than copied into it: where the base index is, the filter that holds a base article's
 * bucket, the date table's name, the date undated articles are ordered by, the filter that holds the date a
 * result shows, and the word table's name. Pure.
 */
import { DATE_TABLE_FILE, SEARCH_INDEX_DIRS, WORD_TABLE_FILE } from '../output/index.ts';
import { BUCKET_FILTER } from './plan-index.ts';
import { DATE_FILTER, UNDATED_SORT } from './records.ts';

/** The search script's settings, by the name of the form's data attribute that carries each (`data-base-index`…). */
export const SEARCH_SCRIPT_SETTINGS = {
  'base-index': `/${SEARCH_INDEX_DIRS.base}/`,
  'bucket-filter': BUCKET_FILTER,
  'date-table': DATE_TABLE_FILE,
  'date-filter': DATE_FILTER,
  'word-table': WORD_TABLE_FILE,
  'undated-date': UNDATED_SORT,
} as const;
