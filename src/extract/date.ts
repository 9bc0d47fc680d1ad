/** Extract stage: the publication date written in a page's header or byline. Pure. */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { chrono } from '../libraries.ts';
import { DateTime } from 'luxon';
import type { DatePrecision, PublicationDate } from '../types.ts';

export interface FoundDate {
  date: PublicationDate | null;
  /** The date as written. */
  text: string;
  /** True when a label says it is the day the page was updated ("Updated: …", "Last modified …"). */
  updated?: boolean;
}

/** Longest line, in words, that can be a dateline: anything longer is a sentence that may mention a date. */
const MAX_DATELINE_WORDS = 14;
/** Share of a line (labels and separators aside) a date must cover to make it a dateline; 0.5 lets a time or weekday ride along. */
const MIN_DATE_COVER = 0.5;

/** Cheap pre-check: a line without a digit or a month or relative-date word cannot be a dateline. */
const MAY_HOLD_DATE =
  /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(yesterday|today|ago|last (week|month|year))\b/i;
const RELATIVE =
  /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(second|minute|hour|day|week|month|year)s?\s+ago\b|\b(yesterday|today|last (week|month|year))\b/i;
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
/** A line of dates and their labels alone: "27.02.2026 - Update : 27.02.2026" (published, then updated). */
const DATES_AND_LABELS = /^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}:\d{2}|update[ds]?|published|posted|last|[-–—:|•·,\s])+$/i;
const ISO_DATE = /\b((?:1[89]|20)\d{2})-(\d{2})-(\d{2})\b/;
const SEASON = /\b(spring|summer|autumn|fall|winter)\s+((?:19|20)\d{2})\b/i;
const BARE_YEAR = /^((?:19|20)\d{2})$/;
/**
 * Labels in Portuguese, Spanish, Italian, French and German of a published date and of an update's, with the word
 * for "on" that may follow: "Publicado em 05/10/2018", "Aggiornato il …", "Mis à jour le …".
 */
const FOREIGN_PUBLISHED = 'publicad[oa](?: em| el| en)?|pubblicat[oa](?: il)?|publiée?(?: le)?|veröffentlicht(?: am)?';
const FOREIGN_UPDATED =
  'atualizad[oa](?: em)?|actualizad[oa](?: el)?|aggiornat[oa](?: il)?|mis à jour(?: le)?|aktualisiert(?: am)?';
/** One of those labels: the languages that write the day first ("Publicado em 05/10/2018" is the 5th of October). */
const FOREIGN_LABEL = new RegExp(`(?:^|\\s)(?:${FOREIGN_PUBLISHED}|${FOREIGN_UPDATED})(?=[\\s:]|$)`, 'i');
/** Labels a page puts before a date: "Published:", "Last updated", "Publicado em". */
const DATE_LABELS = `first published|published|updated|posted|last updated|last modified|modified|date|${FOREIGN_PUBLISHED}|${FOREIGN_UPDATED}`;
/** A label saying the date after it is the day of an update, not of publication. */
const UPDATE_LABEL = new RegExp(`^(?:(?:last\\s+)?(?:updated|modified)\\b|(?:${FOREIGN_UPDATED})(?=[\\s:]|$))`, 'i');
/** Labels around a dateline: those, and "From the … issue". */
const LABEL = new RegExp(`^(${DATE_LABELS}|from the)\\s*:?\\s*`, 'i');
/** A date label with no date after it. */
const EMPTY_LABEL = new RegExp(`^(${DATE_LABELS})\\s*:?$`, 'i');
/** A publication date names its year; a day and month alone ("March 7") are a wire dateline, not a date. */
const WRITTEN_YEAR = /\b(?:1[89]|20)\d{2}\b/;
/** A numeric date may write its year in two digits: "11/19/19 06:56 AM EST". */
const NUMERIC_SHORT_YEAR = /^\d{1,2}\/\d{1,2}\/\d{2}\b/;
const SHORT_YEAR_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2}\b/;
/** A time opening a line before its date: "21:17 18.11.2019". */
const LEADING_TIME = /^\d{1,2}:\d{2}\s+/;
/** A label of the published date after an update's on the same line: "Last Updated: … Published: …". */
const PUBLISHED_LABEL = new RegExp(
  `\\s(?:(?:first\\s+)?(?:published|posted)\\b|(?:${FOREIGN_PUBLISHED})(?=[\\s:]))`,
  'i',
);
/** An "Updated" label after the published date on the same line: "Published Nov 20 2019 Updated an hour ago". */
const UPDATED_LABEL = new RegExp(`\\s(?:(?:last\\s+)?(?:updated|modified)\\b|(?:${FOREIGN_UPDATED})(?=[\\s:]))`, 'i');
/**
 * Month names of the languages besides English whose pages the set holds, as their pages abbreviate them (Italian,
 * Portuguese, Spanish, French, German): only a line holding one is read by those languages' parsers.
 */
