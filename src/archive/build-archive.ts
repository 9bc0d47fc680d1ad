/** Archive stage: analysed articles → the archive model (URLs, term pages, archives, related articles). Pure. */
import type { Taxonomy } from '../taxonomy/index.ts';
import type { AnalyzedArticle } from '../types.ts';
import { formatDate } from './dates.ts';
import type { ArchiveArticle, ArchiveModel, ArticleRef, ListPage, Term, TermKind } from './model.ts';
import { findRelated } from './related.ts';
import { describeTopic, orderOldestFirst } from './topic-facts.ts';
import { assignUrls, pageUrl, termUrl } from './urls.ts';

/** Articles per page of a listing. */
export const PAGE_SIZE = 25;
/** Countries and actors listed as "most present" on a term page. */
const TOP_TERMS = 8;
/** Reading speed used for reading time, in words per minute. */
const WORDS_PER_MINUTE = 230;

/** Newest first; undated after dated, by title; ties by URL so the order never depends on input order. */
function compareArticles(a: { date: { iso: string } | null; title: string; url: string }, b: typeof a): number {
  if (a.date && b.date)
    return b.date.iso.localeCompare(a.date.iso) || a.title.localeCompare(b.title) || a.url.localeCompare(b.url);
  if (a.date) return -1;
  if (b.date) return 1;
  return a.title.localeCompare(b.title) || a.url.localeCompare(b.url);
}

function refOf(article: ArchiveArticle): ArticleRef {
  return {
    url: article.url,
    title: article.title,
    dateLabel: article.dateLabel,
    date: article.date?.iso ?? null,
    source: article.source,
  };
}

