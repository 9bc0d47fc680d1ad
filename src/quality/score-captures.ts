/**
 * Quality: extraction scored on the real files labelled by hand in `tests/quality/extraction/capture-labels.json`
 * (the 44 captures of `scraped-2018-2026` and the five seeds; the labelling rule is in that folder's README). Never
 * tuned on. Each file is extracted as the build does (front matter over the page); body by the benchmark's 4-token
 * shingle metric (`extraction-dev.ts`), title, date and author by exact match after white space is squeezed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { applyFrontMatterFields, settingsFor } from '../analyze/front-matter.ts';
import { makeFieldsSafe } from '../analyze/safe-fields.ts';
import { REPO_ROOT } from '../build/index.ts';
import { extractArticle } from '../extract/index.ts';
import { isRejection, readArticle } from '../read/index.ts';
import type { DatePrecision } from '../types.ts';
import { averageScores, shingleScore } from './extraction-dev.ts';
import { SHARED_CORPUS } from './labelled-set.ts';

const CAPTURE_LABELS_FILE = path.join(REPO_ROOT, 'tests', 'quality', 'extraction', 'capture-labels.json');

/** A stretch of a file's lines: the first and the last, counted from 1. */
export type Stretch = [first: number, last: number];

/** One file's labels. Line numbers count from 1 in the file, both ends of a stretch included. */
export interface CaptureLabel {
  /** The stretches of lines that are the article's text. */
  article: Stretch[];
  /**
   * The article's own captions, credits, pull quotes and notes about the story: not its text, so not in the body's
   * truth, but not another page's debris either (a tag may come from them).
   */
  captionsAndCredits?: Stretch[];
  /** The headline as the page prints it. */
  title: string;
  /** The publication date (YYYY-MM-DD), null when neither the page nor its source's metadata gives one. */
  date: string | null;
  datePrecision: DatePrecision | null;
  /** Where the date was read: "page" (its visible text) or "front matter" (the source's own metadata). */
  dateFrom?: string;
  /** The byline's name as printed, null when the page prints none. */
  author: string | null;
  note?: string;
}

/** The labelled groups: each folder's files, keyed by file name. */
export type CaptureLabels = Record<'scraped-2018-2026' | 'seeds', Record<string, CaptureLabel>>;

export function loadCaptureLabels(): CaptureLabels {
  return JSON.parse(readFileSync(CAPTURE_LABELS_FILE, 'utf8')) as CaptureLabels;
}

/**
 * Where each group's files are. The captures are read beside the repo (all 44); when that folder is missing, from
 * the copies in the repo's fixtures, which hold only some of them. The seeds' fixtures are byte-for-byte copies.
 */
const CAPTURE_FOLDERS: Record<keyof CaptureLabels, string[]> = {
  'scraped-2018-2026': [
    path.join(SHARED_CORPUS, 'scraped-2018-2026'),
    path.join(REPO_ROOT, 'tests', 'fixtures', 'corpus', 'scraped-2018-2026'),
  ],
  seeds: [path.join(REPO_ROOT, 'tests', 'fixtures', 'seeds')],
};

/** The origin a file is counted under: its name's prefix ("cnn2024", "scrape2026"), the White House years together. */
function originOf(group: keyof CaptureLabels, file: string): string {
  if (group === 'seeds') return 'seeds';
  const prefix = file.split('-')[0]!;
  return /^wh20\d\d$/.test(prefix) ? 'wh20xx' : prefix;
}

/** A labelled file found on disk. */
export interface LabelledCapture {
  file: string;
  origin: string;
  path: string;
  label: CaptureLabel;
}

/** The labelled files that can be read here, and how many labelled ones could not be found. */
export function labelledCaptures(): { found: LabelledCapture[]; missing: number } {
  const labels = loadCaptureLabels();
  const found: LabelledCapture[] = [];
  let missing = 0;
  for (const group of Object.keys(labels) as Array<keyof CaptureLabels>) {
    const folder = CAPTURE_FOLDERS[group].find((dir) => existsSync(dir)) ?? '';
    for (const [file, label] of Object.entries(labels[group])) {
      const where = path.join(folder, file);
      if (folder && existsSync(where)) found.push({ file, origin: originOf(group, file), path: where, label });
      else missing++;
    }
  }
  return { found, missing };
}

