/**
 * Quality: the extraction dev set, 97 real web pages with the article body a person marked (Zyte's
 * article-extraction-benchmark, development half, in `../shared/extraction-dev/`, never copied into the repository):
 * loading it, its fixed split into folds and a held-out part, the raw text dump a scraper makes of each page, and
 * the benchmark's metric.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DateTime } from 'luxon';
import { REPO_ROOT } from '../build/index.ts';
import { readPageMetadata } from '../extract/html-metadata.ts';
import { htmlLibraries } from '../libraries.ts';
import { isRejection, readArticle } from '../read/index.ts';
import type { PublicationDate } from '../types.ts';

const EXTRACTION_DEV_DIR = path.join(REPO_ROOT, '..', 'shared', 'extraction-dev');

/** The seed of the split, fixed before any tuning on the set; changing it would change what "held out" means. */
export const EXTRACTION_SPLIT_SEED = 'extraction-dev-split-v1';
/** Folds of the tuning part, for cross-validation. */
export const EXTRACTION_FOLDS = 5;
/** Share of the pages held out (by the first byte of their hash): about a quarter, never read while tuning. */
const HELD_OUT_BYTE = 64;

/** One page of the set. */
export interface DevPage {
  key: string;
  url: string;
  /** The page's HTML, decoded as the read stage decodes a saved page. */
  html: string;
  /** The article body a person marked. */
  truth: string;
  /** The page's title and date from its own markup (JSON-LD, Open Graph, article meta), the truth for its dump. */
  markupTitle: string | null;
  markupDate: PublicationDate | null;
  /** The author the markup names, as `bylineName` reads it ("By Sandee LaMotte, CNN" → Sandee LaMotte), or null. */
  author: string | null;
  /** Every title counted right for the dump (`headlinesOf`) and every day counted right (`publicationDays`). */
  titles: string[];
  days: string[];
  /** Fold of the tuning part (0 … EXTRACTION_FOLDS − 1), or null for a held-out page. */
  fold: number | null;
}

/** Entities left in a title by markup that escaped it twice ("&#8211;", "&nbsp;"), decoded. */
function decodeLeftEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', nbsp: ' ', quot: '"', apos: "'", lt: '<', gt: '>' };
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : (named[name!.toLowerCase()] ?? whole),
  );
}

/** Words a site's name may take in a title's end segment ("… | TheHill", "… - The GiveWell Blog"). */
const MAX_SITE_NAME_WORDS = 5;
/** Share of the markup title's words a `<h1>` must share to count as the same headline worded for the page. */
const MIN_SHARED_WORDS = 0.5;

/**
 * The titles a dump's headline is right to match: the markup's title (its left entities decoded), that title
 * without a site name or section at either end ("Opinion | …", "… | TheHill"), and each `<h1>` of the page that
 * shares at least half its words with the markup's title, the headline as the page itself shows it.
 */
export function headlinesOf(markupTitle: string, h1s: string[]): string[] {
  const squeeze = (t: string) => t.replace(/\s+/g, ' ').trim();
  const title = squeeze(decodeLeftEntities(markupTitle));
  const titles = new Set([title]);
  const parts = title.split(/ [|–—-] | :: /);
  // An end segment is a site's name or a section when it is short and the rest says more.
  const words = (list: string[]) => wordTokens(list.join(' ')).length;
  for (const [end, rest] of [
    [parts.slice(-1), parts.slice(0, -1)],
    [parts.slice(0, 1), parts.slice(1)],
  ])
    if (rest!.length && words(end!) <= MAX_SITE_NAME_WORDS && words(end!) < words(rest!)) titles.add(rest!.join(' | '));
  const titleWords = new Set(wordTokens(title.toLowerCase()));
  for (const h1 of h1s.map(squeeze)) {
    const shared = wordTokens(h1.toLowerCase()).filter((w) => titleWords.has(w)).length;
    if (shared >= titleWords.size * MIN_SHARED_WORDS) titles.add(h1);
  }
  return [...titles].filter(Boolean);
}

