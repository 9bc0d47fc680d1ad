/** Extract stage: finds which line above the article's text is its headline. Pure. */
import { countWords, isAlone } from './lines.ts';
import type { CaptureHeader } from './capture.ts';
import type { LabelledLine } from './classify-lines.ts';

// Word counts below were read off the headlines of the corpus and the labelled set (4–15 words, rarely 2 or 3)
// and the kickers, labels and standfirsts around them (1–2 words; 15–40 words).
/** Longest headline we accept, in words. */
const MAX_TITLE_WORDS = 30;
/** A headline has at least this many words; shorter lines above one are kickers and labels ("Press release"). */
const MIN_HEADLINE_WORDS = 3;
/** A sentence longer than this is a standfirst, not a headline. */
const MAX_SENTENCE_TITLE_WORDS = 15;
/** Longest first line ending in "..." that is taken for a headline rather than a teaser's snippet. */
const MAX_TRUNCATED_TITLE_WORDS = 12;

/** A line that can be a headline: plain text, not a truncated snippet, not a label ending in a colon. */
function isCandidate(line: LabelledLine): boolean {
  return (
    line.kind === 'text' && !line.truncated && line.words >= 2 && line.words <= MAX_TITLE_WORDS && !/:$/.test(line.text)
  );
}

/** True when the next line carries on this line's sentence (hard-wrapped copy): a headline is never cut in two. */
function wrapsOn(line: LabelledLine, next: LabelledLine | undefined): boolean {
  return next !== undefined && !next.afterBlank && !line.sentenceEnd && /^\p{Ll}/u.test(next.text);
}

/** Lines that neither stand for a headline nor break a run: a one-word kicker or place, a label ending in a colon. */
function isNeutral(line: LabelledLine): boolean {
  return line.kind === 'text' && (line.words === 1 || /:$/.test(line.text));
}

function looksLikeHeadline(line: LabelledLine): boolean {
  return line.words >= MIN_HEADLINE_WORDS && (!line.sentenceEnd || line.words <= MAX_SENTENCE_TITLE_WORDS);
}

/** The headline of a run of candidate lines: the first that looks like one (kickers stand above it, standfirsts below). */
function pickFromRun(run: number[], lines: LabelledLine[]): number {
  return run.find((i) => looksLikeHeadline(lines[i]!)) ?? run[0]!;
}

/** A line that can stand for a headline by its shape alone. */
export function isHeadlineShaped(line: LabelledLine): boolean {
  return isCandidate(line) && looksLikeHeadline(line);
}

/**
 * Index of the headline, or -1. Above the article's text, candidate lines gather into runs that any other line
 * breaks (menus, teasers, notices); the run that header furniture follows — a byline, a dateline, a lone share
 * widget — or, failing that, the run that the article's text follows, holds the headline.
 */
export function findTitleIndex(
  lines: LabelledLine[],
  bodyStart: number,
  isDateLine: (line: LabelledLine) => boolean,
): number {
  let run: number[] = [];
  for (let i = 0; i < bodyStart; i++) {
    const line = lines[i]!;
    const furniture = line.kind === 'byline' || isDateLine(line) || (line.kind === 'widget' && isAlone(line));
    if (furniture) {
      if (run.length) return pickFromRun(run, lines);
      continue;
    }
    if (isCandidate(line) && !wrapsOn(line, lines[i + 1])) run.push(i);
    else if (!isNeutral(line)) run = [];
  }
  if (run.length) return pickFromRun(run, lines);
  // No header above the text: a short first line standing alone at the top of the text is the headline,
  // even one that ends in "..." when nothing but the text follows it.
  const first = lines[bodyStart];
  if (
    first &&
    isCandidate(first) &&
    looksLikeHeadline(first) &&
    !wrapsOn(first, lines[bodyStart + 1]) &&
    (isAlone(first) || !first.sentenceEnd)
  )
    return bodyStart;
  const top = lines[0];
  return bodyStart === 1 && top?.kind === 'truncated' && top.words <= MAX_TRUNCATED_TITLE_WORDS ? 0 : -1;
}

