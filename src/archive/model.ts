/** Archive stage: the data types of the archive model that the renderer and the search index read. */
import type { Outlet } from '../outlets/index.ts';
import type { AnalyzedArticle } from '../types.ts';

/** A short reference to an article, for lists: what a reader needs to choose it. */
export interface ArticleRef {
  url: string;
  title: string;
  dateLabel: string;
  date: string | null;
  /** The article's month ("2024-06"), null when it is undated or dated by year only. */
  month: string | null;
  /** The outlet's name. */
  outlet: string | null;
  /** One sentence: the article's description, or its first sentence (empty when it has none). */
  summary: string;
  /** The article's topics. */
  topics: Array<{ id: string; name: string }>;
}

/** Another outlet's copy of a story, as its page lists it under "Also published by". */
export interface OtherCopy {
  outlet: Outlet | null;
  dateLabel: string;
  title: string;
}

/** An article of the archive: its record (less the duplicate fingerprint, used up by grouping) and its place. */
export interface ArchiveArticle extends Omit<AnalyzedArticle, 'fingerprint'> {
  url: string;
  /** "20 June 2024", "June 2024", "2024", or "Undated". */
  dateLabel: string;
  readingMinutes: number;
  related: ArticleRef[];
  previous: ArticleRef | null;
  next: ArticleRef | null;
  /** Where the article comes from, as a reader knows it, with the original's address when known. */
  outlet: Outlet | null;
  /** One sentence for lists (see `ArticleRef.summary`). */
  summary: string;
  /** The other files of the same story (from `alsoPublished`), as readers see them. */
  otherCopies: OtherCopy[];
  /** Codes of the article's countries that have a page: every primary one, and those it only mentions that another article is about. */
  pagedCountries: string[];
}

/** Articles per month, for a chart: what it plots and what it cannot. */
export interface Timeline {
  /**
   * Every month from the first to the last that holds articles, over the years that hold some, oldest first
   * ("2024-06"); `url` is the month's archive page, null for a month without articles.
   */
  months: Array<{ month: string; count: number; url: string | null }>;
  /** Articles dated by their year alone, which no month holds. */
  yearOnly: number;
  /** Articles without a date. */
  undated: number;
}

/** The home page's overview: articles per month over the archive's span, in all and by topic, on one time axis. */
export interface ArchiveOverview {
  /** Every article, from the archive's first month to its last. */
  all: Timeline;
  /** Each topic, in the taxonomy's order, over the months of `all`. */
  topics: Array<{ id: string; name: string; url: string; count: number; timeline: Timeline }>;
}

export type TermKind = 'country' | 'actor' | 'topic';

/** Something articles are tagged with, and its page. */
export interface Term {
  kind: TermKind;
  id: string;
  name: string;
  url: string;
  /** Articles, newest first. For countries, those where the country is primary. */
  articles: ArticleRef[];
  description: string | null;
  timeline: Timeline;
  /** The countries (primary ones), actors and topics most often in the same articles as the term, with how many. */
  topCountries: Array<{ name: string; url: string; count: number }>;
  topActors: Array<{ name: string; url: string; count: number }>;
  topTopics: Array<{ name: string; url: string; count: number }>;
  /** Extra facts for the page ("Russia · Minister of Foreign Affairs of Russia (2004–)"). */
  details: string[];
  /** Only for topics: what the topic page shows besides its listing. */
  topic?: TopicFacts;
}

/** What a topic page shows besides the description, timeline, top countries and actors, and its listing. */
export interface TopicFacts {
  /** Date labels of the oldest and newest dated articles; null when none is dated. */
  span: { from: string; to: string } | null;
  undatedCount: number;
  /** The topic's Atom and JSON feeds. */
  feeds: { atom: string; json: string };
  /** Search pre-filtered on the topic. */
  searchUrl: string;
}

/** A listing that can be read newest first or oldest first (topics): this page's order and where each order starts. */
export interface ListOrder {
  current: 'newest' | 'oldest';
  newestUrl: string;
  oldestUrl: string;
}

/** One page of a paginated listing: term pages, archives by year and month, undated, and the indexes. */
export interface ListPage {
  url: string;
  title: string;
  heading: string;
  /** `index` lists countries or actors; `topics` lists the topics. */
  kind: 'country' | 'actor' | 'topic' | 'year' | 'month' | 'undated' | 'index' | 'topics';
  term: Term | null;
  items: ArticleRef[];
  /** For index pages: the terms with counts (and descriptions, for topics). */
  links: Array<{ name: string; url: string; count: number; description: string | null }>;
  page: number;
  pages: number;
  previousUrl: string | null;
  nextUrl: string | null;
  /** Absent for listings read in one order only. */
  order?: ListOrder;
}

export interface ArchiveModel {
  /** Newest first; undated last, by title. */
  articles: ArchiveArticle[];
  countries: Term[];
  actors: Term[];
  topics: Term[];
  years: Array<{
    year: string;
    url: string;
    count: number;
    months: Array<{ month: string; url: string; count: number }>;
  }>;
  undatedCount: number;
  overview: ArchiveOverview;
  listPages: ListPage[];
  /** Date of the newest article (for feeds), never the clock. */
  updated: string | null;
}
