/**
 * Archive stage: analysed articles → the archive model (URLs, term pages, archives, related articles). Pure. In a
 * process that builds again and again, the parts of the last model that the articles new, changed or gone since
 * do not touch are kept (see `ModelMemory`).
 */
import { indexOutlets, resolveOutlet, type OutletTable } from '../outlets/index.ts';
import type { SiteSettings } from '../settings/index.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import { copyRecord } from '../record-body.ts';
import type { AnalyzedArticle } from '../types.ts';
import { compareArticles, refOf, relinked } from './article-refs.ts';
import { bylineOf } from './byline.ts';
import { formatDate } from './dates.ts';
import { buildYearArchive, indexPage, termListPages, topicListPages, undatedListPages } from './list-pages.ts';
import type { ArchiveArticle, ArchiveModel, ArchiveOverview, ListPage, OtherCopy, Term, TermKind } from './model.ts';
import { findRelated, type RelatedMemory } from './related.ts';
import { summarize } from './summary.ts';
import { actorNamesOf, actorTerm, countryTerm, termIdsOf, timelineOf, topicTerm } from './terms.ts';
import { assignUrls, termUrl, urlBaseOf } from './urls.ts';

/** Reading speed used for reading time, in words per minute. */
const WORDS_PER_MINUTE = 230;

/** The other copies of a story as readers see them: outlet, date and headline. */
function otherCopiesOf(article: AnalyzedArticle, outlets: OutletTable): OtherCopy[] {
  return (article.alsoPublished ?? []).map((copy) => ({
    outlet: resolveOutlet(outlets, copy.source, copy.sourceUrl),
    dateLabel: formatDate(copy.date),
    title: copy.title,
  }));
}

/** What the model adds to an article's record, but its links (see `toArchiveArticle`). */
export type AddedFields = Pick<
  ArchiveArticle,
  'url' | 'author' | 'dateLabel' | 'readingMinutes' | 'outlet' | 'summary' | 'otherCopies'
>;

/**
 * The article of `record` with what the model added to it (`added`), its links still empty: a copy of the record
 * (its body not read), each added field set by its name, in the order `Object.assign` would set them. Set by
 * `Object.assign`, V8 turned the copy of a record the cache gives (18 fields) into a dictionary as the eleven fields
 * came, which took three times as long to make and left every article of a model restored from the cache folder one
 * (9,914 of the 9,935 of the 10,000-article bench archive).
 */
export function withAddedFields(record: AnalyzedArticle, added: AddedFields): ArchiveArticle {
  const article = copyRecord(record) as ArchiveArticle;
  article.url = added.url;
  article.author = added.author;
  article.dateLabel = added.dateLabel;
  article.readingMinutes = added.readingMinutes;
  article.outlet = added.outlet;
  article.summary = added.summary;
  article.otherCopies = added.otherCopies;
  article.related = [];
  article.previous = null;
  article.next = null;
  article.pagedCountries = [];
  return article;
}

/** The article of a record at `url`, its links (related articles, neighbours, country pages) still empty. */
function toArchiveArticle(record: AnalyzedArticle, url: string, outlets: OutletTable): ArchiveArticle {
  return withAddedFields(record, {
    url,
    author: bylineOf(record.author),
    dateLabel: formatDate(record.date),
    readingMinutes: Math.max(1, Math.round(record.words / WORDS_PER_MINUTE)),
    outlet: resolveOutlet(outlets, record.source, record.sourceUrl),
    summary: summarize(record),
    otherCopies: otherCopiesOf(record, outlets),
  });
}

/**
 * One article of a model: the record it was made from and its article (the one of the latest model: everything
 * but its links is fixed by the record and its URL). The same object from one model to the next while neither
 * changes, so that what is kept can tell the articles new, changed or gone.
 */
export interface ModelArticle {
  record: AnalyzedArticle;
  /** The folder and slug of its URL (see `urlBaseOf`). */
  urlBase: string;
  article: ArchiveArticle;
}

