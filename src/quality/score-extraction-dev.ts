/**
 * Quality: extraction scored on the real pages of the dev set (`extraction-dev.ts`), each page both as the saved page
 * and as the raw text dump a scraper makes of it: the benchmark's body precision, recall and F1, the share of the
 * dump's article lines kept and of its other lines leaked, and, for dumps, title and date against the page's markup.
 */
import { extractArticle } from '../extract/index.ts';
import { chrono } from '../libraries.ts';
import type { LineModel } from '../extract/line-model.ts';
import type { TitleModel } from '../extract/title-model.ts';
import type { HeaderModels } from '../extract/header-model.ts';
import type { ExtractedArticle, RawArticle } from '../types.ts';
import {
  averageScores,
  bylineName,
  linesWithin,
  rawTextDump,
  shingleScore,
  tokenString,
  type DevPage,
} from './extraction-dev.ts';

export type DevCondition = 'saved page' | 'raw text dump';
export const DEV_CONDITIONS: DevCondition[] = ['saved page', 'raw text dump'];

/** One page's result in one condition. */
export interface DevPageResult {
  key: string;
  precision: number;
  recall: number;
  /** Dump lines of the article, those of them kept, other lines, those of them kept. */
  articleLines: number;
  articleKept: number;
  otherLines: number;
  otherKept: number;
  titleRight: boolean;
  /** True when a line of the dump says one of the titles counted right: the title's ceiling. */
  titlePrinted: boolean;
  titleFound: string;
  /** Null when the page's markup states no date. */
  dateRight: boolean | null;
  /** Why the date is wrong (null when right or when the markup states none). */
  dateMiss: DateMiss | null;
  /** The day extracted, null when none was. */
  dateFound: string | null;
  /** Null when the page's markup names no author. */
  authorRight: boolean | null;
  /** True when a line of the dump holds the markup's author: the author's ceiling. */
  authorPrinted: boolean;
  /**
   * True when a line by the headline holds it (`HEADER_LINES` either side of a line below the `<title>` that says a
   * right title): where a byline stands, not a site's name in its menus or footer.
   */
  authorByHeadline: boolean;
  authorFound: string | null;
}

/**
 * Why a dump's date is wrong: its markup's day is written nowhere in the dump (only in markup, or the page prints
 * another day: unreachable from the text), or it is written there and no date was taken, or another was.
 */
export type DateMiss = 'not printed' | 'printed, none taken' | 'printed, another taken';

/** Figures over a group of pages. */
export interface DevScores {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of the dumps' article lines kept, and of their other lines leaked into the body (micro-averaged). */
  articleKept: number;
  debrisLeaked: number;
  title: number;
  /** Share of the pages whose dump holds a line that says a title counted right. */
  titleCeiling: number;
  /** Over the pages whose markup states a date. */
  date: number;
  /** Pages whose markup states a date, and the share of them that print its day in their dump: the date's ceiling. */
  datedPages: number;
  dateCeiling: number;
  /**
   * Over the pages the ceiling counts (the markup's day printed in the dump, or taken right): the date "where the page
   * states one", the measure the date's target is set on.
   */
  dateWhereStated: number;
  /** Date misses by kind. */
  dateMisses: Record<DateMiss, number>;
  /** Over the pages whose markup names an author. */
  author: number;
  /** Pages whose markup names an author, and the share of them whose dump holds that name on a line. */
  authoredPages: number;
  authorCeiling: number;
  /** The share of them whose dump holds that name by the headline (`authorByHeadline`). */
  authorByHeadline: number;
}

/**
 * Extracts one page as the build would, without retrieval date; `lineModel`, `titleModel` and `headerModels` replace
 * the committed models.
 */
export function extractDevPage(
  page: DevPage,
  condition: DevCondition,
  lineModel?: LineModel,
  titleModel?: TitleModel,
  headerModels?: HeaderModels,
): ExtractedArticle {
  const raw: RawArticle = {
    file: `${page.key}.${condition === 'saved page' ? 'html' : 'txt'}`,
    hash: page.key,
    format: condition === 'saved page' ? 'html' : 'text',
    body: condition === 'saved page' ? page.html : rawTextDump(page.html),
    frontMatter: {},
    diagnostics: [],
  };
  return extractArticle(raw, { retrieved: null, lineModel, titleModel, headerModels });
}

const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Years a page may write: a full date must name one. */
const WRITTEN_YEAR = /\b(?:1[89]|20)\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2}\b/;
const LOCALES = [chrono.de, chrono.fr, chrono.es, chrono.it, chrono.pt, chrono.ru, chrono.uk];
/** Numeric forms chrono leaves: "18.11.2019" (day first), "2018年9月24日" and "2018. 9. 24." (year first). */
const DAY_FIRST_DOTTED = /\b(\d{1,2})\.(\d{1,2})\.((?:1[89]|20)\d{2})\b/g;
const YEAR_FIRST = /((?:1[89]|20)\d{2})(?:\s*[年년]\s*|\.\s)(\d{1,2})(?:\s*[月월]\s*|\.\s)(\d{1,2})/g;

const isoDay = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * Every day a dump line writes in full (day, month and year) in any form chrono reads in English or the other
 * languages it knows, or the numeric forms it leaves: a broader net than the extractor's, which reads datelines
 * only. A comment's or an embedded post's date counts: the line is printed on the page.
 */
