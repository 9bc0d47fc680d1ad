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

/**
 * The JSON of an object many pages show (an article's reference, a term), made once per object: at 10,000
 * articles, a reference is on a dozen pages (related lists, neighbours, listings) and a country's facts on each
 * of its hundreds of listing pages, and writing them out again for every page took most of the keys' time.
 */
const sharedJson = new WeakMap<object, string>();

function jsonOnce(value: object | null, data: () => unknown = () => value): string {
  if (!value) return 'null';
  let json = sharedJson.get(value);
  if (json === undefined) {
    json = JSON.stringify(data());
    sharedJson.set(value, json);
  }
  return json;
}

/** The key of `parts`, each JSON (no JSON holds a bare NUL, which separates them). */
function hashOfParts(parts: string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

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
function articlePageKey(article: ArchiveArticle, analysis: string): string {
  const { related, previous, next } = article;
  const others = ARCHIVE_FIELDS.filter((field) => field !== 'related' && field !== 'previous' && field !== 'next');
  return hashOfParts([
    JSON.stringify([analysis, article.file, article.hash, others.map((field) => article[field] ?? null)]),
    ...related.map((ref) => jsonOnce(ref)),
    'related',
    jsonOnce(previous),
    jsonOnce(next),
  ]);
}

/**
 * A listing page shows its items and its term's facts; of the term's articles it shows only how many there are
 * (its items are the page's own), so the whole list is not hashed again for every page.
 */
function listPageKey(list: ListPage): string {
  const { term, items, ...rest } = list;
  return hashOfParts([
    JSON.stringify(rest),
    jsonOnce(term, () => term && { ...term, articles: term.articles.length }),
    ...items.map((ref) => jsonOnce(ref)),
  ]);
}

/**
 * The keys made, by the page's object (an article, a listing page): the objects of a model are not changed once it
 * is made (a page whose data changes is a new object), and a model kept between rebuilds (`npm run dev`) holds the
 * same objects for the pages no change touched, whose keys are then not made again. An article's key is made with
 * the analysis, kept beside it.
 */
const madeKeys = new WeakMap<object, { analysis: string; key: string }>();

/** The analysis a page's key is made with: an article's, none for a listing page. */
const analysisOf = (page: ArchiveArticle | ListPage, analysis: string) => ('hash' in page ? analysis : '');

/** The key made for `page` (an article of the analysis `analysis`, or a listing page), or null when none was. */
export function madePageKey(page: ArchiveArticle | ListPage, analysis: string): string | null {
  const made = madeKeys.get(page);
  return made?.analysis === analysisOf(page, analysis) ? made.key : null;
}

/**
 * Takes `key` as the key of `page`, made by an earlier build process for a page of the same data (the model that
 * process kept, restored with the keys of its pages: see `restoreModelMemory`).
 */
export function keepPageKey(page: ArchiveArticle | ListPage, analysis: string, key: string): void {
  madeKeys.set(page, { analysis: analysisOf(page, analysis), key });
}

function keyOnce(page: ArchiveArticle | ListPage, analysis: string, make: () => string): string {
  const made = madeKeys.get(page);
  if (made?.analysis === analysis) return made.key;
  const key = make();
  madeKeys.set(page, { analysis, key });
  return key;
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
      key: keyOnce(article, analysis, () => articlePageKey(article, analysis)),
      article,
    })),
    lists: model.listPages.map((list) => ({
      file: pageFileOf(list),
      key: keyOnce(list, '', () => listPageKey(list)),
      list,
    })),
  };
}
