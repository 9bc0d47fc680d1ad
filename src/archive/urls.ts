/** Archive stage: stable URLs. An article's URL derives from its date and title, never from build order. Pure. */
import { slugify } from '../slugify.ts';
import type { PublicationDate } from '../types.ts';

/** The folder of an article's URL: /articles/YYYY/MM/ for day or month precision, /articles/YYYY/, or /articles/undated/. */
export function articleFolder(date: PublicationDate | null): string {
  if (!date) return '/articles/undated/';
  const [year, month] = date.iso.split('-');
  return date.precision === 'year' ? `/articles/${year}/` : `/articles/${year}/${month}/`;
}

/** An article's folder and slug: its URL when no other article shares them. */
export function urlBaseOf(article: { title: string; date: PublicationDate | null }): string {
  return `${articleFolder(article.date)}${slugify(article.title)}`;
}

/**
 * Assigns URLs to articles. Articles whose folder and slug collide are told apart by their content hash:
 * the one with the smallest hash keeps the plain slug, the others get a suffix from their own hash, so an
 * article's URL depends only on articles that share its date and title. `baseOf` gives an article's folder and
 * slug (`urlBaseOf`, or what a caller kept of it).
 */
export function assignUrls<T extends { hash: string; title: string; date: PublicationDate | null }>(
  articles: T[],
  baseOf: (article: T) => string = urlBaseOf,
): Map<T, string> {
  const groups = new Map<string, T[]>();
  for (const article of articles) {
    const base = baseOf(article);
    const group = groups.get(base) ?? [];
    group.push(article);
    groups.set(base, group);
  }
  const urls = new Map<T, string>();
  for (const [base, group] of groups) {
    group.sort((a, b) => a.hash.localeCompare(b.hash));
    group.forEach((article, i) => urls.set(article, i === 0 ? `${base}/` : `${base}-${article.hash.slice(0, 8)}/`));
  }
  return urls;
}

export const termUrl = {
  country: (code: string) => `/countries/${code.toLowerCase()}/`,
  actor: (id: string) => `/actors/${id}/`,
  topic: (id: string) => `/topics/${id}/`,
  /** A topic's articles oldest first. */
  topicOldest: (id: string) => `/topics/${id}/oldest/`,
  year: (year: string) => `/archive/${year}/`,
  month: (year: string, month: string) => `/archive/${year}/${month}/`,
  undated: () => '/archive/undated/',
};

/** URL of page `n` (1-based) of a paginated list whose first page is at `url`. */
export function pageUrl(url: string, n: number): string {
  return n === 1 ? url : `${url}page/${n}/`;
}

/** The id of a month's first article in a listing (`month-2024-06`), where a timeline's bar for the month leads. */
export function monthAnchor(month: string): string {
  return `month-${month}`;
}

/** Feeds: the whole archive's and each topic's, in Atom and JSON Feed. */
export const feedUrl = {
  atom: (topicId?: string) => (topicId ? `/topics/${topicId}/feed.xml` : '/feed.xml'),
  json: (topicId?: string) => (topicId ? `/topics/${topicId}/feed.json` : '/feed.json'),
};

/** Search filters as they stand in a shareable search URL; values are ids (topic id, country code, actor id). */
export interface SearchQuery {
  q?: string;
  topic?: string;
  country?: string;
  actor?: string;
  year?: string;
  source?: string;
  sort?: 'relevance' | 'newest' | 'oldest';
}

/** `/search/?q=sanctions&topic=diplomacy`: the URL of a search, so it can be linked and shared. */
export function searchUrl(query: SearchQuery): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'topic', 'country', 'actor', 'year', 'source', 'sort'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `/search/?${search}` : '/search/';
}