/** One file's result. */
export interface CaptureResult {
  file: string;
  origin: string;
  precision: number;
  recall: number;
  titleRight: boolean;
  /** Null when the label has no date. */
  dateRight: boolean | null;
  /** True when the label has no date and extraction gave one. */
  datedWrongly: boolean;
  /** Null when the label names no author. */
  authorRight: boolean | null;
  got: { title: string; date: string | null; author: string | null };
  label: CaptureLabel;
}

const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const dateKey = (iso: string | null, precision: string | null) => (iso ? `${iso}/${precision}` : null);

/**
 * A text without Markdown's underscores of emphasis ("_Strategic", "__Callum Fraser__"), which the
 * benchmark's tokens would count as part of a word: on both sides, so a Markdown file's labelled lines and its
 * extracted text compare by their words.
 */
const withoutEmphasis = (text: string) => text.replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, ' ');

/** A file's lines in the given stretches, in order. */
export function linesIn(lines: string[], stretches: Stretch[] = []): string[] {
  return stretches.flatMap(([first, last]) => lines.slice(first - 1, last));
}

/** Extracts one labelled file as the build does (no retrieval date known) and scores it against its labels. */
export function scoreCapture(capture: LabelledCapture): CaptureResult {
  const bytes = readFileSync(capture.path);
  const raw = readArticle(capture.file, bytes);
  if (isRejection(raw)) throw new Error(`${capture.file}: ${raw.reason}`);
  // As the build's extract step: the page's fields, the front matter's laid over them.
  const settings = settingsFor(raw.frontMatter, { retrieved: null });
  const article = makeFieldsSafe(applyFrontMatterFields(extractArticle(raw, settings), raw.frontMatter));
  const { label } = capture;
  const truth = linesIn(bytes.toString('utf8').split('\n'), label.article).join('\n');
  const score = shingleScore(withoutEmphasis(article.text), withoutEmphasis(truth));
  const gotDate = dateKey(article.date?.iso ?? null, article.date?.precision ?? null);
  return {
    file: capture.file,
    origin: capture.origin,
    ...score,
    titleRight: squeeze(article.title) === squeeze(label.title),
    dateRight: label.date === null ? null : gotDate === dateKey(label.date, label.datePrecision),
    datedWrongly: label.date === null && gotDate !== null,
    authorRight: label.author === null ? null : squeeze(article.author) === squeeze(label.author),
    got: { title: article.title, date: gotDate, author: article.author },
    label,
  };
}

/** Figures over a group of files. */
export interface CaptureScores {
  files: number;
  precision: number;
  recall: number;
  f1: number;
  title: number;
  /** Over the files whose label has a date; how many of those without one were given a date. */
  dated: number;
  date: number;
  datedWrongly: number;
  /** Over the files whose label names an author. */
  authored: number;
  author: number;
}

export function summariseCaptures(results: CaptureResult[]): CaptureScores {
  const share = (flags: boolean[]) => flags.filter(Boolean).length / (flags.length || 1);
  const dated = results.filter((r) => r.dateRight !== null);
  const authored = results.filter((r) => r.authorRight !== null);
  return {
    files: results.length,
    ...averageScores(results),
    title: share(results.map((r) => r.titleRight)),
    dated: dated.length,
    date: share(dated.map((r) => r.dateRight!)),
    datedWrongly: results.filter((r) => r.datedWrongly).length,
    authored: authored.length,
    author: share(authored.map((r) => r.authorRight!)),
  };
}

/** Every labelled file found here, scored. */
export function scoreCaptures(): { results: CaptureResult[]; missing: number } {
  const { found, missing } = labelledCaptures();
  return { results: found.map(scoreCapture), missing };
}
