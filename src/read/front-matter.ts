/** Read stage: splits YAML front matter from the body and validates its fields. Pure. */
import matter from 'gray-matter';
import { DateTime } from 'luxon';
import type { DatePrecision, Diagnostic, FrontMatter, PublicationDate } from '../types.ts';

export type SplitResult =
  { ok: true; frontMatter: FrontMatter; body: string; diagnostics: Diagnostic[] } | { ok: false; reason: string };

const DATE_FORMATS: Array<[RegExp, string, DatePrecision]> = [
  [/^\d{4}-\d{2}-\d{2}$/, 'yyyy-MM-dd', 'day'],
  [/^\d{4}-\d{2}$/, 'yyyy-MM', 'month'],
  [/^\d{4}$/, 'yyyy', 'year'],
];

/** Parses a front-matter date: a YAML date, `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or an ISO date-time. */
export function parseFrontMatterDate(value: unknown): PublicationDate | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { iso: DateTime.fromJSDate(value, { zone: 'utc' }).toISODate()!, precision: 'day' };
  }
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  for (const [pattern, format, precision] of DATE_FORMATS) {
    if (!pattern.test(text)) continue;
    const parsed = DateTime.fromFormat(text, format, { zone: 'utc' });
    return parsed.isValid ? { iso: parsed.toISODate()!, precision } : null;
  }
  const iso = DateTime.fromISO(text, { setZone: true });
  return iso.isValid ? { iso: iso.toISODate()!, precision: 'day' } : null;
}

function warn(code: string, message: string): Diagnostic {
  return { level: 'warning', stage: 'read', code, message };
}

function stringField(data: Record<string, unknown>, key: string, out: Diagnostic[]): string | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  out.push(warn('front-matter-type', `front matter "${key}" should be text; ignored`));
  return undefined;
}

function listField(data: Record<string, unknown>, key: string, out: Diagnostic[]): string[] | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : null;
  if (!items || items.some((item) => typeof item !== 'string')) {
    out.push(warn('front-matter-type', `front matter "${key}" should be a list of text; ignored`));
    return undefined;
  }
  return (items as string[]).map((item) => item.trim()).filter(Boolean);
}

/** Validates parsed front matter: fields of the wrong type are dropped with a warning, never fatal. */
export function validateFrontMatter(data: Record<string, unknown>): {
  frontMatter: FrontMatter;
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const frontMatter: FrontMatter = {};
  const title = stringField(data, 'title', diagnostics);
  if (title) frontMatter.title = title;
  if (data.date !== undefined && data.date !== null) {
    const date = parseFrontMatterDate(data.date);
    if (date) frontMatter.date = date;
    else
      diagnostics.push(
        warn('front-matter-date', `front matter "date" (${JSON.stringify(String(data.date))}) is not a date; ignored`),
      );
  }
  for (const key of ['author', 'source'] as const) {
    const value = stringField(data, key, diagnostics);
    if (value) frontMatter[key] = value;
  }
  if (data.retrieved !== undefined && data.retrieved !== null) {
    const retrieved = parseFrontMatterDate(data.retrieved);
    if (retrieved) frontMatter.retrieved = retrieved.iso;
    else diagnostics.push(warn('front-matter-date', 'front matter "retrieved" is not a date; ignored'));
  }
  for (const key of ['countries', 'actors', 'topics'] as const) {
    const value = listField(data, key, diagnostics);
    if (value) frontMatter[key] = value;
  }
  return { frontMatter, diagnostics };
}

/** Splits and validates front matter. A file that opens front matter but breaks it is not an article. */
export function splitFrontMatter(text: string): SplitResult {
  if (!/^---[ \t]*\n/.test(text)) return { ok: true, frontMatter: {}, body: text, diagnostics: [] };
  if (!/\n---[ \t]*(\n|$)/.test(text)) return { ok: false, reason: 'front matter opened with "---" is never closed' };
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object each call: gray-matter caches results by input otherwise.
    parsed = matter(text, {});
  } catch (error) {
    return { ok: false, reason: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: 'front matter is not a set of fields' };
  }
  const { frontMatter, diagnostics } = validateFrontMatter(data as Record<string, unknown>);
  return { ok: true, frontMatter, body: parsed.content.replace(/^\n+/, ''), diagnostics };
}
