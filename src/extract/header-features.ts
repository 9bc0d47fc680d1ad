/**
 * Extract stage: the dates and names that may give a raw page's date and author, and what the header model
 * (`header-model.ts`) reads of each: where its line stands against the headline and the text's first line, its shape,
 * the cue words on it ("Published", "Updated", "By"), its neighbours, how it compares with the other candidates, and
 * whether the rules chose it. Pure.
 */
import type { LabelledLine } from './classify-lines.ts';
import type { FoundDate } from './date.ts';

/** The date features' names, in the order of the vector each candidate carries and of the model's weights. */
export const DATE_FEATURES = [
  "the rules' choice",
  'outside the header',
  'above the headline',
  'lines below the headline',
  "lines above the text's first line",
  'labelled as an update',
  'labelled as published or posted',
  'on a byline',
  'words of its line',
  'a day, not a month or a year',
  "the header's first date",
  'the earliest day of the candidates',
  'the latest day of the candidates',
  'a day another candidate gives too',
  'a time beside it',
  'a byline within two lines',
] as const;

/** The author features' names, in the order of the vector each candidate carries and of the model's weights. */
export const BYLINE_FEATURES = [
  "the rules' choice",
  'outside the header',
  'above the headline',
  'lines below the headline',
  "lines above the text's first line",
  'opens with "By" or "Author"',
  'classed as a byline',
  "a wire agency's name",
  'words of the name',
  "the name's share of its line's words",
  'a dateline within two lines',
  "the header's first name",
  'written in capitals',
  'a name another candidate gives too',
] as const;

/** A line of the header, or a date or name the rules found elsewhere, that may give the article's date or author. */
export interface HeaderCandidate<T> {
  /** The date found or the name read. */
  value: T;
  /** Its line's index in the page's lines, or -1 when the rules found it outside the lines (a wire dateline's year). */
  index: number;
  rules: boolean;
  features: number[];
}

/** Where the candidates stand: the headline's line (-1 when none), the text's first line, the header's lines. */
export interface HeaderContext {
  lines: LabelledLine[];
  titleIndex: number;
  textStart: number;
  /** True for a line of the header zone (from the last furniture above the headline to a few lines below it). */
  inHeader: (index: number) => boolean;
  isDateLine: (line: LabelledLine) => boolean;
}

/** A line's place against the headline and the text, for both kinds of candidate. */
function placeFeatures(index: number, context: HeaderContext): number[] {
  const { titleIndex, textStart } = context;
  if (index < 0 || !context.inHeader(index)) return [1, 0, 0, 0];
  return [
    0,
    titleIndex >= 0 && index < titleIndex ? 1 : 0,
    Math.log1p(titleIndex >= 0 ? Math.max(0, index - titleIndex) : 0),
    Math.log1p(Math.max(0, textStart - index)),
  ];
}

/** True when a line within two lines of `index` satisfies `test`. */
function near(lines: LabelledLine[], index: number, test: (line: LabelledLine) => boolean): boolean {
  if (index < 0) return false;
  for (let i = Math.max(0, index - 2); i <= Math.min(lines.length - 1, index + 2); i++)
    if (i !== index && test(lines[i]!)) return true;
  return false;
}

const PUBLISHED_CUE =
  /\b(?:published|posted|publicad[oa]|pubblicat[oa]|publiée?|veröffentlicht)\b|^(?:(?:written|posted)\s+)?by\b/i;
const TIME = /\b\d{1,2}[:.]\d{2}\b/;

/** How many of `values` are each value. */
function counts(values: string[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const value of values) seen.set(value, (seen.get(value) ?? 0) + 1);
  return seen;
}

/** The date candidates, their features read against `context` and each other, in the order given (page order). */
export function dateCandidates(
  found: Array<{ value: FoundDate & { date: NonNullable<FoundDate['date']> }; index: number; rules: boolean }>,
  context: HeaderContext,
): Array<HeaderCandidate<FoundDate>> {
  const { lines } = context;
  const days = found.map((c) => c.value.date.iso);
  const dayCounts = counts(days);
  const earliest = days.reduce((a, b) => (b < a ? b : a), days[0] ?? '');
  const latest = days.reduce((a, b) => (b > a ? b : a), days[0] ?? '');
  const firstInHeader = found.findIndex((c) => c.index >= 0 && context.inHeader(c.index));
  return found.map((c, k) => {
    const line = c.index >= 0 ? lines[c.index]! : null;
    const text = line?.text ?? c.value.text;
    return {
      ...c,
      features: [
        c.rules ? 1 : 0,
        ...placeFeatures(c.index, context),
        c.value.updated ? 1 : 0,
        PUBLISHED_CUE.test(text) ? 1 : 0,
        line?.kind === 'byline' ? 1 : 0,
        Math.log1p(line?.words ?? 0),
        c.value.date.precision === 'day' ? 1 : 0,
        k === firstInHeader ? 1 : 0,
        days[k] === earliest ? 1 : 0,
        days[k] === latest ? 1 : 0,
        dayCounts.get(days[k]!)! > 1 ? 1 : 0,
        TIME.test(text) ? 1 : 0,
        near(lines, c.index, (l) => l.kind === 'byline') ? 1 : 0,
      ],
    };
  });
}

const BY_CUE = /^(?:(?:written|posted|words|story|text|reported)\s+)?by\b|^authors?\b/i;
const CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The author candidates, their features read against `context` and each other, in the order given (page order). */
export function bylineCandidates(
  found: Array<{ value: string; index: number; rules: boolean }>,
  context: HeaderContext,
  isAgency: (name: string) => boolean,
): Array<HeaderCandidate<string>> {
  const { lines } = context;
  const names = found.map((c) => c.value.toLowerCase());
  const nameCounts = counts(names);
  const firstInHeader = found.findIndex((c) => c.index >= 0 && context.inHeader(c.index));
  return found.map((c, k) => {
    const line = c.index >= 0 ? lines[c.index]! : null;
    const nameWords = wordsOf(c.value);
    return {
      ...c,
      features: [
        c.rules ? 1 : 0,
        ...placeFeatures(c.index, context),
        line && BY_CUE.test(line.text) ? 1 : 0,
        line?.kind === 'byline' ? 1 : 0,
        isAgency(c.value) ? 1 : 0,
        Math.log1p(nameWords),
        line ? Math.min(1, nameWords / Math.max(1, line.words)) : 1,
        near(lines, c.index, context.isDateLine) ? 1 : 0,
        k === firstInHeader ? 1 : 0,
        CAPITALS.test(c.value) ? 1 : 0,
        nameCounts.get(names[k]!)! > 1 ? 1 : 0,
      ],
    };
  });
}
