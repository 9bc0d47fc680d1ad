/**
 * Archive stage: the memory of the last archive model (`ModelMemory`) as JSON holds it, so that a new build process
 * updates the model the last one made rather than make it again over every article (as `npm run dev`'s process does
 * with the memory it holds). Articles are stored without their records (the analysis gives those again), by their
 * file and content hash, with what the model added to each; lists and links refer to them by their place. A key the
 * caller keeps beside each article and listing page (its page key) is stored with it. Pure.
 */
import type { AnalyzedArticle, PublicationDate } from '../types.ts';
import { refOf } from './article-refs.ts';
import {
  withAddedFields,
  type AddedFields,
  type KeptTerm,
  type ModelArticle,
  type ModelContext,
  type ModelMemory,
  type YearEntry,
} from './build-archive.ts';
import type { ArchiveArticle, ArchiveOverview, ArticleRef, ListPage, Term } from './model.ts';
import { termIdsOf } from './terms.ts';

/** What the model added to an article's record (see `toArchiveArticle`), but its links. */
const ADDED_FIELDS = [
  'url',
  'author',
  'dateLabel',
  'readingMinutes',
  'outlet',
  'summary',
  'otherCopies',
] as const satisfies ReadonlyArray<keyof AddedFields>;

/** One article of the model, its record named by its file, content hash and other copies. */
interface StoredArticle {
  file: string;
  hash: string;
  /** The JSON of its record's `alsoPublished` (set by duplicate grouping), or null. */
  alsoPublished: string | null;
  /** The folder and slug of its URL, when they are not its URL's (see `urlBaseOf`). */
  urlBase: string | null;
  added: AddedFields;
  /** Its related articles, and those before and after it in time, by their places in the stored articles. */
  related: number[];
  previous: number | null;
  next: number | null;
  pagedCountries: string[];
  /** What an article no longer in the archive needs to be taken out of the lists it was in. */
  date: PublicationDate | null;
  terms: { country: string[]; actor: string[]; topic: string[] };
  key: string | null;
}

/** A listing page, its items by their articles' places, and whether it shows its term's facts. */
type StoredPage = Omit<ListPage, 'term' | 'items'> & { term: boolean; items: number[]; key: string | null };

interface StoredTerm {
  term: Omit<Term, 'articles'> & { articles: number[] };
  list: number[];
  pages: StoredPage[];
}

export interface StoredModelMemory {
  /** The fingerprint of the analysis the articles' records came from. */
  analysis: string;
  context: ModelContext;
  articles: StoredArticle[];
  terms: StoredTerm[];
  years: Array<{ year: string; list: number[]; entry: YearEntry; pages: StoredPage[] }>;
  undated: { list: number[]; pages: StoredPage[] };
  overview: ArchiveOverview | null;
}

/** The places of a model's articles, by the article and by its reference, and whether every one looked up was found. */
class Places {
  complete = true;
  private readonly ofArticle: Map<ModelArticle, number>;
  private readonly ofRef: Map<ArticleRef, number>;

  constructor(articles: ModelArticle[]) {
    this.ofArticle = new Map(articles.map((a, i) => [a, i]));
    this.ofRef = new Map(articles.map((a, i) => [refOf(a.article), i]));
  }

  private placeIn<T>(places: Map<T, number>, item: T): number {
    const place = places.get(item);
    if (place === undefined) this.complete = false;
    return place ?? -1;
  }

  list(list: ModelArticle[]): number[] {
    return list.map((a) => this.placeIn(this.ofArticle, a));
  }

  refs(refs: ArticleRef[]): number[] {
    return refs.map((ref) => this.placeIn(this.ofRef, ref));
  }

  link(ref: ArticleRef | null): number | null {
    return ref ? this.placeIn(this.ofRef, ref) : null;
  }
}

type KeyOf = (page: ArchiveArticle | ListPage) => string | null;

