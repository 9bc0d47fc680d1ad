/** Quality: runs the extract stage over the labelled cases and scores it against `expected.json`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../build/index.ts';
import { extractArticle } from '../extract/index.ts';
import { isRejection, readArticle } from '../read/index.ts';
import type { ExtractedArticle } from '../types.ts';

/** One labelled page, as written by `make-cases.mjs`. */
export interface ExpectedCase {
  file: string;
  title: string;
  date: string | null;
  datePrecision: string | null;
  author: string | null;
  source: string | null;
  articleLines: string[];
}

/** Rates in [0, 1] over the whole set; line precision and recall are micro-averaged over all lines. */
export interface ExtractionScores {
  title: number;
  date: number;
  author: number;
  source: number;
  linePrecision: number;
  lineRecall: number;
}

/** What went wrong on one case, for the score script to print. */
export interface CaseMisses {
  file: string;
  fields: string[];
  /** Article lines the extractor dropped. */
  lost: string[];
  /** Page lines the extractor kept that are not article lines. */
  leaked: string[];
}

const EXPECTED_FILE = path.join(REPO_ROOT, 'tests', 'quality', 'extraction', 'expected.json');
const LIST_MARKER = /^(?:[•●▪◦*–-]|\d{1,2}[.)])\s+/;

/** Comparison key: white space is ignored on both sides, since repair may add spaces and paragraphs join wrapped lines. */
const squeeze = (text: string) => text.replace(/\s+/g, '');
/** A labelled line: trimmed, with the leading "•" the labels leave out. */
const labelOf = (line: string) => line.trim().replace(/^•\s*/, '');

export function loadExpectedCases(): ExpectedCase[] {
  return JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as ExpectedCase[];
}

/** Runs extraction on one case file as the build would (no retrieval date known). */
function extractCase(entry: ExpectedCase): ExtractedArticle {
  const raw = readArticle(path.basename(entry.file), readFileSync(path.join(REPO_ROOT, entry.file)));
  if (isRejection(raw)) throw new Error(`${entry.file}: ${raw.reason}`);
  return extractArticle(raw, { retrieved: null });
}

/**
 * Which page lines the extraction kept: the extracted text, white space ignored, is walked in order, and a page
 * line is kept when the text continues with it (with or without its list marker, which lists drop).
 */
function keptLines(pageLines: string[], text: string): boolean[] {
  const body = squeeze(text);
  let cursor = 0;
  return pageLines.map((line) => {
    for (const form of [line, line.replace(LIST_MARKER, '')]) {
      const key = squeeze(form);
      if (key && body.startsWith(key, cursor)) {
        cursor += key.length;
        return true;
      }
    }
    return false;
  });
}

/** Which page lines are article lines: the labels matched to the page in order. */
function labelledLines(pageLines: string[], labels: string[]): boolean[] {
  let next = 0;
  return pageLines.map((line) => {
    if (next < labels.length && labelOf(line) === labels[next]) {
      next++;
      return true;
    }
    return false;
  });
}

/** Scores extraction over every labelled case. */
export function scoreExtraction(cases: ExpectedCase[] = loadExpectedCases()): {
  scores: ExtractionScores;
  misses: CaseMisses[];
} {
  let title = 0;
  let date = 0;
  let author = 0;
  let source = 0;
  let truePositive = 0;
  let kept = 0;
  let expected = 0;
  const misses: CaseMisses[] = [];
  for (const entry of cases) {
    const article = extractCase(entry);
    const fields: string[] = [];
    const check = (ok: boolean, name: string, got: unknown, want: unknown) => {
      if (!ok) fields.push(`${name}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      return ok ? 1 : 0;
    };
    title += check(article.title === entry.title, 'title', article.title, entry.title);
    const gotDate = article.date ? `${article.date.iso}/${article.date.precision}` : null;
    const wantDate = entry.date ? `${entry.date}/${entry.datePrecision}` : null;
    date += check(gotDate === wantDate, 'date', gotDate, wantDate);
    author += check(article.author === entry.author, 'author', article.author, entry.author);
    source += check(article.source === entry.source, 'source', article.source, entry.source);

    const pageLines = readFileSync(path.join(REPO_ROOT, entry.file), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    const isKept = keptLines(pageLines, article.text);
    const isArticle = labelledLines(pageLines, entry.articleLines);
    const lost: string[] = [];
    const leaked: string[] = [];
    pageLines.forEach((line, i) => {
      if (isKept[i] && isArticle[i]) truePositive++;
      else if (isArticle[i]) lost.push(line);
      else if (isKept[i]) leaked.push(line);
    });
    kept += isKept.filter(Boolean).length;
    expected += entry.articleLines.length;
    if (fields.length || lost.length || leaked.length) misses.push({ file: entry.file, fields, lost, leaked });
  }
  const n = cases.length;
  return {
    scores: {
      title: title / n,
      date: date / n,
      author: author / n,
      source: source / n,
      linePrecision: kept ? truePositive / kept : 0,
      lineRecall: expected ? truePositive / expected : 0,
    },
    misses,
  };
}