function countTop(
  articles: ArchiveArticle[],
  pick: (a: ArchiveArticle) => Array<{ name: string; url: string }>,
  exclude: string,
) {
  const counts = new Map<string, { name: string; url: string; count: number }>();
  for (const article of articles) {
    for (const item of pick(article)) {
      if (item.url === exclude) continue;
      const entry = counts.get(item.url) ?? { ...item, count: 0 };
      entry.count++;
      counts.set(item.url, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, TOP_TERMS);
}

function timelineOf(articles: ArchiveArticle[]): Array<{ month: string; count: number }> {
  const counts = new Map<string, number>();
  for (const a of articles)
    if (a.date && a.date.precision !== 'year')
      counts.set(a.date.iso.slice(0, 7), (counts.get(a.date.iso.slice(0, 7)) ?? 0) + 1);
  const months = [...counts.keys()].sort();
  if (!months.length) return [];
  const out: Array<{ month: string; count: number }> = [];
  let [year, month] = months[0]!.split('-').map(Number) as [number, number];
  const last = months[months.length - 1]!;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push({ month: key, count: counts.get(key) ?? 0 });
    if (key === last) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return out;
}

const countryLinks = (a: ArchiveArticle) =>
  a.countries.filter((c) => c.primary).map((c) => ({ name: c.name, url: termUrl.country(c.code) }));
const actorLinks = (a: ArchiveArticle) =>
  a.actors.filter((x) => !x.discovered).map((x) => ({ name: x.name, url: termUrl.actor(x.id) }));

function paginate(
  base: Omit<ListPage, 'items' | 'page' | 'pages' | 'previousUrl' | 'nextUrl' | 'url'>,
  url: string,
  items: ArticleRef[],
): ListPage[] {
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  return Array.from({ length: pages }, (_, i) => ({
    ...base,
    url: pageUrl(url, i + 1),
    items: items.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE),
    page: i + 1,
    pages,
    previousUrl: i > 0 ? pageUrl(url, i) : null,
    nextUrl: i + 1 < pages ? pageUrl(url, i + 2) : null,
  }));
}

/** Builds the archive model. The result depends only on the articles and the taxonomy, never on their order. */
export function buildArchive(analyzed: AnalyzedArticle[], taxonomy: Taxonomy): ArchiveModel {
  const urls = assignUrls(analyzed);
  const articles: ArchiveArticle[] = analyzed
    .map((a) => ({
      ...a,
      url: urls.get(a)!,
      dateLabel: formatDate(a.date),
      readingMinutes: Math.max(1, Math.round(a.words / WORDS_PER_MINUTE)),
      related: [],
      previous: null,
      next: null,
    }))
    .sort(compareArticles);

  const related = findRelated(articles);
  articles.forEach((article, i) => {
    article.related = related[i]!.map((j) => refOf(articles[j]!));
  });
  const dated = articles.filter((a) => a.date);
  dated.forEach((article, i) => {
    // The list is newest first: the previous article in time is the next one in the list.
    article.previous = dated[i + 1] ? refOf(dated[i + 1]!) : null;
    article.next = dated[i - 1] ? refOf(dated[i - 1]!) : null;
  });

  const byTerm = (kind: TermKind, key: (a: ArchiveArticle) => string[]) => {
    const map = new Map<string, ArchiveArticle[]>();
    for (const article of articles) {
      for (const k of key(article)) {
        const list = map.get(k);
        if (list) list.push(article);
        else map.set(k, [article]);
      }
    }
    return map;
  };
  const makeTerm = (
    kind: TermKind,
    id: string,
    name: string,
    url: string,
    list: ArchiveArticle[],
    description: string | null,
    details: string[],
  ): Term => ({
    kind,
    id,
    name,
    url,
    articles: list.map(refOf),
    description,
    timeline: timelineOf(list),
    topCountries: countTop(list, countryLinks, url),
    topActors: countTop(list, actorLinks, url),
    details,
  });
  const byCount = (a: Term, b: Term) => b.articles.length - a.articles.length || a.name.localeCompare(b.name);

  const countryArticles = byTerm('country', (a) => a.countries.filter((c) => c.primary).map((c) => c.code));
  const countries = [...countryArticles]
    .map(([code, list]) =>
      makeTerm(
        'country',
        code,
        list[0]!.countries.find((c) => c.code === code)!.name,
        termUrl.country(code),
        list,
        null,
        [],
      ),
    )
    .sort(byCount);

  const actorArticles = byTerm('actor', (a) => a.actors.filter((x) => !x.discovered).map((x) => x.id));
  const actorsById = new Map(taxonomy.actors.map((a) => [a.id, a]));
  const countryNames = new Map(taxonomy.countries.map((c) => [c.code, c.name]));
  const actors = [...actorArticles]
    .map(([id, list]) => {
      const entry = actorsById.get(id);
      const details = [
        ...(entry?.country ? [countryNames.get(entry.country) ?? entry.country] : []),
        ...(entry?.roles ?? []).map((r) => `${r.title}${r.from ? ` (${r.from}–${r.to ?? ''})` : ''}`),
      ];
      return makeTerm('actor', id, entry?.name ?? id, termUrl.actor(id), list, null, details);
    })
    .sort(byCount);

  const topicArticles = byTerm('topic', (a) => a.topics.map((t) => t.id));
  const topics = taxonomy.topics.map((topic) => {
    const term = makeTerm(
      'topic',
      topic.id,
      topic.title,
      termUrl.topic(topic.id),
      topicArticles.get(topic.id) ?? [],
      topic.description,
      [],
    );
    return { ...term, topic: describeTopic(topic.id, term.articles) };
  });

  const years = new Map<string, Map<string, ArchiveArticle[]>>();
  for (const article of dated) {
    const [year, month] = article.date!.iso.split('-') as [string, string];
    const months = years.get(year) ?? new Map<string, ArchiveArticle[]>();
    const key = article.date!.precision === 'year' ? '' : month;
    const list = months.get(key);
    if (list) list.push(article);
    else months.set(key, [article]);
    years.set(year, months);
  }
  const undated = articles.filter((a) => !a.date);

  const listPages: ListPage[] = [];
  const noTerm = { term: null, links: [] };
  for (const term of [...countries, ...actors]) {
    listPages.push(
      ...paginate({ title: term.name, heading: term.name, kind: term.kind, term, links: [] }, term.url, term.articles),
    );
  }
  for (const term of topics) {
    // Topics read both ways, each at stable URLs: /topics/<id>/page/2/ and /topics/<id>/oldest/page/2/.
    const urls = { newestUrl: term.url, oldestUrl: termUrl.topicOldest(term.id) };
    const base = { title: term.name, heading: term.name, kind: term.kind, term, links: [] };
    listPages.push(...paginate({ ...base, order: { current: 'newest', ...urls } }, urls.newestUrl, term.articles));
    listPages.push(
      ...paginate(
        { ...base, title: `${term.name}, oldest first`, order: { current: 'oldest', ...urls } },
        urls.oldestUrl,
        orderOldestFirst(term.articles),
      ),
    );
  }
  const yearList = [...years.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([year, months]) => {
      const all = [...months.values()].flat().sort(compareArticles);
      listPages.push(
        ...paginate(
          { title: `Articles from ${year}`, heading: year, kind: 'year', ...noTerm },
          termUrl.year(year),
          all.map(refOf),
        ),
      );
      const monthList = [...months.entries()]
        .filter(([m]) => m)
        .sort(([a], [b]) => b.localeCompare(a))
        .map(([month, list]) => {
          const label = formatDate({ iso: `${year}-${month}-01`, precision: 'month' });
          listPages.push(
            ...paginate(
              { title: `Articles from ${label}`, heading: label, kind: 'month', ...noTerm },
              termUrl.month(year, month),
              list.map(refOf),
            ),
          );
          return { month, url: termUrl.month(year, month), count: list.length };
        });
      return { year, url: termUrl.year(year), count: all.length, months: monthList };
    });
  listPages.push(
    ...paginate(
      { title: 'Undated articles', heading: 'Undated articles', kind: 'undated', ...noTerm },
      termUrl.undated(),
      undated.map(refOf),
    ),
  );
  const index = (url: string, title: string, terms: Term[], kind: 'index' | 'topics' = 'index'): ListPage => ({
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
  });
  listPages.push(
    index('/countries/', 'Countries', countries),
    index('/actors/', 'Actors', actors),
    index('/topics/', 'Topics', topics, 'topics'),
  );

  return {
    articles,
    countries,
    actors,
    topics,
    years: yearList,
    undatedCount: undated.length,
    listPages,
    updated: dated[0]?.date?.iso ?? null,
  };
}
