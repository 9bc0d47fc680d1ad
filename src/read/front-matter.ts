/** Read stage: splits YAML front matter from the body and validates its fields. Pure. */
import { DateTime } from 'luxon';
import { frontMatterLibraries } from '../libraries.ts';
import type { DatePrecision, Diagnostic, FrontMatter, PublicationDate } from '../types.ts';
import { noRepairs, sanitizeText, type Repairs } from './sanitize.ts';

export type SplitResult =
  { ok: true; frontMatter: FrontMatter; body: string; diagnostics: Diagnostic[] } | { ok: false; reason: string };

const DATE_FORMATS: Array<[RegExp, string, DatePrecision]> = [
  [/^\d{4}-\d{2}-\d{2}$/, 'yyyy-MM-dd', 'day'],
  [/^\d{4}-\d{2}$/, 'yyyy-MM', 'month'],
  [/^\d{4}$/, 'yyyy', 'year'],
];

/** Earliest year a date may have: an archive of news has none older, and four-digit years keep every format valid. */
const EARLIEST_YEAR = 1000;

/** The latest year a date may have: next year, for a page dated ahead of the build's clock by a time zone or two. */
function latestYear(): number {
  return new Date().getUTCFullYear() + 1;
}

function withinYears(date: PublicationDate): PublicationDate | null {
  const year = Number(date.iso.slice(0, 4));
  return /^\d{4}-/.test(date.iso) && year >= EARLIEST_YEAR && year <= latestYear() ? date : null;
}

/**
 * Parses a front-matter date: a YAML date, `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or an ISO date-time, of a real day
 * between the years `EARLIEST_YEAR` and next year. Anything else, of any type, is null.
 */
export function parseFrontMatterDate(value: unknown): PublicationDate | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = DateTime.fromJSDate(value, { zone: 'utc' }).toISODate();
    return iso ? withinYears({ iso, precision: 'day' }) : null;
  }
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  for (const [pattern, format, precision] of DATE_FORMATS) {
    if (!pattern.test(text)) continue;
    const parsed = DateTime.fromFormat(text, format, { zone: 'utc' });
    return parsed.isValid ? withinYears({ iso: parsed.toISODate()!, precision }) : null;
  }
  // Longer than any ISO date-time: not worth handing to the parser.
  if (text.length > MAX_DATE_TEXT) return null;
  // YAML's own timestamps may separate the date from the time with a space, as SQL does.
  const iso = DateTime.fromISO(text, { setZone: true }).isValid
    ? DateTime.fromISO(text, { setZone: true })
    : DateTime.fromSQL(text, { setZone: true });
  return iso.isValid ? withinYears({ iso: iso.toISODate()!, precision: 'day' }) : null;
}

/** Longest text read as an ISO date-time ("2024-06-20T09:15:00.000+02:00" is 29). */
const MAX_DATE_TEXT = 40;

/** Characters of a front-matter value quoted in a warning. */
const QUOTED_CHARS = 40;

/**
 * A front-matter value as a warning shows it: text cut to its first characters, other types named, never expanded
 * (a YAML alias bomb is a small text that parses to a list of billions of items).
 */