/** A term of the last model, its articles in the model's order, and its listing's pages. */
export interface KeptTerm {
  term: Term;
  list: ModelArticle[];
  pages: ListPage[];
}

export type YearEntry = ArchiveModel['years'][number];

/** What the model was made with; a model of another taxonomy, outlet table or page size keeps nothing. */
export interface ModelContext {
  taxonomy: string;
  outlets: string;
  perPage: number;
}

/**
 * What `buildArchive` keeps of one model for the next, in a process that builds again and again (`npm run dev`):
 * its articles by record, in order; each term with its articles and pages; each year's archive; the undated
 * articles; the home overview. A part that no article new, changed or gone touches is taken as it was.
 */
export interface ModelMemory {
  context: ModelContext | null;
  articles: ModelArticle[];
  byRecord: Map<AnalyzedArticle, ModelArticle>;
  /** By the term's URL. */
  terms: Map<string, KeptTerm>;
  years: Map<string, { list: ModelArticle[]; entry: YearEntry; pages: ListPage[] }>;
  undated: { list: ModelArticle[]; pages: ListPage[] };
  overview: ArchiveOverview | null;
}

export function createModelMemory(): ModelMemory {
  return {
    context: null,
    articles: [],
    byRecord: new Map(),
    terms: new Map(),
    years: new Map(),
    undated: { list: [], pages: [] },
    overview: null,
  };
}

const byModelOrder = (a: ModelArticle, b: ModelArticle) => compareArticles(a.article, b.article);

/** The articles of `kept` (in order) and of `added` (in order) together, in order. */
function merge(kept: ModelArticle[], added: ModelArticle[]): ModelArticle[] {
  if (!added.length) return kept;
  if (!kept.length) return added;
  const merged: ModelArticle[] = [];
  let k = 0;
  for (const article of added) {
    while (k < kept.length && byModelOrder(kept[k]!, article) < 0) merged.push(kept[k++]!);
    merged.push(article);
  }
  while (k < kept.length) merged.push(kept[k++]!);
  return merged;
}

/** What changed since the last model: the articles added (new or changed, in order) and those gone. */
interface Changes {
  added: ModelArticle[];
  gone: Set<ModelArticle>;
}

/** A list of the last model without the articles gone, with those added that belong to it, in order. */
function updateList(kept: ModelArticle[], changes: Changes, belongs: (a: ModelArticle) => boolean): ModelArticle[] {
  const staying = changes.gone.size ? kept.filter((a) => !changes.gone.has(a)) : kept;
  return merge(staying, changes.added.filter(belongs));
}

/** The model's articles, newest first: those of the last model whose record and URL are the same, and the others. */
function modelArticles(
  analyzed: AnalyzedArticle[],
  outlets: OutletTable,
  memory: ModelMemory,
): { articles: ModelArticle[]; changes: Changes } {
  const bases = new Map(analyzed.map((record) => [record, memory.byRecord.get(record)?.urlBase ?? urlBaseOf(record)]));
  const urls = assignUrls(analyzed, (record) => bases.get(record)!);
  const added: ModelArticle[] = [];
  const present = new Set<ModelArticle>();
  for (const record of analyzed) {
    const url = urls.get(record)!;
    const kept = memory.byRecord.get(record);
    if (kept && kept.article.url === url) present.add(kept);
    else added.push({ record, urlBase: bases.get(record)!, article: toArchiveArticle(record, url, outlets) });
  }
  added.sort(byModelOrder);
  const gone = new Set(memory.articles.filter((a) => !present.has(a)));
  const changes = { added, gone };
  return { articles: updateList(memory.articles, changes, () => true), changes };
}