const FOREIGN_MONTH =
  /(?:^|[\s.,/-])(?:genn?|ene|fev|févr?|mag|maio?|giu|lug|ago|sett?|ott|out|dic|dez|déc|janv|avr|juil|août|märz|mär|jänner|januar|februar|juni|juli|oktober|dezember|marzo|março|mars|abr|aprile|abril|giugno|junho|junio|luglio|julho|julio|agosto|settembre|setembro|septiembre|ottobre|outubro|octubre|dicembre|dezembro|diciembre|gennaio|janeiro|enero|febbraio|fevereiro|febrero|maggio|mayo|novembre|novembro|noviembre)(?=[\s.,/]|$)/i;
/** Strict parsers (full dates only) of those languages, from chrono-node's locales. */
const FOREIGN_PARSERS = [chrono.it.strict, chrono.pt.strict, chrono.es.strict, chrono.fr.strict, chrono.de.strict];
/** A German day before a month's name: "24. September 2018" (read by the German parser). */
const DAY_DOT_MONTH = /\b\d{1,2}\.\s+\p{L}{3}/u;
/** Russian and Ukrainian month stems, as their dates decline them ("24 сентября 2018", "5 березня 2019"). */
const CYRILLIC_MONTH =
  /(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд)/i;
const CYRILLIC_PARSERS = [chrono.ru.strict, chrono.uk.strict];
/**
 * A date written year first as Chinese, Japanese and Korean pages write it: "2018年9月24日", "2018년 9월 24일", and
 * the Korean dotted form with spaces, "2018. 9. 24.".
 */