function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > QUOTED_CHARS ? `${value.slice(0, QUOTED_CHARS)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return 'a date-time';
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'null' : 'a set of fields';
}

function warn(code: string, message: string): Diagnostic {
  return { level: 'warning', stage: 'read', code, message };
}

function stringField(data: Record<string, unknown>, key: string, out: Diagnostic[], repairs: Repairs) {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.trim()) return sanitizeText(value, repairs).trim() || undefined;
  if (typeof value === 'number') return String(value);
  out.push(warn('front-matter-type', `front matter "${key}" should be text, not ${describeValue(value)}; ignored`));
  return undefined;
}

function listField(data: Record<string, unknown>, key: string, out: Diagnostic[], repairs: Repairs) {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : null;
  if (!items || items.some((item) => typeof item !== 'string')) {
    out.push(warn('front-matter-type', `front matter "${key}" should be a list of text; ignored`));
    return undefined;
  }
  return (items as string[]).map((item) => sanitizeText(item, repairs).trim()).filter(Boolean);
}

/** Front matter keys that give the original's address, first found first. */
const ADDRESS_KEYS = ['source_url', 'url', 'canonical', 'canonical_url'] as const;

/**
 * The original's address, from the first key holding an http(s) address. A site-relative `url` ("/2024/06/post/",
 * as Jekyll writes) is the republisher's own page, not the original: passed over without a word.
 */
function addressField(data: Record<string, unknown>, out: Diagnostic[], repairs: Repairs): string | undefined {
  for (const key of ADDRESS_KEYS) {
    const value = stringField(data, key, out, repairs);
    if (value && /^https?:\/\/[^\s/]+/i.test(value) && URL.canParse(value)) return value;
  }
  return undefined;
}

/** A date field, or a warning that quotes a bounded part of what it holds. */
function dateField(data: Record<string, unknown>, key: string, out: Diagnostic[]): PublicationDate | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  const date = parseFrontMatterDate(value);
  if (!date) {
    const wanted = `a real date between the years ${EARLIEST_YEAR} and ${latestYear()}`;
    out.push(warn('front-matter-date', `front matter "${key}" (${describeValue(value)}) is not ${wanted}; ignored`));
  }
  return date ?? undefined;
}

/**
 * True when the front matter is a crawler's header, not an archivist's: a `source` that is the page's address beside a
 * `word_count`, which a crawler counts and a person does not write ("source: https://www.bbc.com/news/…", "word_count:
 * 2013"). Its `title` is the page's `<title>` with the site's name ("… - BBC News"), and its `date` the crawler's
 * guess: "unknown", or a day that is not the publication's (2025-02-28 for an interview of February 2026: the day of
 * the meeting at the White House that its text recalls as "a year ago").
 */
function crawlerHeader(data: Record<string, unknown>): boolean {
  return typeof data.source === 'string' && /^https?:\/\/[^\s/]+/i.test(data.source.trim()) && 'word_count' in data;
}

/**
 * Validates parsed front matter: fields of the wrong type are dropped with a warning, never fatal. Text values are
 * made safe (`sanitize.ts`), what was repaired added to `repairs`. A crawler's header (`crawlerHeader`) gives the
 * page's `<title>` (`pageTitle`, not the title) and its address; its date is not read.
 */
function validateFrontMatter(
  data: Record<string, unknown>,
  repairs: Repairs,
): { frontMatter: FrontMatter; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const frontMatter: FrontMatter = {};
  const crawled = crawlerHeader(data);
  for (const key of ['title', 'author', 'source'] as const) {
    const value = stringField(data, key, diagnostics, repairs);
    if (value) frontMatter[crawled && key === 'title' ? 'pageTitle' : key] = value;
  }
  const sourceUrl = addressField(data, diagnostics, repairs) ?? (crawled ? frontMatter.source : undefined);
  if (sourceUrl) frontMatter.sourceUrl = sourceUrl;
  const date = crawled ? undefined : dateField(data, 'date', diagnostics);
  if (date) frontMatter.date = date;
  const retrieved = dateField(data, 'retrieved', diagnostics);
  if (retrieved) frontMatter.retrieved = retrieved.iso;
  for (const key of ['countries', 'actors', 'topics'] as const) {
    const value = listField(data, key, diagnostics, repairs);
    if (value) frontMatter[key] = value;
  }
  return { frontMatter, diagnostics };
}

/**
 * YAML's core schema, where dates stay text (the default YAML 1.1 schema reads "0001-01-01" as the year 1901, as
 * JavaScript dates take years below 100), read by js-yaml as the taxonomy is: it reads a long double-quoted value in
 * time that grows with its length, where the `yaml` package's grew faster (a 2 MB title took 30 times as long as a
 * 200 KB one). An unknown tag such as `!!js/function` or a repeated key is an error: a front matter that is not
 * plain data is not one. At most `MAX_ALIASES` aliases to lists and maps (a few lines of aliases to aliases stand
 * for billions of values, which whatever walks the fields would expand).
 */
function parseYaml(source: string): object {
  const { yaml } = frontMatterLibraries();
  const data: unknown = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  if (collectionAliases(data) > MAX_ALIASES) throw new Error(`more than ${MAX_ALIASES} aliases`);
  // gray-matter's type says object; a list or a single value is refused after it, as not a set of fields.
  return data as object;
}

/** Aliases allowed in one front matter: an article's metadata needs none, a hand-written one may repeat a list. */
const MAX_ALIASES = 20;

/**
 * How many times a list or map is reached again after the first: js-yaml gives an alias the very value its anchor
 * names, so each is one alias. Each value is walked once; the walk stops past `MAX_ALIASES`.
 */
function collectionAliases(root: unknown): number {
  const seen = new Set<object>();
  const pending: unknown[] = [root];
  let aliases = 0;
  while (pending.length > 0 && aliases <= MAX_ALIASES) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (seen.has(value)) {
      aliases++;
      continue;
    }
    seen.add(value);
    for (const item of Object.values(value)) pending.push(item);
  }
  return aliases;
}

/** The line that opens front matter: "---" alone. */
const OPENS_FRONT_MATTER = /^---[ \t]*\n/;

/**
 * The fields of a text's front matter as written, or null when it opens none. Only YAML, read as plain data by
 * `parseYaml`: gray-matter on its own would run the code of a front matter that opens with "---js" (its JavaScript
 * engine evaluates it), so a text opens front matter only with a line of "---" alone. Throws when it is not valid
 * YAML; the fields are not validated.
 */
export function parseFrontMatter(text: string): { data: unknown; content: string } | null {
  if (!OPENS_FRONT_MATTER.test(text)) return null;
  // A fresh options object each call: gray-matter caches results by input otherwise.
  const { data, content } = frontMatterLibraries().matter(text, { engines: { yaml: parseYaml } });
  return { data, content };
}

/** Splits and validates front matter. A file that opens front matter but breaks it is not an article. */
export function splitFrontMatter(text: string, repairs: Repairs = noRepairs()): SplitResult {
  if (!OPENS_FRONT_MATTER.test(text)) return { ok: true, frontMatter: {}, body: text, diagnostics: [] };
  if (!/\n---[ \t]*(\n|$)/.test(text)) return { ok: false, reason: 'front matter opened with "---" is never closed' };
  let parsed: { data: unknown; content: string };
  try {
    parsed = parseFrontMatter(text)!;
  } catch (error) {
    return {
      ok: false,
      reason: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]!.slice(0, 200)}`,
    };
  }
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: 'front matter is not a set of fields' };
  }
  const { frontMatter, diagnostics } = validateFrontMatter(data as Record<string, unknown>, repairs);
  return { ok: true, frontMatter, body: parsed.content.replace(/^\n+/, ''), diagnostics };
}