function storeArticle({ record, urlBase, article }: ModelArticle, places: Places, keyOf: KeyOf): StoredArticle {
  return {
    file: record.file,
    hash: record.hash,
    alsoPublished: record.alsoPublished ? JSON.stringify(record.alsoPublished) : null,
    urlBase: urlBase === article.url.slice(0, -1) ? null : urlBase,
    added: Object.fromEntries(ADDED_FIELDS.map((field) => [field, article[field]])) as AddedFields,
    related: places.refs(article.related),
    previous: places.link(article.previous),
    next: places.link(article.next),
    pagedCountries: article.pagedCountries,
    date: article.date,
    terms: { country: termIdsOf.country(article), actor: termIdsOf.actor(article), topic: termIdsOf.topic(article) },
    key: keyOf(article),
  };
}

/**
 * The memory of the last model, made from the analysis `analysis`, as JSON holds it, with the key `keyOf` gives
 * for each article and listing page; null when it holds no model or refers to an article it does not hold.
 */
export function storeModelMemory(memory: ModelMemory, analysis: string, keyOf: KeyOf): StoredModelMemory | null {
  if (!memory.context) return null;
  const places = new Places(memory.articles);
  const pagesOf = (pages: ListPage[]) =>
    pages.map((page): StoredPage => ({
      ...page,
      term: page.term !== null,
      items: places.refs(page.items),
      key: keyOf(page),
    }));
  const stored: StoredModelMemory = {
    analysis,
    context: memory.context,
    articles: memory.articles.map((article) => storeArticle(article, places, keyOf)),
    terms: [...memory.terms.values()].map(({ term, list, pages }) => ({
      term: { ...term, articles: places.refs(term.articles) },
      list: places.list(list),
      pages: pagesOf(pages),
    })),
    years: [...memory.years].map(([year, { list, entry, pages }]) => ({
      year,
      list: places.list(list),
      entry,
      pages: pagesOf(pages),
    })),
    undated: { list: places.list(memory.undated.list), pages: pagesOf(memory.undated.pages) },
    overview: memory.overview,
  };
  return places.complete ? stored : null;
}

/** The record the stored article was made from, when the analysis gives it again: the same file, bytes and copies. */
function sameRecord(stored: StoredArticle, record: AnalyzedArticle | undefined): record is AnalyzedArticle {
  if (record?.hash !== stored.hash) return false;
  return (record.alsoPublished ? JSON.stringify(record.alsoPublished) : null) === stored.alsoPublished;
}

/**
 * An article of the last model whose record is no longer in the archive (edited or removed): it is only taken out
 * of the lists it was in, so it holds only what finds them (its terms, date and address).
 */
function goneArticle(stored: StoredArticle): ArchiveArticle {
  const { terms } = stored;
  return {
    date: stored.date,
    url: stored.added.url,
    countries: terms.country.map((code) => ({ code, primary: true })),
    actors: terms.actor.map((id) => ({ id, discovered: false })),
    topics: terms.topic.map((id) => ({ id })),
  } as unknown as ArchiveArticle;
}

type OnKey = (page: ArchiveArticle | ListPage, key: string) => void;

/** The stored articles again, each with the record the analysis gives now, or gone; and the pages they are shown on. */
class Restored {
  readonly articles: ModelArticle[];
  readonly byRecord = new Map<AnalyzedArticle, ModelArticle>();
  /**
   * Each place's reference, looked up once: the links, lists and pages refer to a place about 12 times (123,000
   * times for the 9,927 articles of the 10,000-article bench archive), and `refOf`'s table looked up each time cost
   * about a tenth of restoring the model.
   */
  private readonly refs: Array<ArticleRef | undefined>;
  /** Whether the article at each place is gone. */
  private readonly gone: boolean[];

