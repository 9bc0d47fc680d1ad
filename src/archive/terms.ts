/**
 * Archive stage: the terms articles are tagged with (countries, actors, topics), each with its articles and the
 * facts its page shows: a timeline, the countries, actors and topics most often with it, and details. Pure.
 */
import type { Taxonomy } from '../taxonomy/index.ts';
import { refOf } from './article-refs.ts';
import type { ArchiveArticle, Term, TermKind, Timeline } from './model.ts';
import { describeTopic } from './topic-facts.ts';
import { monthAnchor, pageUrl, termUrl } from './urls.ts';

/** Countries, actors and topics listed as "most often with" a term on its page. */
const TOP_TERMS = 8;

/** Calls `each` with the id and the name (as the article gives it) of every term of a kind of an article. */
type Naming = (a: ArchiveArticle, each: (id: string, name: string) => void) => void;

/**
 * The terms of `kind` most present in `articles` (given by `named`), with their counts, leaving out the term
 * `exclude` (an id). Counted by id, the links made for the few kept only: an article is in the lists of all its
 * terms, and a term's list can hold thousands.
 */
function countTop(articles: ArchiveArticle[], kind: TermKind, named: Naming, exclude: string | null) {
  const counts = new Map<string, { name: string; count: number }>();
  const count = (id: string, name: string) => {
    if (id === exclude) return;
    const entry = counts.get(id);
    if (entry) entry.count++;
    else counts.set(id, { name, count: 1 });
  };
  for (const article of articles) named(article, count);
  return [...counts]
    .map(([id, { name, count }]) => ({ name, url: termUrl[kind](id), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, TOP_TERMS);
}

/** Where a timeline's bar leads: by default the month's archive, all of the archive's articles of that month. */
export type MonthUrl = (month: string) => string;
const monthArchive: MonthUrl = (month) => termUrl.month(month.slice(0, 4), month.slice(5, 7));

/**
 * Articles per month, from the month of the first article to that of the last, over the years that hold articles
 * only: an article dated 1001 and one dated 2024 make a timeline of two years, not of twelve thousand months. With
 * `span` (months, oldest first), over those months instead, so that timelines can be drawn side by side. Each month
 * with articles leads to `urlOf` it.
 */
export function timelineOf(articles: ArchiveArticle[], span?: string[], urlOf: MonthUrl = monthArchive): Timeline {
  const counts = new Map<string, number>();
  let yearOnly = 0;
  let undated = 0;
  for (const a of articles) {
    if (!a.date) undated++;
    else if (a.date.precision === 'year') yearOnly++;
    else counts.set(a.date.iso.slice(0, 7), (counts.get(a.date.iso.slice(0, 7)) ?? 0) + 1);
  }
  const months = (span ?? monthsSpanned([...counts.keys()])).map((month) => {
    const count = counts.get(month) ?? 0;
    return { month, count, url: count ? urlOf(month) : null };
  });
  return { months, yearOnly, undated };
}

/** The months from the first of `months` ("2024-06") to the last, over the years that hold one, oldest first. */
export function monthsSpanned(months: string[]): string[] {
  if (!months.length) return [];
  const sorted = [...months].sort();
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const years = [...new Set(sorted.map((m) => m.slice(0, 4)))];
  return years.flatMap((year) =>
    Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).filter(
      (key) => key >= first && key <= last,
    ),
  );
}

const primaryCountries: Naming = (a, each) => {
  for (const c of a.countries) if (c.primary) each(c.code, c.name);
};
const knownActors: Naming = (a, each) => {
  for (const x of a.actors) if (!x.discovered) each(x.id, x.name);
};
const topicsOf: Naming = (a, each) => {
  for (const t of a.topics) each(t.id, t.title);
};

/**
 * Where a term's month leads: its own listing at `url` (newest first, `perPage` a page, as `list`), on the page
 * holding the month's newest article, at that article: the month's articles about the term, not the archive's.
 */
function monthInListing(url: string, list: ArchiveArticle[], perPage: number): MonthUrl {
  const firstOf = new Map<string, number>();
  list.forEach((article, i) => {
    const { month } = refOf(article);
    if (month && !firstOf.has(month)) firstOf.set(month, i);
  });
  return (month) => `${pageUrl(url, Math.floor(firstOf.get(month)! / perPage) + 1)}#${monthAnchor(month)}`;
}

/** A term and its page's facts, from its articles (newest first, as its listing has them, `perPage` a page). */
function makeTerm(
  name: { kind: TermKind; id: string; name: string; description?: string | null; details?: string[] },
  list: ArchiveArticle[],
  perPage: number,
): Term {
  const url = termUrl[name.kind](name.id);
  return {
    kind: name.kind,
    id: name.id,
    name: name.name,
    url,
    articles: list.map(refOf),
    description: name.description ?? null,
    timeline: timelineOf(list, undefined, monthInListing(url, list, perPage)),
    topCountries: countTop(list, 'country', primaryCountries, name.kind === 'country' ? name.id : null),
    topActors: countTop(list, 'actor', knownActors, name.kind === 'actor' ? name.id : null),
    topTopics: countTop(list, 'topic', topicsOf, name.kind === 'topic' ? name.id : null),
    details: name.details ?? [],
  };
}

/**
 * The ids of the terms of each kind an article is tagged with: its primary countries, its actors of the actors
 * file, its topics.
 */
export const termIdsOf: Record<TermKind, (a: ArchiveArticle) => string[]> = {
  country: (a) => a.countries.filter((c) => c.primary).map((c) => c.code),
  actor: (a) => a.actors.filter((x) => !x.discovered).map((x) => x.id),
  topic: (a) => a.topics.map((t) => t.id),
};

/** A country's term, from its articles (newest first). */
export function countryTerm(code: string, list: ArchiveArticle[], perPage: number): Term {
  const name = list[0]!.countries.find((c) => c.code === code)!.name;
  return makeTerm({ kind: 'country', id: code, name }, list, perPage);
}

/** An actor's name and details (its country and roles) as the actors file gives them, by the actor's id. */
export type ActorNames = (id: string) => { name: string; details: string[] };

export function actorNamesOf(taxonomy: Taxonomy): ActorNames {
  const actorsById = new Map(taxonomy.actors.map((a) => [a.id, a]));
  const countryNames = new Map(taxonomy.countries.map((c) => [c.code, c.name]));
  return (id) => {
    const entry = actorsById.get(id);
    const details = [
      ...(entry?.country ? [countryNames.get(entry.country) ?? entry.country] : []),
      ...(entry?.roles ?? []).map((r) => `${r.title}${r.from ? ` (${r.from}–${r.to ?? ''})` : ''}`),
    ];
    return { name: entry?.name ?? id, details };
  };
}

/** An actor's term, from its articles (newest first). */
export function actorTerm(id: string, list: ArchiveArticle[], names: ActorNames, perPage: number): Term {
  return makeTerm({ kind: 'actor', id, ...names(id) }, list, perPage);
}

/** A topic's term, from its articles (newest first; none is fine). */
export function topicTerm(topic: Taxonomy['topics'][number], list: ArchiveArticle[], perPage: number): Term {
  const { id, title: name, description } = topic;
  const term = makeTerm({ kind: 'topic', id, name, description }, list, perPage);
  return { ...term, topic: describeTopic(id, term.articles) };
}