/** What a page says its headline is outside its text: its outline's level-1 headings, its `<title>`, its address. */
export interface TitleHints {
  headings: string[];
  pageTitle: string | null;
  url: string | null;
}

/** Separators between a headline and the site's name in a `<title>`: "Headline | Daily Sabah", "Headline - ICIJ". */
export const SITE_SEPARATOR = / (?:\||-|–|—|::) /g;
/** Longest site name, in words ("The Mighty 790 KFGO"). */
const MAX_SITE_NAME_WORDS = 6;
/** Parts of a host name that name no site. */
const HOST_NOISE = new Set(['www', 'amp', 'com', 'org', 'net', 'co', 'uk', 'gov', 'news', 'edu', 'int', 'info']);

/** A character out of ASCII: a text without one has no accents to take off. */
const NOT_ASCII = /[^\p{ASCII}]/u;

/** Lower case, accents and punctuation gone, one space between words: "Türkiye Today" → "turkiye today". */
export function normalizeTitle(text: string): string {
  // Every line of a page's header is compared by this: most are ASCII, which decomposing leaves as it is.
  const unaccented = NOT_ASCII.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
  return unaccented
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function hostLabels(url: string | null): string[] {
  const host = url ? /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1] : undefined;
  return host
    ? host
        .toLowerCase()
        .split('.')
        .filter((l) => l.length >= 2 && !HOST_NOISE.has(l))
    : [];
}

/** True when `name` is the site's name by its address: "Daily Sabah" on dailysabah.com, "Anadolu Agency" on aa.com.tr. */
export function namesSite(name: string, url: string | null): boolean {
  const words = normalizeTitle(name).split(' ').filter(Boolean);
  if (!words.length || words.length > MAX_SITE_NAME_WORDS) return false;
  const compact = words.filter((w) => w !== 'the').join('');
  const acronym = words.map((w) => w[0]).join('');
  return hostLabels(url).some(
    (label) => compact.includes(label) || (compact.length >= 3 && label.includes(compact)) || acronym === label,
  );
}

/**
 * The headline in a `<title>`: site names at its end removed ("… | The Mighty 790 KFGO | KFGO"). Without the page's
 * address, a short last part after a separator is taken for the site's name.
 */
export function stripSiteName(title: string, url: string | null): string {
  let text = title.trim();
  for (;;) {
    const separators = [...text.matchAll(SITE_SEPARATOR)];
    const last = separators[separators.length - 1];
    if (!last) return text;
    const head = text.slice(0, last.index);
    const tail = text.slice(last.index + last[0].length);
    const site = url ? namesSite(tail, url) : tail.split(' ').length <= 4 && head.split(' ').length >= 3;
    if (!site) return text;
    text = head.trim();
  }
}