/**
 * The name of a markup's author as a byline prints it: without a leading "By", and cut before what some pages put
 * after the name in the same field, a role or site after a comma or a full stop ("By ROBERT BURNS, AP National
 * Security Writer", "Finian Cunningham. Sputnik International"), a handle or a date ("by Bryan DeArdo @BryanDeArdo
 * Nov 18, 2019"); empty when nothing is left.
 */
export function bylineName(markupAuthor: string): string | null {
  const name = markupAuthor
    .replace(/^by:?\s+/i, '')
    .split(/,\s|\.\s|\s@|\s[-–—|]\s|\s\p{Lu}\p{Ll}{2}\.?\s\d/u)[0]!
    .replace(/\s+/g, ' ')
    .trim();
  return name || null;
}

/** Hours either side of UTC that places' clocks stand at: the day a page shows may be the instant's day there. */
const ZONE_HOURS = [-12, 14];

/**
 * The days a dump's date is right to match: the markup's day, and when the markup gives a time, the day of that
 * instant in any time zone (a page stamped 04:31 UTC shows the day before to its readers in Chicago).
 */
export function publicationDays(date: PublicationDate, dateText: string | null): string[] {
  const days = new Set([date.iso]);
  const instant = dateText && /T\d\d:\d\d/.test(dateText) ? DateTime.fromISO(dateText, { setZone: true }) : null;
  if (instant?.isValid && /(?:Z|[+-]\d\d:?\d\d)$/.test(dateText!))
    for (const hours of ZONE_HOURS) days.add(instant.toUTC().plus({ hours }).toISODate()!);
  return [...days];
}

/** Where a page falls: the held-out part or one fold of the tuning part, from a seeded hash of its key. */
export function foldOf(key: string): number | null {
  const digest = createHash('sha256').update(`${EXTRACTION_SPLIT_SEED}:${key}`).digest();
  return digest[0]! < HELD_OUT_BYTE ? null : digest[1]! % EXTRACTION_FOLDS;
}

/** True when the dev set is beside the repository. */
export function extractionDevAvailable(): boolean {
  return existsSync(path.join(EXTRACTION_DEV_DIR, 'ground-truth.json'));
}

