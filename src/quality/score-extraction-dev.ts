/**
 * Quality: extraction scored on the real pages of the dev set (`extraction-dev.ts`), each page both as the saved page
 * and as the raw text dump a scraper makes of it: the benchmark's body precision, recall and F1, the share of the
 * dump's article lines kept and of its other lines leaked, and, for dumps, title and date against the page's markup.
 */
import { extractArticle } from '../extract/index.ts';
import type { LineModel } from '../extract/line-model.ts';
import type { ExtractedArticle, RawArticle } from '../types.ts';
import { averageScores, linesWithin, rawTextDump, shingleScore, type DevPage } from './extraction-dev.ts';

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
  /** Null when the page's markup states no date. */
  dateRight: boolean | null;
}

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
  /** Over the pages whose markup states a date. */
  date: number;
}

/** Extracts one page as the build would, without retrieval date; `lineModel` replaces the committed line model. */
export function extractDevPage(page: DevPage, condition: DevCondition, lineModel?: LineModel): ExtractedArticle {
  const raw: RawArticle = {
    file: `${page.key}.${condition === 'saved page' ? 'html' : 'txt'}`,
    hash: page.key,
    format: condition === 'saved page' ? 'html' : 'text',
    body: condition === 'saved page' ? page.html : rawTextDump(page.html),
    frontMatter: {},
    diagnostics: [],
  };
  return extractArticle(raw, { retrieved: null, lineModel });
}

const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Scores one page's extraction against its truth. */
export function scoreDevPage(page: DevPage, article: ExtractedArticle): DevPageResult {
  const lines = rawTextDump(page.html).split('\n');
  const isArticle = linesWithin(lines, page.truth);
  const isKept = linesWithin(lines, article.text);
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
    dateRight: page.markupDate ? page.days.includes(article.date?.iso ?? '') : null,
  };
}

/** The figures of a group of page results. */
export function summarise(results: DevPageResult[]): DevScores {
  const sum = (pick: (r: DevPageResult) => number) => results.reduce((s, r) => s + pick(r), 0);
  const dated = results.filter((r) => r.dateRight !== null);
  return {
    pages: results.length,
    ...averageScores(results),
    articleKept: sum((r) => r.articleKept) / (sum((r) => r.articleLines) || 1),
    debrisLeaked: sum((r) => r.otherKept) / (sum((r) => r.otherLines) || 1),
    title: sum((r) => (r.titleRight ? 1 : 0)) / (results.length || 1),
    date: dated.filter((r) => r.dateRight).length / (dated.length || 1),
  };
}