const YEAR_FIRST_CJK =
  /((?:1[89]|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]|\b((?:1[89]|20)\d{2})\.\s(\d{1,2})\.\s(\d{1,2})\./;
/** Cheap pre-check before chrono: what it finds must name a year, so a line with no such digits holds no date. */
const MAY_HOLD_YEAR = /(?:1[89]|20)\d{2}/;
const FILLER = /\b(issue|edition|at|on|utc|gmt|am|pm)\b|[,•|·:]/gi;

function toPublicationDate(year: number, month: number, day: number, precision: DatePrecision): PublicationDate | null {
  const dt = DateTime.utc(year, precision === 'year' ? 1 : month, precision === 'day' ? day : 1);
  return dt.isValid ? { iso: dt.toISODate()!, precision } : null;
}

function precisionOf(component: ParsedComponents): DatePrecision | null {
  if (!component.isCertain('year')) return null;
  if (component.isCertain('day')) return 'day';
  if (component.isCertain('month')) return 'month';
  return 'year';
}

/** Resolves "2 years ago", "yesterday" against the retrieval date, with the precision the phrase allows. */
function resolveRelative(phrase: string, unit: string | undefined, retrieved: string): PublicationDate | null {
  const reference = DateTime.fromISO(retrieved, { zone: 'utc' });
  const [parsed] = chrono.parse(phrase, { instant: reference.toJSDate(), timezone: 0 });
  if (!parsed) return null;
  const named = unit ?? /(year|month|week)$/i.exec(phrase)?.[1] ?? 'day';
  const lower = named.toLowerCase();
  const precision: DatePrecision = lower === 'year' ? 'year' : lower === 'month' || lower === 'week' ? 'month' : 'day';
  const d = DateTime.fromJSDate(parsed.start.date(), { zone: 'utc' });
  return toPublicationDate(d.year, d.month, d.day, precision);
}

/** A date written with slashes and its year in full: "05/10/2018", the 5th of October or May the 10th. */
const SLASHED_DATE = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/g;
const ISO_DAYS = /\b\d{4}-\d{2}-\d{2}\b/g;

/**
 * Finds a publication date in one header or byline line. The date must make up most of the line, or follow a
 * label such as "Published", so that a sentence that merely mentions a date is not taken for a dateline.
 * Relative forms ("2 years ago") resolve only against `retrieved`; otherwise they are returned undated. A date with
 * slashes is read month first ("11/19/2019"), or day first after a label in a language that writes it so
 * ("Publicado em 05/10/2018") or when `dayFirst()` says the page writes them so ("05/10/2018", the 5th of October;
 * asked only of a line that holds one).
 */
export function findDateInLine(
  line: string,
  retrieved: string | null,
  dayFirst: () => boolean = () => false,
): FoundDate | null {
  if (line.search(SLASHED_DATE) < 0 || !(FOREIGN_LABEL.test(line) || dayFirst()))
    return findDateInLineAsRead(line, retrieved);
  // Day first, a date with slashes is read as the ISO date it means, and given back as the page wrote it.
  const written = new Map<string, string>();
  const found = findDateInLineAsRead(
    line.replace(SLASHED_DATE, (slashed, day: string, month: string, year: string) => {
      const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
      written.set(iso, slashed);
      return iso;
    }),
    retrieved,
  );
  return found && { ...found, text: found.text.replace(ISO_DAYS, (iso) => written.get(iso) ?? iso) };
}

/** `findDateInLine` on a line whose dates with slashes, if any, are read month first. */
function findDateInLineAsRead(line: string, retrieved: string | null): FoundDate | null {
  const words = line.split(/\s+/).length;
  if (!MAY_HOLD_DATE.test(line) || words > 2 * MAX_DATELINE_WORDS) return null;
  const text = unglue(line);
  // The published date comes before the updated one: the part before an "Updated" label is read first, and each part
  // may be as long as a dateline ("Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM, Feb 17, 2018").
  const updated = UPDATED_LABEL.exec(text);
  const head = updated && updated.index > 0 ? text.slice(0, updated.index) : null;
  const published =
    head !== null && head.split(/\s+/).length <= MAX_DATELINE_WORDS ? findDateInText(head, retrieved) : null;
  if (published?.date) return published;
  if (words > MAX_DATELINE_WORDS) return datedPart(text, retrieved);
  // An update's label may come first and the published date after its own label: "Last Updated: November 20, 2019
  // Published: November 19, 2019".
  const publishedLabel = UPDATE_LABEL.test(text.trim()) ? PUBLISHED_LABEL.exec(text) : null;
  const afterLabel = publishedLabel ? findDateInText(text.slice(publishedLabel.index).trim(), retrieved) : null;
  if (afterLabel?.date) return afterLabel;
  const found = findDateInText(text, retrieved);
  return found && UPDATE_LABEL.test(text.trim()) ? { ...found, updated: true } : found;
}

/** Separators between the parts of a line of a page's metadata: "November 19, 2019 · 4 min read · 12 comments". */
const METADATA_SEPARATOR = /\s[·•|]\s/;

/**
 * The date of the first part that is a dateline, on a line too long to be one that a page's metadata makes of
 * parts ("November 19, 2019 at 10:30 am · 4 min read · 2,345 views · 12 comments"); null when none is.
 */
function datedPart(text: string, retrieved: string | null): FoundDate | null {
  const parts = text.split(METADATA_SEPARATOR);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const found = part.split(/\s+/).length <= MAX_DATELINE_WORDS ? findDateInText(part, retrieved) : null;
    if (found?.date) return found;
  }
  return null;
}

/**
 * Words a page glues together once its markup is gone, apart: a year and the time after it ("20194:29 AM"), a
 * figure or a capital and the capitalised word after it ("ESTUpdated", "18.11.2019Get short URL").
 */