/** Every page of the set, in key order. */
export function loadDevPages(): DevPage[] {
  const truth = JSON.parse(readFileSync(path.join(EXTRACTION_DEV_DIR, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string; articleBody: string }
  >;
  return Object.keys(truth)
    .sort()
    .map((key) => {
      const bytes = gunzipSync(readFileSync(path.join(EXTRACTION_DEV_DIR, 'html', `${key}.html.gz`)));
      const raw = readArticle(`${key}.html`, bytes);
      if (isRejection(raw)) throw new Error(`${key}: ${raw.reason}`);
      const doc = htmlLibraries().parseHTML(raw.body).document as unknown as Document;
      const meta = readPageMetadata(doc);
      return {
        key,
        url: truth[key]!.url,
        html: raw.body,
        truth: truth[key]!.articleBody,
        markupTitle: meta.title,
        markupDate: meta.date,
        author: meta.author ? bylineName(meta.author) : null,
        titles: meta.title
          ? headlinesOf(
              meta.title,
              [...doc.querySelectorAll('h1')].map((h) => h.textContent ?? ''),
            )
          : [],
        days: meta.date ? publicationDays(meta.date, meta.dateText) : [],
        fold: foldOf(key),
      };
    });
}

/** Elements a scraper ends a line after, as the set's SOURCE.md lists them. */
const DUMP_BLOCK = new Set(
  `P DIV LI H1 H2 H3 H4 H5 H6 BR TR TD TH TABLE THEAD TBODY UL OL DL DT DD HEADER FOOTER NAV ASIDE SECTION ARTICLE MAIN
  BLOCKQUOTE PRE FIGURE FIGCAPTION FORM FIELDSET ADDRESS HR TITLE BODY HTML`.split(/\s+/),
);
const DUMP_HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);

/**
 * The raw text dump a scraper makes of a page: its `<title>` first, then one line per block element, inline text
 * glued to its neighbours, scripts and styles dropped, white space collapsed, empty lines dropped.
 */
export function rawTextDump(html: string): string {
  const doc = htmlLibraries().parseHTML(html).document as unknown as Document;
  const parts: string[] = [doc.title ?? '', '\n'];
  const pending: Array<Node | '\n'> = doc.body ? [doc.body] : [];
  while (pending.length) {
    const node = pending.pop()!;
    if (node === '\n') parts.push(node);
    else if (node.nodeType === 3) parts.push(node.textContent ?? '');
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (DUMP_HIDDEN.has(tag)) continue;
      if (DUMP_BLOCK.has(tag)) pending.push('\n');
      const children = [...node.childNodes];
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
      if (DUMP_BLOCK.has(tag)) pending.push('\n');
    }
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Word tokens as the benchmark splits them (Unicode `\w+` runs). */
function wordTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
}

/** The 4-token shingles of a text, counted; a text under 4 tokens is one shingle. */
function shingleCounts(text: string): Map<string, number> {
  const tokens = wordTokens(text);
  const counts = new Map<string, number>();
  const add = (s: string) => counts.set(s, (counts.get(s) ?? 0) + 1);
  if (tokens.length < 4) add(tokens.join(' '));
  for (let i = 0; i + 4 <= tokens.length; i++) add(tokens.slice(i, i + 4).join(' '));
  return counts;
}

/** One page's shingle precision and recall, as the benchmark defines them. */
export function shingleScore(extracted: string, truth: string): { precision: number; recall: number } {
  const got = shingleCounts(extracted);
  const want = shingleCounts(truth);
  let tp = 0;
  let gotTotal = 0;
  let wantTotal = 0;
  for (const [s, n] of got) {
    gotTotal += n;
    tp += Math.min(n, want.get(s) ?? 0);
  }
  for (const n of want.values()) wantTotal += n;
  const [fp, fn] = [gotTotal - tp, wantTotal - tp];
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  if (tp === 0) return { precision: 0, recall: 0 };
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

/** Per-page precision and recall averaged over pages, and F1 from the two averages. */
export function averageScores(pages: Array<{ precision: number; recall: number }>): {
  precision: number;
  recall: number;
  f1: number;
} {
  const n = pages.length || 1;
  const precision = pages.reduce((s, p) => s + p.precision, 0) / n;
  const recall = pages.reduce((s, p) => s + p.recall, 0) / n;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** A text's tokens, lower-cased, joined with a space at each end, for finding a line's tokens inside it. */
export function tokenString(text: string): string {
  return ` ${wordTokens(text.toLowerCase()).join(' ')} `;
}

/**
 * Whether a dump line belongs to a text (the marked body, or what an extractor kept): its tokens appear in a row
 * inside the text's tokens. A line with no word token belongs to nothing.
 */
function lineWithin(line: string, text: string): boolean {
  const tokens = wordTokens(line.toLowerCase());
  return tokens.length > 0 && text.includes(` ${tokens.join(' ')} `);
}

/** Fewest tokens for a line to be matched on its own; a shorter line ("World", "Share") is matched by its neighbours. */
const MATCHABLE_TOKENS = 4;

/**
 * Which of a page's dump lines lie within `text` (the marked body, or what an extractor kept): a line of four tokens
 * or more when its tokens appear in a row inside the text; a shorter one only when it does and the nearest longer
 * lines above and below it lie within too, so a menu item whose word the article happens to use is not counted.
 */
export function linesWithin(lines: string[], text: string): boolean[] {
  const within = tokenString(text);
  const long = lines.map((line) => wordTokens(line).length >= MATCHABLE_TOKENS);
  const found = lines.map((line) => lineWithin(line, within));
  const nearestLong = (from: number, step: 1 | -1): boolean => {
    for (let i = from + step; i >= 0 && i < lines.length; i += step) if (long[i]) return found[i]!;
    return false;
  };
  return lines.map((_, i) => found[i]! && (long[i]! || (nearestLong(i, -1) && nearestLong(i, 1))));
}
