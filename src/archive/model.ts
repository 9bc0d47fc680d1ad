/** Archive stage: the data types of the archive model that the renderer and the search index read. */
import type { AnalyzedArticle } from '../types.ts';

/** A short reference to an article, for lists. */
export interface ArticleRef {
  url: string;
  title: string;
  dateLabel: string;
  date: string | null;
  source: string | null;
}

export interface ArchiveArticle extends AnalyzedArticle {
  url: string;
  /** "20 June 2024", "June 2024", "2024", or "Undated". */
  dateLabel: string;
  readingMinutes: number;
  related: ArticleRef[];
  previous: ArticleRef | null;
  next: ArticleRef | null;
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
  /** Articles per month, oldest first, for the timeline. */
  timeline: Array<{ month: string; count: number }>;
  topCountries: Array<{ name: string; url: string; count: number }>;
  topActors: Array<{ name: string; url: string; count: number }>;
  /** Extra facts for the page ("Russia · Minister of Foreign Affairs of Russia (2004–)"). */
  details: string[];
}

/** One page of a paginated listing: term pages, archives by year and month, undated, and the indexes. */
export interface ListPage {
  url: string;
  title: string;
  heading: string;
  kind: 'country' | 'actor' | 'topic' | 'year' | 'month' | 'undated' | 'index';
  term: Term | null;
  items: ArticleRef[];
  /** For index pages: the terms with counts. */
  links: Array<{ name: string; url: string; count: number }>;
  page: number;
  pages: number;
  previousUrl: string | null;
  nextUrl: string | null;
}

export interface ArchiveModel {
  /** Newest first; undated last, by title. */
  articles: ArchiveArticle[];
  countries: Term[];
  actors: Term[];
  topics: Term[];
  years: Array<{ year: string; url: string; count: number; months: Array<{ month: string; url: string; count: number }> }>;
  undatedCount: number;
  listPages: ListPage[];
  /** Date of the newest article (for feeds), never the clock. */
  updated: string | null;
}