function unglue(line: string): string {
  return line.replace(/((?:19|20)\d{2})(?=\d{1,2}:\d{2})/g, '$1 ').replace(/([\d\p{Lu}])(?=\p{Lu}\p{Ll})/gu, '$1 ');
}

/**
 * The first full date chrono finds in `text`, in English or, when it names one of their months, another language
 * (Italian, Portuguese, Spanish, French, German, Russian, Ukrainian).
 */
function parseFullDate(text: string): ParsedResult | undefined {
  const reference = new Date(Date.UTC(2000, 0, 1));
  // A weekday and a time may come before the date they belong to ("Fri 6:45 PM, Feb 16, 2018"): the first result with
  // its year is the date.
  const results = chrono.parse(text, reference, { forwardDate: false });
  const withYear = results.find((r) => WRITTEN_YEAR.test(r.text) || NUMERIC_SHORT_YEAR.test(r.text));
  if (withYear?.start.isCertain('day')) return withYear;
  const parsers = CYRILLIC_MONTH.test(text)
    ? CYRILLIC_PARSERS
    : FOREIGN_MONTH.test(text) || DAY_DOT_MONTH.test(text)
      ? FOREIGN_PARSERS
      : [];
  // English may read a month and year where another language reads the day too ("19. November 2019").
  for (const parser of parsers) {
    const [found] = parser.parse(text, reference, { forwardDate: false });
    if (found && WRITTEN_YEAR.test(found.text) && (!withYear || found.start.isCertain('day'))) return found;
  }
  return withYear ?? results[0];
}

/** True for a date with its day that opens the text it was found in. */
function opensWithDay(result: ParsedResult): boolean {
  return result.index === 0 && precisionOf(result.start) === 'day';
}

/** Most words a name may take before the separator of a "name · date" line. */
const MAX_NAME_WORDS_BEFORE_DATE = 4;
const ENDS_WITH_SEPARATOR = /[·•|—–-]\s*$/;

/**
 * True for a full date that ends its line after a separator and a short name: "Текст: Венера Ерофеева·24 сентября
 * 2018", "Jane Doe | March 3, 2019", an author's credit with the day of the piece.
 */
function closesNameLine(result: ParsedResult, text: string): boolean {
  const before = text.slice(0, result.index);
  return (
    precisionOf(result.start) === 'day' &&
    text.slice(result.index + result.text.length).trim() === '' &&
    ENDS_WITH_SEPARATOR.test(before) &&
    before.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= MAX_NAME_WORDS_BEFORE_DATE
  );
}

/** `findDateInLine` on a line whose glued words are apart. */
function findDateInText(line: string, retrieved: string | null): FoundDate | null {
  const labelled = LABEL.test(line);
  const rest = line.replace(LABEL, '');
  const core = rest.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  const covers = (text: string) => labelled || text.length >= core.length * MIN_DATE_COVER;
  const relative = RELATIVE.exec(rest);
  if (relative && covers(relative[0])) {
    return { date: retrieved ? resolveRelative(relative[0], relative[2], retrieved) : null, text: relative[0] };
  }
  const dotted = DOTTED.exec(rest);
  if (dotted && (covers(dotted[0]) || DATES_AND_LABELS.test(rest))) {
    const date = toPublicationDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]), 'day');
    if (date) return { date, text: dotted[0] };
  }
  const cjk = YEAR_FIRST_CJK.exec(rest);
  if (cjk && covers(cjk[0])) {
    const [year, month, day] = (cjk[1] ? cjk.slice(1, 4) : cjk.slice(4, 7)).map(Number);
    const date = toPublicationDate(year!, month!, day!, 'day');
    if (date) return { date, text: cjk[0] };
  }
  // An ISO date standing alone needs no parser (chrono reads it the same, at many times the cost).
  const iso = ISO_DATE.exec(core);
  if (iso && iso[0] === core) {
    const date = toPublicationDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), 'day');
    if (date) return { date, text: iso[0] };
  }
  const season = SEASON.exec(rest) ?? (labelled ? BARE_YEAR.exec(core) : null);
  if (season && covers(season[0])) {
    return { date: toPublicationDate(Number(season[2] ?? season[1]), 1, 1, 'year'), text: season[0] };
  }
  if (!MAY_HOLD_YEAR.test(rest) && !SHORT_YEAR_DATE.test(rest)) return null;
  // A date opening the line (after a time) dates it whatever follows: "13/06/2014 Mary Keane All, Books",
  // "October 15, 2018/0 Comments/in News /by admin".
  const undertimed = rest.replace(LEADING_TIME, '');
  const result = parseFullDate(undertimed);
  if (
    !result ||
    !(WRITTEN_YEAR.test(result.text) || NUMERIC_SHORT_YEAR.test(result.text)) ||
    !(
      covers(result.text.replace(FILLER, ' ').replace(/\s+/g, ' ').trim()) ||
      opensWithDay(result) ||
      closesNameLine(result, undertimed)
    )
  )
    return null;
  const precision = precisionOf(result.start);
  if (!precision) return null;
  const date = toPublicationDate(
    result.start.get('year')!,
    result.start.get('month') ?? 1,
    result.start.get('day') ?? 1,
    precision,
  );
  return date ? { date, text: result.text } : null;
}

