/**
 * Archive stage: the listing pages of the archive, paginated: each term's articles (topics both newest and oldest
 * first), the archives by year and month, the undated articles, and the indexes of countries, actors and topics.
 * Pure.
 */
import { compareArticles, refOf } from './article-refs.ts';
import { formatDate } from './dates.ts';
import type { ArchiveArticle, ArchiveModel, ArticleRef, ListPage, Term } from './model.ts';
import { orderOldestFirst } from './topic-facts.ts';
import { pageUrl, termUrl } from './urls.ts';

/** What every page of a listing shares. */
type ListBase = Omit<ListPage, 'items' | 'page' | 'pages' | 'previousUrl' | 'nextUrl' | 'url'>;

/**
 * The pages of the listing of `items` whose first page is at `url`, `perPage` items each (the site's
 * `itemsPerPage`), each linking to the one before and after.
 */
function paginate(base: ListBase, url: string, items: ArticleRef[], perPage: number): ListPage[] {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pages }, (_, i) => ({
    ...base,
    url: pageUrl(url, i + 1),
    items: items.slice(i * perPage, (i + 1) * perPage),
    page: i + 1,
    pages,
    previousUrl: i > 0 ? pageUrl(url, i) : null,
    nextUrl: i + 1 < pages ? pageUrl(url, i + 2) : null,
  }));
}

/** The listing of a country's or an actor's articles. */
export function termListPages(term: Term, perPage: number): ListPage[] {
  const base: ListBase = { title: term.name, heading: term.name, kind: term.kind, term, links: [] };
  return paginate(base, term.url, term.articles, perPage);
}

/** A topic's articles, read both ways, each at stable URLs: /topics/<id>/page/2/ and /topics/<id>/oldest/page/2/. */
export function topicListPages(term: Term, perPage: number): ListPage[] {
  const urls = { newestUrl: term.url, oldestUrl: termUrl.topicOldest(term.id) };
  const base = { title: term.name, heading: term.name, kind: term.kind, term, links: [] };
  return [
    ...paginate({ ...base, order: { current: 'newest', ...urls } }, urls.newestUrl, term.articles, perPage),
    ...paginate(
      { ...base, title: `${term.name}, oldest first`, order: { current: 'oldest', ...urls } },
      urls.oldestUrl,
      orderOldestFirst(term.articles),
      perPage,
    ),
  ];
}

const NO_TERM = { term: null, links: [] };

type YearEntry = ArchiveModel['years'][number];

/**
 * One year's archive, from its articles by month ('' for those dated to the year alone), each in the model's order:
 * its entry in the model, and its pages followed by those of its months, newest first.
 */
export function buildYearArchive(
  year: string,
  months: Map<string, ArchiveArticle[]>,
  perPage: number,
): { entry: YearEntry; pages: ListPage[] } {
  const all = [...months.values()].flat().sort(compareArticles);
  const yearBase: ListBase = { title: `Articles from ${year}`, heading: year, kind: 'year', ...NO_TERM };
  const pages = paginate(yearBase, termUrl.year(year), all.map(refOf), perPage);
  const monthList: YearEntry['months'] = [];
  const named = [...months.entries()].filter(([m]) => m).sort(([a], [b]) => b.localeCompare(a));
  for (const [month, list] of named) {
    const label = formatDate({ iso: `${year}-${month}-01`, precision: 'month' });
    const base: ListBase = { title: `Articles from ${label}`, heading: label, kind: 'month', ...NO_TERM };
    pages.push(...paginate(base, termUrl.month(year, month), list.map(refOf), perPage));
    monthList.push({ month, url: termUrl.month(year, month), count: list.length });
  }
  return { entry: { year, url: termUrl.year(year), count: all.length, months: monthList }, pages };
}

/** The listing of the undated articles. */
export function undatedListPages(undated: ArchiveArticle[], perPage: number): ListPage[] {
  const base: ListBase = { title: 'Undated articles', heading: 'Undated articles', kind: 'undated', ...NO_TERM };
  return paginate(base, termUrl.undated(), undated.map(refOf), perPage);
}

/** The index of a kind of term: one page linking every term with its count (and description, for topics). */
export function indexPage(url: string, title: string, terms: Term[], kind: 'index' | 'topics' = 'index'): ListPage {
  return {
    url,
    title,
    heading: title,
    kind,
    term: null,
    items: [],
    links: terms.map((t) => ({ name: t.name, url: t.url, count: t.articles.length, description: t.description })),
    page: 1,
    pages: 1,
    previousUrl: null,
    nextUrl: null,
  };
}