export function daysWritten(line: string): Set<string> {
  const days = new Set<string>();
  if (!WRITTEN_YEAR.test(line)) return days;
  const reference = new Date(Date.UTC(2000, 0, 1));
  for (const parse of [chrono.parse, ...LOCALES.map((locale) => locale.strict.parse)])
    for (const result of parse(line, reference, { forwardDate: false }))
      if (WRITTEN_YEAR.test(result.text) && result.start.isCertain('day') && result.start.isCertain('year'))
        days.add(isoDay(result.start.get('year')!, result.start.get('month')!, result.start.get('day')!));
  for (const [, day, month, year] of line.matchAll(DAY_FIRST_DOTTED)) days.add(isoDay(+year!, +month!, +day!));
  for (const [, year, month, day] of line.matchAll(YEAR_FIRST)) days.add(isoDay(+year!, +month!, +day!));
  return days;
}

/** Why a page's extracted date (`found`, an ISO day or null) is not one of its right `days`. */
/** Lines either side of the headline where a byline may stand, for the author's ceiling by the headline. */
const HEADER_LINES = 8;

/**
 * True when a line of the dump within `HEADER_LINES` of a line that says a right title (below the `<title>`, the
 * dump's first line) holds the markup's author.
 */
export function printedByHeadline(lines: string[], titles: string[], author: string): boolean {
  const name = tokenString(author);
  return lines.some(
    (line, i) =>
      i > 0 &&
      titles.includes(squeeze(line)) &&
      lines.slice(Math.max(1, i - HEADER_LINES), i + HEADER_LINES + 1).some((near) => tokenString(near).includes(name)),
  );
}

function dateMissOf(lines: string[], days: string[], found: string | null): DateMiss {
  const printed = lines.some((line) => days.some((day) => daysWritten(line).has(day)));
  return !printed ? 'not printed' : found ? 'printed, another taken' : 'printed, none taken';
}

/** Scores one page's extraction against its truth. */
export function scoreDevPage(page: DevPage, article: ExtractedArticle): DevPageResult {
  const lines = rawTextDump(page.html).split('\n');
  const isArticle = linesWithin(lines, page.truth);
  const isKept = linesWithin(lines, article.text);
  const found = article.date?.iso ?? null;
  const dateRight = page.markupDate ? page.days.includes(found ?? '') : null;
  const sameName = (a: string | null, b: string | null) => squeeze(a).toLowerCase() === squeeze(b).toLowerCase();
  const authorFound = article.author ? bylineName(article.author) : null;
  const count = (article: boolean, kept: boolean) =>
    lines.filter((_, i) => isArticle[i] === article && (!kept || isKept[i])).length;
  return {
    key: page.key,
    ...shingleScore(article.text, page.truth),
    articleLines: count(true, false),
    articleKept: count(true, true),
    otherLines: count(false, false),
    otherKept: count(false, true),
    titleRight: page.titles.includes(squeeze(article.title)),
    titlePrinted: lines.some((line) => page.titles.includes(squeeze(line))),
    titleFound: squeeze(article.title),
    dateRight,
    dateMiss: dateRight === false ? dateMissOf(lines, page.days, found) : null,
    dateFound: found,
    authorRight: page.author ? sameName(authorFound, page.author) : null,
    authorPrinted: page.author !== null && lines.some((line) => tokenString(line).includes(tokenString(page.author!))),
    authorByHeadline: page.author !== null && printedByHeadline(lines, page.titles, page.author),
    authorFound,
  };
}

/** The figures of a group of page results. */
export function summarise(results: DevPageResult[]): DevScores {
  const sum = (pick: (r: DevPageResult) => number) => results.reduce((s, r) => s + pick(r), 0);
  const dated = results.filter((r) => r.dateRight !== null);
  const authored = results.filter((r) => r.authorRight !== null);
  const missed = (kind: DateMiss) => results.filter((r) => r.dateMiss === kind).length;
  const stated = dated.filter((r) => r.dateMiss !== 'not printed');
  return {
    pages: results.length,
    ...averageScores(results),
    articleKept: sum((r) => r.articleKept) / (sum((r) => r.articleLines) || 1),
    debrisLeaked: sum((r) => r.otherKept) / (sum((r) => r.otherLines) || 1),
    title: sum((r) => (r.titleRight ? 1 : 0)) / (results.length || 1),
    titleCeiling: sum((r) => (r.titleRight || r.titlePrinted ? 1 : 0)) / (results.length || 1),
    date: dated.filter((r) => r.dateRight).length / (dated.length || 1),
    datedPages: dated.length,
    dateCeiling: stated.length / (dated.length || 1),
    dateWhereStated: stated.filter((r) => r.dateRight).length / (stated.length || 1),
    dateMisses: {
      'not printed': missed('not printed'),
      'printed, none taken': missed('printed, none taken'),
      'printed, another taken': missed('printed, another taken'),
    },
    author: authored.filter((r) => r.authorRight).length / (authored.length || 1),
    authoredPages: authored.length,
    authorCeiling: authored.filter((r) => r.authorRight || r.authorPrinted).length / (authored.length || 1),
    authorByHeadline: authored.filter((r) => r.authorRight || r.authorByHeadline).length / (authored.length || 1),
  };
}