/** True for a date label left empty by the page ("Published:"): furniture, but no date. */
export function isEmptyDateLabel(line: string): boolean {
  return EMPTY_LABEL.test(line.trim());
}

/** Month names as wire copy writes them, capitalised ("April", "Sept."). */
const MONTH_NAMES = [
  'Jan(?:uary)?',
  'Feb(?:ruary)?',
  'Mar(?:ch)?',
  'Apr(?:il)?',
  'May',
  'June?',
  'July?',
  'Aug(?:ust)?',
  'Sept?(?:ember)?',
  'Oct(?:ober)?',
  'Nov(?:ember)?',
  'Dec(?:ember)?',
];
/**
 * A wire dateline with no year: a place in capitals, a comma, a month and a day, then no year:
 * "WASHINGTON, April 28 (RIA Novosti) -", "KIEV, Oct. 25 -".
 */
const WIRE_DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Lu}\\s.'-]*,\\s+(${MONTH_NAMES.map((m) => `(${m})`).join('|')})\\.?\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4})`,
  'u',
);
/** Lines at the text's opening where its wire dateline may stand: a photo's credit may come first ("Thomson Reuters"). */
const DATELINE_LINES = 3;
/** Characters of the text after a dateline searched for a date that states its year. */
const NEARBY_TEXT_CHARS = 3000;

/** The day of `month` and `day` nearest `anchor` (a year before, in or after its year) and not after `latest`. */
function nearestDay(anchor: DateTime, month: number, day: number, latest: DateTime | null): DateTime | undefined {
  return [-1, 0, 1]
    .map((offset) => DateTime.utc(anchor.year + offset, month, day))
    .filter((d) => d.isValid && (!latest || d <= latest))
    .sort((a, b) => Math.abs(a.diff(anchor).toMillis()) - Math.abs(b.diff(anchor).toMillis()))[0];
}

/**
 * The day of `month` and `day` in a text that names no year for it: of that day a year before, in and after the year of
 * the first full date `text` states, the one nearest the stated date; in a text that states none, its last such day up
 * to `crawled`, the day a crawler captured the page (a capture holds the news of its days). Undefined when neither
 * gives a year, or the day falls more than `maxDays` from the stated date.
 */
function dayInStatedYear(
  month: number,
  day: number,
  text: string,
  crawled: string | null,
  maxDays = Infinity,
): DateTime | undefined {
  const stated = MAY_HOLD_YEAR.test(text)
    ? chrono
        .parse(text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })
        .find((r) => WRITTEN_YEAR.test(r.text) && precisionOf(r.start) === 'day')
    : undefined;
  const crawlDay = crawled ? DateTime.fromISO(crawled, { zone: 'utc' }) : null;
  const statedDay = stated
    ? DateTime.utc(stated.start.get('year')!, stated.start.get('month')!, stated.start.get('day')!)
    : null;
  const nearest = statedDay ? nearestDay(statedDay, month, day, null) : undefined;
  if (statedDay) return nearest && Math.abs(nearest.diff(statedDay, 'days').days) <= maxDays ? nearest : undefined;
  return crawlDay?.isValid ? nearestDay(crawlDay, month, day, crawlDay) : undefined;
}