/** The words of an address's last path part: "…/cease-fire-agreed-near-zaporizhzhia/amp" → "cease fire agreed near zaporizhzhia". */
function slugOf(url: string | null): string | null {
  const parts = url
    ? url
        .replace(/[?#].*$/, '')
        .split('/')
        .slice(3)
    : [];
  const slug = parts.reverse().find((p) => p.split('-').length >= 3);
  return slug ? normalizeTitle(slug.replace(/\.\w+$/, '').replace(/-\d+$/, '')) : null;
}

/** Share of `words` found in `other`. */
function shareFoundIn(words: string[], other: Set<string>): number {
  let found = 0;
  for (const word of words) if (other.has(word)) found++;
  return found / words.length;
}

/** Fewest of the slug's words a line must hold, and of its own words the slug must hold, to be the slug's headline. */
const MIN_SLUG_MATCH = 0.8;

/** A line or hint as they are compared: normalised (`normalizeTitle`), and its words. */
interface Normalized {
  text: string;
  words: string[];
}

function normalized(text: string): Normalized {
  const normal = normalizeTitle(text);
  return { text: normal, words: normal.split(' ') };
}

/**
 * The headline of a `<title>` whose last part is a site's name too short a headline for `stripSiteName` to tell
 * without the page's address ("About bugs – Vortex Cannon Entertainment"): the part before it, normalised, when a
 * line says it alone (the headline) and another names that site ("© 2019 Vortex Cannon Entertainment"). Null
 * otherwise.
 */
function headBeforeNamedSite(title: string, candidates: Normalized[], lines: LabelledLine[]): string | null {
  const separators = [...title.matchAll(SITE_SEPARATOR)];
  const last = separators[separators.length - 1];
  if (!last) return null;
  const head = normalizeTitle(title.slice(0, last.index));
  const site = normalizeTitle(title.slice(last.index + last[0].length));
  const siteWords = site.split(' ').length;
  if (head.split(' ').length < 2 || siteWords < 2 || siteWords > MAX_SITE_NAME_WORDS) return null;
  if (!candidates.some((line) => line.text === head)) return null;
  const namesSite = (line: string) => line !== site && !line.startsWith(head) && ` ${line} `.includes(` ${site} `);
  return lines.some((line) => namesSite(normalizeTitle(line.text))) ? head : null;
}

/**
 * True when `line` is `wording` with spaces lost: a dump glues the text of inline elements together ("Opinion|Republicans
 * Are …" for a kicker's link beside the headline), which a `<title>` or an outline heading still spaces.
 */
function gluedFrom(line: string, wording: string): boolean {
  return line !== wording && line.replace(/\s+/g, '') === wording.replace(/\s+/g, '');
}

/** The same headline worded a little apart: most words of each found in the other. */
function saysNearly(line: Normalized, hint: Normalized & { set: Set<string> }): boolean {
  return (
    shareFoundIn(line.words, hint.set) >= MIN_SLUG_MATCH &&
    shareFoundIn(hint.words, new Set(line.words)) >= MIN_SLUG_MATCH
  );
}

/**
 * The parts of a `<title>` either side of a separator that may be its headline, a site's name or a section on the
 * other side ("4 Things to Do in October - Expert how-to for English Riders"): three words or more (of Chinese or
 * Japanese, six characters), not the site's name.
 */
function titleParts(title: string, url: string | null): string[] {
  return [...title.matchAll(SITE_SEPARATOR)]
    .flatMap((separator) => [title.slice(0, separator.index), title.slice(separator.index + separator[0].length)])
    .map((part) => part.trim())
    .filter((part) => countWords(part) >= MIN_HEADLINE_WORDS && !namesSite(part, url));
}

/**
 * The first line from `from` to `last` that says a part of the page's `<title>` (`titleParts`), which names the site
 * or a section on the part's other side too long for `stripSiteName` to take for a site's name; null when none does.
 */
export function findTitlePart(
  lines: LabelledLine[],
  hints: TitleHints,
  range: { from: number; last: number },
): { index: number; text: string } | null {
  if (!hints.pageTitle) return null;
  const parts = new Set(titleParts(hints.pageTitle, hints.url).map(normalizeTitle));
  for (let i = 0; i <= Math.min(range.last, lines.length - 1); i++) {
    const line = lines[i]!;
    if (line.index >= range.from && line.kind !== 'nav' && parts.has(normalizeTitle(line.text)))
      return { index: i, text: line.text };
  }
  return null;
}

/**
 * The headline the hints point to, in the order outline, `<title>`, address: the line (from `from` on) that says it
 * or nearly (most words of each in the other), the first such line above the article's text (a share widget below
 * the headline repeats it) or else the first below it up to line `last`, or, when no line says it, the outline's
 * heading alone (index -1). A heading that names the site or has fewer than three words is no headline. Each line
 * and hint is normalised once, as this runs over every line of the page.
 */
export function findHintedTitle(
  lines: LabelledLine[],
  hints: TitleHints,
  range: { from: number; bodyStart: number; last: number },
): { index: number; text: string } | null {
  const headings = hints.headings.filter(
    (h) => h.split(/\s+/).length >= MIN_HEADLINE_WORDS && !namesSite(h, hints.url),
  );
  const withSet = (hint: Normalized) => ({ ...hint, set: new Set(hint.words) });
  const wanted = [...headings, ...(hints.pageTitle ? [stripSiteName(hints.pageTitle, hints.url)] : [])].map((hint) => ({
    ...withSet(normalized(hint)),
    wording: hint,
  }));
  const slug = slugOf(hints.url);
  const bySlug = slug === null ? null : withSet({ text: slug, words: slug.split(' ') });
  // The lines that may be taken: from `from` on, and above the article's start or up to `last`.
  const end = Math.min(lines.length - 1, Math.max(range.bodyStart, range.last));
  const candidates: Array<Normalized & { i: number; nav: boolean }> = [];
  for (let i = 0; i <= end; i++) {
    const line = lines[i]!;
    if (line.index >= range.from) candidates.push({ i, nav: line.kind === 'nav', ...normalized(line.text) });
  }
  const confirmedHead = hints.pageTitle
    ? headBeforeNamedSite(stripSiteName(hints.pageTitle, hints.url), candidates, lines)
    : null;
  // Each test in turn; a line of a menu is taken only for a headline the site's name confirms, which may be short
  // enough to be read as a menu's item.
  const tests: Array<{ says: (line: Normalized) => boolean; inMenu: boolean; wording?: string }> = [
    ...wanted.map((hint) => ({
      says: (line: Normalized) => line.text === hint.text,
      inMenu: false,
      wording: hint.wording,
    })),
    ...(confirmedHead ? [{ says: (line: Normalized) => line.text === confirmedHead, inMenu: true }] : []),
    ...wanted.map((hint) => ({
      says: (line: Normalized) => line.words.length >= MIN_HEADLINE_WORDS && saysNearly(line, hint),
      inMenu: false,
    })),
    ...(bySlug ? [{ says: (line: Normalized) => saysNearly(line, bySlug), inMenu: false }] : []),
  ];
  for (const { says, inMenu, wording } of tests) {
    const found = candidates.find((line) => (inMenu || !line.nav) && says(line));
    if (!found) continue;
    const text = stripSiteName(lines[found.i]!.text, hints.url);
    return { index: found.i, text: wording !== undefined && gluedFrom(text, wording) ? wording : text };
  }
  if (headings[0]) return { index: -1, text: headings[0] };
  if (!hints.pageTitle) return null;
  const pageTitle = normalizeTitle(hints.pageTitle);
  const titleLine = candidates.find((line) => line.i <= range.last && line.text === pageTitle);
  return titleLine ? { index: titleLine.i, text: stripSiteName(hints.pageTitle, hints.url) } : null;
}

/**
 * Where a raw page's own lines start and what it says its headline is outside them: a crawler capture's outline,
 * `<title>` and address, or, in a scraper's dump, its first line, the page's `<title>`. `from` is the first raw line
 * that may repeat the headline.
 */
export function headlineHints(
  lines: LabelledLine[],
  capture: CaptureHeader | null,
): { hints: TitleHints; pageStart: number; from: number } {
  const pageStart = capture
    ? Math.max(
        0,
        lines.findIndex((l) => l.index >= capture.contentStart),
      )
    : 0;
  const first = lines[pageStart];
  return {
    hints: capture ?? { headings: [], pageTitle: first?.text ?? null, url: null },
    pageStart,
    from: (first?.index ?? 0) + (capture ? 0 : 1),
  };
}

/**
 * The line the page's hints name as its headline, found before the article's text is chosen (the line model weighs
 * where each line stands against it): the first line below the `<title>` that says it, or -1.
 */
export function hintedHeadlineLine(lines: LabelledLine[], capture: CaptureHeader | null): number {
  const { hints, from } = headlineHints(lines, capture);
  const last = lines.length - 1;
  return findHintedTitle(lines, hints, { from, bodyStart: last, last })?.index ?? -1;
}
