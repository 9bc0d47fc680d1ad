/** Extract stage: the publication date written in a page's header or byline. Pure. */
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import type { DatePrecision, PublicationDate } from '../types.ts';

export interface FoundDate {
  date: PublicationDate | null;
  /** The date as written. */
  text: string;
}

const RELATIVE = /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(second|minute|hour|day|week|month|year)s?\s+ago\b|\b(yesterday|today|last (week|month|year))\b/i;
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const LABEL = /^(published|updated|posted|last updated|date)\s*:?\s*/i;

function precisionOf(component: chrono.ParsedComponents): DatePrecision | null {
  if (!component.isCertain('year')) return null;
  if (component.isCertain('day')) return 'day';
  if (component.isCertain('month')) return 'month';
  return 'year';
}

function toPublicationDate(year: number, month: number, day: number, precision: DatePrecision): PublicationDate | null {
  const dt = DateTime.utc(year, precision === 'year' ? 1 : month, precision === 'day' ? day : 1);
  return dt.isValid ? { iso: dt.toISODate()!, precision } : null;
}

/**
 * Finds a publication date in one header or byline line. The date must make up most of the line, or follow a
 * label such as "Published", so that a sentence that merely mentions a date is not taken for a dateline.
 * Relative forms ("2 years ago") resolve only against `retrieved`; otherwise they are returned undated.
 */
export function findDateInLine(line: string, retrieved: string | null): FoundDate | null {
  const labelled = LABEL.test(line);
  const rest = line.replace(LABEL, '');
  const relative = RELATIVE.exec(rest);
  if (relative) {
    if (!retrieved) return { date: null, text: relative[0] };
    const reference = DateTime.fromISO(retrieved, { zone: 'utc' });
    const [parsed] = chrono.parse(relative[0], { instant: reference.toJSDate(), timezone: 0 });
    if (!parsed) return { date: null, text: relative[0] };
    const unit = relative[2]?.toLowerCase() ?? (relative[0].toLowerCase() === 'last year' ? 'year' : relative[0].toLowerCase() === 'last month' ? 'month' : 'day');
    const precision: DatePrecision = unit === 'year' ? 'year' : unit === 'month' || unit === 'week' ? 'month' : 'day';
    const d = DateTime.fromJSDate(parsed.start.date(), { zone: 'utc' });
    return { date: toPublicationDate(d.year, d.month, d.day, precision), text: relative[0] };
  }
  const dotted = DOTTED.exec(rest);
  if (dotted && (labelled || dotted[0].length >= rest.length * 0.6)) {
    const date = toPublicationDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]), 'day');
    if (date) return { date, text: dotted[0] };
  }
  const [result] = chrono.parse(rest, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  if (!result) return null;
  const covers = result.text.length >= rest.replace(/[,•|·]/g, '').trim().length * 0.5;
  if (!labelled && !covers) return null;
  const precision = precisionOf(result.start);
  if (!precision) return null;
  const date = toPublicationDate(result.start.get('year')!, result.start.get('month') ?? 1, result.start.get('day') ?? 1, precision);
  return date ? { date, text: result.text } : null;
}