/**
 * The date of a wire dateline that names no year ("WASHINGTON, April 28 (RIA Novosti) -", opening one of the first
 * `DATELINE_LINES` of the text's `lines`), in the year of the first full date the text states nearby ("on April 17,
 * 2014"), or up to the day a crawler captured the page (`dayInStatedYear`). Null when the text opens with no such
 * dateline, or states no full date and was not captured.
 */
export function wireDatelineDate(lines: string[], crawled: string | null = null): FoundDate | null {
  const opening = lines.slice(0, DATELINE_LINES).findIndex((line) => WIRE_DATELINE.test(line));
  if (opening < 0) return null;
  const dateline = WIRE_DATELINE.exec(lines[opening]!)!;
  const month = dateline.slice(2, 2 + MONTH_NAMES.length).findIndex((m) => m !== undefined) + 1;
  const day = Number(dateline[2 + MONTH_NAMES.length]);
  let text = '';
  for (let i = opening; i < lines.length && text.length < NEARBY_TEXT_CHARS; i++) text += `${lines[i]}\n`;
  const nearest = dayInStatedYear(month, day, text.slice(dateline[0].length, NEARBY_TEXT_CHARS), crawled);
  return nearest ? { date: { iso: nearest.toISODate()!, precision: 'day' }, text: dateline[0] } : null;
}

/** Longest dateline with no year, in words: "Tuesday 19 November | 10:30 AM ET". */
const MAX_YEARLESS_DATELINE_WORDS = 8;
/**
 * Most days between a year-less dateline's day and the full date the text states for the text to give it its year:
 * the news of a few weeks ("… on April 17, 2014"), not a date of history the text recalls ("on 16 January 1996").
 */
const MAX_DAYS_FROM_STATED = 31;
/** Time zones a dateline writes after its time, besides those `FILLER` drops. */
const ZONE_WORDS = /\b(?:et|pt|ct|mt|est|edt|pst|pdt|cst|cdt|bst|cet|cest|ist|hkt|jst)\b/gi;

/**
 * A dateline that names a day and a month but no year, as pages print the news of their own year ("Feb 26 | 9:05
 * AM", "Updated Nov 19, 10:30 AM ET", "Tuesday 19 November"), dated by the first full date `text` (the article's)
 * states or the day a crawler captured the page (`dayInStatedYear`). The day and month, a time and a label must make
 * the whole line. Null for any other line, or when no year is stated.
 */
export function yearlessDatelineDate(line: string, text: string, crawled: string | null): FoundDate | null {
  if (line.split(/\s+/).length > MAX_YEARLESS_DATELINE_WORDS || MAY_HOLD_YEAR.test(line)) return null;
  const rest = unglue(line).replace(LABEL, '');
  const results = chrono.parse(rest, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  const dated = results.filter((r) => r.start.isCertain('day') && r.start.isCertain('month'));
  // A range ("Feb 26 - Mar 3") is an event's dates, not the page's.
  if (dated.length !== 1 || dated[0]!.end || dated[0]!.start.isCertain('year') || RELATIVE.test(rest)) return null;
  let left = rest;
  for (const result of results) left = left.replace(result.text, ' ');
  if (/[\p{L}\d]/u.test(left.replace(FILLER, ' ').replace(ZONE_WORDS, ' '))) return null;
  const { start } = dated[0]!;
  const nearby = text.slice(0, NEARBY_TEXT_CHARS);
  const nearest = dayInStatedYear(start.get('month')!, start.get('day')!, nearby, crawled, MAX_DAYS_FROM_STATED);
  if (!nearest) return null;
  const found: FoundDate = { date: { iso: nearest.toISODate()!, precision: 'day' }, text: dated[0]!.text.trim() };
  return UPDATE_LABEL.test(line.trim()) ? { ...found, updated: true } : found;
}
