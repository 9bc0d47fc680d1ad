/**
 * Render stage: the pages rendered one per item of the model (article pages, listing pages), each with a key: a
 * hash of exactly the data its template reads. A page whose key and templates are those of the previous build has
 * the same bytes, so a rebuild renders only the pages whose key changed and keeps the others. Pure.
 */
import { createHash } from 'node:crypto';
import type { ArchiveArticle, ArchiveModel, ListPage } from '../archive/index.ts';

/** The output file of an article page or a listing page, relative to the site's root. */
export function pageFileOf(page: { url: string }): string {
  return `${page.url.replace(/^\//, '')}index.html`;
}

const hashOf = (data: unknown) => createHash('sha1').update(JSON.stringify(data)).digest('hex');

/**
 * What the archive stage adds to an analysed article (and duplicate grouping: `alsoPublished`). The analysed
 * fields are decided by the file's bytes and the analysis (its code, taxonomy and settings), so they are keyed by
 * the content hash and `analysis` rather than hashed again; a test checks this list against the model.
 */
export const ARCHIVE_FIELDS = [
  'url',
  'dateLabel',
  'readingMinutes',
  'related',
  'previous',
  'next',
  'outlet',
  'summary',
  'otherCopies',
  'pagedCountries',
  'alsoPublished',
] as const;

/** An article page shows the article record alone. */
export function articlePageKey(article: ArchiveArticle, analysis: string): string {
  return hashOf([analysis, article.file, article.hash, ARCHIVE_FIELDS.map((field) => article[field] ?? null)]);
}

/**
 * A listing page shows its items and its term's facts; of the term's articles it shows only how many there are
 * (its items are the page's own), so the whole list is not hashed again for every page.
 */
export function listPageKey(list: ListPage): string {
  return hashOf(list.term ? { ...list, term: { ...list.term, articles: list.term.articles.length } } : list);
}

/** The pages of the model rendered one per item, by output file, with their keys. */
export interface ItemPages {
  articles: Array<{ file: string; key: string; article: ArchiveArticle }>;
  lists: Array<{ file: string; key: string; list: ListPage }>;
}

/** @param analysis the fingerprint of the analysis the articles come from (see `articlePageKey`). */
export function itemPagesOf(model: ArchiveModel, analysis: string): ItemPages {
  return {
    articles: model.articles.map((article) => ({
      file: pageFileOf(article),
      key: articlePageKey(article, analysis),
      article,
    })),
    lists: model.listPages.map((list) => ({ file: pageFileOf(list), key: listPageKey(list), list })),
  };
}