  constructor(
    stored: StoredArticle[],
    records: AnalyzedArticle[],
    private readonly onKey: OnKey,
  ) {
    const byFile = new Map(records.map((r) => [r.file, r]));
    this.articles = stored.map((s): ModelArticle => {
      const record = byFile.get(s.file);
      const urlBase = s.urlBase ?? s.added.url.slice(0, -1);
      // A gone article's record is never read: the model finds the articles it keeps by their records (`byRecord`).
      if (!sameRecord(s, record))
        return { record: { file: s.file } as AnalyzedArticle, urlBase, article: goneArticle(s) };
      const kept = { record, urlBase, article: withAddedFields(record, s.added) };
      this.byRecord.set(record, kept);
      return kept;
    });
    this.refs = new Array<ArticleRef | undefined>(stored.length);
    this.gone = this.articles.map((a) => !this.byRecord.has(a.record));
    stored.forEach((s, i) => this.link(s, this.articles[i]!, i));
  }

  at(place: number): ModelArticle {
    const article = this.articles[place];
    if (!article) throw new Error('a stored place out of the articles');
    return article;
  }

  private refAt(place: number): ArticleRef {
    return (this.refs[place] ??= refOf(this.at(place).article));
  }

  /**
   * Whether an article at one of `places` is gone: a page that shows one is made again, its key no longer right.
   * Each place was looked up by `refAt` before.
   */
  showsGone(places: Array<number | null>): boolean {
    return places.some((place) => place !== null && this.gone[place] === true);
  }

  private link(s: StoredArticle, { article }: ModelArticle, place: number): void {
    article.related = s.related.map((place) => this.refAt(place));
    article.previous = s.previous === null ? null : this.refAt(s.previous);
    article.next = s.next === null ? null : this.refAt(s.next);
    article.pagedCountries = s.pagedCountries;
    const shown = [...s.related, s.previous, s.next];
    if (s.key !== null && !this.gone[place] && !this.showsGone(shown)) this.onKey(article, s.key);
  }

  /** Listing pages, of `term` when it is a term's (whose facts show a gone article when `termShowsGone`). */
  pages(pages: StoredPage[], term: Term | null = null, termShowsGone = false): ListPage[] {
    return pages.map(({ key, ...page }) => {
      const restored: ListPage = {
        ...page,
        term: page.term ? term : null,
        items: page.items.map((p) => this.refAt(p)),
      };
      if (key !== null && !(page.term && termShowsGone) && !this.showsGone(page.items)) this.onKey(restored, key);
      return restored;
    });
  }

  term({ term: stored, list, pages }: StoredTerm): KeptTerm {
    const term: Term = { ...stored, articles: stored.articles.map((p) => this.refAt(p)) };
    return { term, list: list.map((p) => this.at(p)), pages: this.pages(pages, term, this.showsGone(stored.articles)) };
  }
}

/**
 * The memory `stored` held, with the records of the archive now (`records`, from the analysis `analysis`): an
 * article whose record is among them is that record's again, the others are taken as gone. `onKey` is told the key
 * stored beside each article and listing page that shows no gone article. Null (the model made anew) when `stored`
 * is not of this analysis or not what `storeModelMemory` gives.
 */
export function restoreModelMemory(
  stored: StoredModelMemory | null,
  records: AnalyzedArticle[],
  analysis: string,
  onKey: OnKey,
): ModelMemory | null {
  if (stored?.analysis !== analysis || !Array.isArray(stored.articles)) return null;
  try {
    const restored = new Restored(stored.articles, records, onKey);
    const terms = stored.terms.map((term) => restored.term(term));
    const listOf = (places: number[]) => places.map((p) => restored.at(p));
    return {
      context: stored.context,
      articles: restored.articles,
      byRecord: restored.byRecord,
      terms: new Map(terms.map((t) => [t.term.url, t])),
      years: new Map(
        stored.years.map(({ year, list, entry, pages }) => [
          year,
          { list: listOf(list), entry, pages: restored.pages(pages) },
        ]),
      ),
      undated: { list: listOf(stored.undated.list), pages: restored.pages(stored.undated.pages) },
      overview: stored.overview,
    };
  } catch {
    return null;
  }
}
