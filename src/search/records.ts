/** Search stage: the Pagefind record of each article, built from the archive model (no HTML parsing). Pure. */
import { createHash } from 'node:crypto';
import type { ArchiveArticle } from '../archive/index.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Filter value of an undated article's year. */
export const UNDATED_YEAR = 'undated';
/** Date-order value of an undated article, before every date (the search page lists undated articles last). */
export const UNDATED_SORT = '0000-00-00';

/** The filter that holds an article's date as a reader reads it ("20 June 2024"), shown with its search result. */
export const DATE_FILTER = 'date';

/** The value an article is ordered by in date-ordered searches (see `date-table.ts`). */
export function searchDateOf(article: ArchiveArticle): string {
  return article.date?.iso ?? UNDATED_SORT;
}

/**
 * Only the title and body are searchable. Pagefind searches every metadata field too, so the record's metadata is
 * the title alone: a topic's name, a source or a date label as metadata made every article tagged "Diplomacy" a
 * match for "diplomacy", with no word of it to highlight. What a result shows beside its title comes from its
 * filters, which Pagefind returns with each result without searching them: the topics, the source and the date
 * (the `date` filter holds the date as a reader reads it; the search page offers no filter by it).
 * There is no Pagefind sort: its sort data would be loaded by every search, date-ordered or not; the date table
 * is loaded for date order alone.
 * Filter values are the ids a search URL carries (country code, actor id, topic id, year, source name), so a
 * shared URL maps straight onto Pagefind's filters; the search page labels them with names from the model.
 * `language` is the site's, which decides how Pagefind splits and stems the words.
 */
export function buildSearchRecord(article: ArchiveArticle, language: string): SearchRecord {
  const filters: Record<string, string[]> = {
    country: article.countries.filter((c) => c.primary).map((c) => c.code),
    actor: article.actors.filter((a) => !a.discovered).map((a) => a.id),
    topic: article.topics.map((t) => t.id),
    year: [article.date ? article.date.iso.slice(0, 4) : UNDATED_YEAR],
    [DATE_FILTER]: [article.dateLabel],
  };
  if (article.outlet) filters.source = [article.outlet.name];
  return {
    url: article.url,
    content: `${article.title}\n\n${article.text}`,
    language,
    meta: { title: article.title },
    filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length)),
  };
}

/** A hash of everything Pagefind is given for an article: the same hash means the same entry in the index. */
export function hashSearchRecord(record: SearchRecord): string {
  return createHash('sha1').update(JSON.stringify(record)).digest('hex');
}