/** Whether two lists of links hold the same references (or values). */
const sameLinks = <T>(a: T[], b: T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Links each article to its related articles (from the candidates in `related` where few articles changed), to
 * the articles before and after it in time, and to its countries' pages: the article of the last model when its
 * links are the same, else a copy with the new ones.
 */
function linkArticles(articles: ModelArticle[], pagedCountries: Set<string>, related?: RelatedMemory): void {
  const plain = articles.map((a) => a.article);
  const lists = findRelated(plain, related);
  const dated = articles.filter((a) => a.article.date);
  const place = new Map(dated.map((a, i) => [a, i]));
  articles.forEach((entry, i) => {
    const { article } = entry;
    const at = place.get(entry);
    // The list is newest first: the previous article in time is the next one in the list.
    const before = at === undefined ? undefined : dated[at + 1];
    const after = at === undefined ? undefined : dated[at - 1];
    const links = {
      related: lists[i]!.map((j) => refOf(plain[j]!)),
      previous: before ? refOf(before.article) : null,
      next: after ? refOf(after.article) : null,
      pagedCountries: article.countries.map((c) => c.code).filter((code) => pagedCountries.has(code)),
    };
    const same =
      sameLinks(links.related, article.related) &&
      links.previous === article.previous &&
      links.next === article.next &&
      sameLinks(links.pagedCountries, article.pagedCountries);
    if (!same) entry.article = relinked(article, links);
  });
}

/** The articles of each term of `kind`, by the term's id, in the order of `articles`. */
function groupByTerm(kind: TermKind, articles: Iterable<ModelArticle>): Map<string, ModelArticle[]> {
  const map = new Map<string, ModelArticle[]>();
  for (const article of articles) {
    for (const id of termIdsOf[kind](article.article)) {
      const list = map.get(id);
      if (list) list.push(article);
      else map.set(id, [article]);
    }
  }
  return map;
}

/**
 * The terms of `kind` the changes touch, each with its list: the last model's without the articles gone, with the
 * articles added that are tagged with it, in order.
 */
function touchedLists(kind: TermKind, changes: Changes, memory: ModelMemory): Map<string, ModelArticle[]> {
  const added = groupByTerm(kind, changes.added);
  const lists = new Map<string, ModelArticle[]>();
  for (const id of [...added.keys(), ...groupByTerm(kind, changes.gone).keys()]) {
    if (lists.has(id)) continue;
    const kept = memory.terms.get(termUrl[kind](id))?.list ?? [];
    const staying = changes.gone.size ? kept.filter((a) => !changes.gone.has(a)) : kept;
    lists.set(id, merge(staying, added.get(id) ?? []));
  }
  return lists;
}

/**
 * The terms of `kind` that some article is tagged with: those of the last model that the changes do not touch,
 * and the others made again from their updated lists (`make`), most articles first, then by name, then by their
 * newest article's place in the model.
 */
function updateTerms(
  kind: 'country' | 'actor',
  changes: Changes,
  memory: ModelMemory,
  make: (id: string, list: ArchiveArticle[]) => Term,
  perPage: number,
): KeptTerm[] {
  const touched = touchedLists(kind, changes, memory);
  const terms: KeptTerm[] = [];
  for (const kept of memory.terms.values()) if (kept.term.kind === kind && !touched.has(kept.term.id)) terms.push(kept);
  for (const [id, list] of touched) {
    if (!list.length) continue;
    const term = make(
      id,
      list.map((a) => a.article),
    );
    terms.push({ term, list, pages: termListPages(term, perPage) });
  }
  return terms;
}

/** The topics of the taxonomy, in its order, with or without articles. */
function updateTopics(taxonomy: Taxonomy, perPage: number, changes: Changes, memory: ModelMemory): KeptTerm[] {
  const touched = touchedLists('topic', changes, memory);
  return taxonomy.topics.map((topic) => {
    const kept = memory.terms.get(termUrl.topic(topic.id));
    if (kept && !touched.has(topic.id)) return kept;
    const list = touched.get(topic.id) ?? [];
    const term = topicTerm(
      topic,
      list.map((a) => a.article),
      perPage,
    );
    return { term, list, pages: topicListPages(term, perPage) };
  });
}

/** Orders terms most articles first, then by name, then as the model orders their newest articles. */
function orderTerms(terms: KeptTerm[], placeOf: Map<ModelArticle, number>): KeptTerm[] {
  return terms.sort(
    (a, b) =>
      b.term.articles.length - a.term.articles.length ||
      a.term.name.localeCompare(b.term.name) ||
      placeOf.get(a.list[0]!)! - placeOf.get(b.list[0]!)!,
  );
}

/** The archives by year of the dated articles, newest first, each year the changes do not touch as it was. */
function updateYears(changes: Changes, memory: ModelMemory, perPage: number): ModelMemory['years'] {
  const yearOf = (a: ModelArticle) => a.article.date?.iso.split('-')[0];
  const added = new Map<string, ModelArticle[]>();
  for (const a of changes.added) {
    if (!a.article.date) continue;
    const list = added.get(yearOf(a)!);
    if (list) list.push(a);
    else added.set(yearOf(a)!, [a]);
  }
  const touched = new Set(added.keys());
  for (const a of changes.gone) if (a.article.date) touched.add(yearOf(a)!);
  const years: ModelMemory['years'] = new Map();
  const all = [...new Set([...memory.years.keys(), ...touched])].sort((a, b) => b.localeCompare(a));
  for (const year of all) {
    const kept = memory.years.get(year);
    if (kept && !touched.has(year)) {
      years.set(year, kept);
      continue;
    }
    const staying = kept && changes.gone.size ? kept.list.filter((a) => !changes.gone.has(a)) : (kept?.list ?? []);
    const list = merge(staying, added.get(year) ?? []);
    if (!list.length) continue;
    const months = new Map<string, ArchiveArticle[]>();
    for (const { article } of list) {
      const key = article.date!.precision === 'year' ? '' : article.date!.iso.split('-')[1]!;
      const month = months.get(key);
      if (month) month.push(article);
      else months.set(key, [article]);
    }
    years.set(year, { list, ...buildYearArchive(year, months, perPage) });
  }
  return years;
}

/** The undated articles' listing: the last model's when no article added or gone is undated. */
function updateUndated(changes: Changes, memory: ModelMemory, perPage: number): ModelMemory['undated'] {
  const touched = [...changes.added, ...changes.gone].some((a) => !a.article.date);
  if (memory.undated.pages.length && !touched) return memory.undated;
  const list = updateList(memory.undated.list, changes, (a) => !a.article.date);
  return {
    list,
    pages: undatedListPages(
      list.map((a) => a.article),
      perPage,
    ),
  };
}

/**
 * The home page's overview: articles per month over the archive's span, in all and by topic (in the taxonomy's
 * order, those without articles too). The bars of all articles lead to the months' archives, a topic's to the month
 * in the topic's own listing. A topic's row is the last model's when its topic and the span are.
 */
function updateOverview(
  articles: ArchiveArticle[],
  topics: KeptTerm[],
  memory: ModelMemory,
  keptTopics: Set<KeptTerm>,
): ArchiveOverview {
  const all = timelineOf(articles);
  const span = all.months.map((m) => m.month);
  const before = memory.overview;
  const sameSpan =
    before !== null &&
    sameLinks(
      span,
      before.all.months.map((m) => m.month),
    );
  return {
    all,
    topics: topics.map((kept, i) => {
      const { term, list } = kept;
      const previous = before?.topics[i];
      if (sameSpan && keptTopics.has(kept) && previous?.id === term.id) return previous;
      const urlOf = new Map(term.timeline.months.map((m) => [m.month, m.url]));
      return {
        id: term.id,
        name: term.name,
        url: term.url,
        count: list.length,
        timeline: timelineOf(
          list.map((a) => a.article),
          span,
          (month) => urlOf.get(month)!,
        ),
      };
    }),
  };
}

/** No outlet table: sources are shown as given, or as the site of their address. */
const NO_OUTLETS = indexOutlets([]);

/** What of the site's settings the model depends on. */
export type ArchiveSettings = Pick<SiteSettings, 'itemsPerPage'>;

function contextOf(taxonomy: Taxonomy, outlets: OutletTable, perPage: number): ModelContext {
  return {
    taxonomy: taxonomy.fingerprint,
    outlets: JSON.stringify([[...outlets.byDomain], [...outlets.byName]]),
    perPage,
  };
}

/** What a model keeps for the next, from its parts. */
function memoryOf(
  context: ModelContext,
  parts: Pick<ModelMemory, 'articles' | 'years' | 'undated' | 'overview'> &
    Record<'countries' | 'actors' | 'topics', KeptTerm[]>,
): ModelMemory {
  const { articles, countries, actors, topics, years, undated, overview } = parts;
  return {
    context,
    articles,
    byRecord: new Map(articles.map((a) => [a.record, a])),
    terms: new Map([...countries, ...actors, ...topics].map((t) => [t.term.url, t])),
    years,
    undated,
    overview,
  };
}

const sameContext = (a: ModelContext | null, b: ModelContext) =>
  a !== null && a.taxonomy === b.taxonomy && a.outlets === b.outlets && a.perPage === b.perPage;

/**
 * Builds the archive model. The result depends only on the articles, the taxonomy, the settings and the outlet
 * table, never on the articles' order, nor on `related` and `kept`: what a process that builds again and again kept
 * of its last model's related articles and of the model itself, for this one to be made with less work (and kept
 * in them for the next).
 */
export function buildArchive(
  analyzed: AnalyzedArticle[],
  taxonomy: Taxonomy,
  settings: ArchiveSettings,
  outlets: OutletTable = NO_OUTLETS,
  related?: RelatedMemory,
  kept?: ModelMemory,
): ArchiveModel {
  const perPage = settings.itemsPerPage;
  const context = contextOf(taxonomy, outlets, perPage);
  const memory = kept && sameContext(kept.context, context) ? kept : createModelMemory();
  const { articles, changes } = modelArticles(analyzed, outlets, memory);
  const placeOf = new Map(articles.map((a, i) => [a, i]));
  const countries = orderTerms(
    updateTerms('country', changes, memory, (id, list) => countryTerm(id, list, perPage), perPage),
    placeOf,
  );
  linkArticles(articles, new Set(countries.map((c) => c.term.id)), related);
  const names = actorNamesOf(taxonomy);
  const actors = orderTerms(
    updateTerms('actor', changes, memory, (id, list) => actorTerm(id, list, names, perPage), perPage),
    placeOf,
  );
  const keptTopics = new Set(memory.terms.values());
  const topics = updateTopics(taxonomy, perPage, changes, memory);
  const years = updateYears(changes, memory, perPage);
  const undated = updateUndated(changes, memory, perPage);
  const plain = articles.map((a) => a.article);
  const terms = (list: KeptTerm[]) => list.map((t) => t.term);
  const overview = updateOverview(plain, topics, memory, keptTopics);
  const listPages = [
    ...[...countries, ...actors, ...topics].flatMap((t) => t.pages),
    ...[...years.values()].flatMap((y) => y.pages),
    ...undated.pages,
    indexPage('/countries/', 'Countries', terms(countries)),
    indexPage('/actors/', 'Actors', terms(actors)),
    indexPage('/topics/', 'Topics', terms(topics), 'topics'),
  ];
  const parts = { articles, countries, actors, topics, years, undated, overview };
  if (kept) Object.assign(kept, memoryOf(context, parts));
  return {
    articles: plain,
    countries: terms(countries),
    actors: terms(actors),
    topics: terms(topics),
    years: [...years.values()].map((y) => y.entry),
    undatedCount: undated.list.length,
    overview,
    listPages,
    updated: plain.find((a) => a.date)?.date?.iso ?? null,
  };
}
