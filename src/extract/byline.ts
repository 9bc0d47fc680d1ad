/** Extract stage: author lines ("By …") and source statements ("Source: …", "originally published in …", "© …"). Pure. */
import { lexiconEntry } from '../english-lexicon.ts';

export interface Byline {
  author: string;
  /** What followed the name on the same line ("Published 2 years ago • 3 min read"), if anything. */
  rest: string;
}

/** Words that end an author's name when a page glues the byline to what follows it (a date: "by Ana September 15, 2014"). */
const AFTER_NAME =
  /(Published|Updated|Posted|Last updated|\d|[•|·,–—]|\s-\s|\bon\b|\bfor\b|\bin\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/;
const NAME_WORD = /^(\p{Lu}[\p{L}'’.-]*|and|de|van|von|der|da|al|bin)$/u;
/** Longest author name, in words. */
const MAX_NAME_WORDS = 6;

/**
 * `text` without the characters of `characters` at its end. A loop, where `/[,.;:]+$/` would try every position of
 * a long run of them (quadratic time: a line of 60,000 dots took seconds).
 */
function trimTrailing(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** A name and a newsroom role after it, with no "By": "Tomasz Wrobel, Staff reporter", "Ana Ruiz, Senior Correspondent". */
const NAME_AND_ROLE =
  /^([^,]{3,60}),\s+(?:(?:staff|senior|chief|special|foreign|political|economics|business|science|health|sports|our)\s+)?(?:reporter|correspondent|writer|editor|columnist)$/i;

/** True when every word of `name` is a word of a person's name and there are two to `MAX_NAME_WORDS` of them. */
export function isName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= MAX_NAME_WORDS && words.every((w) => NAME_WORD.test(w));
}

/** Tags of compromise's lexicon that a word of a person's name may carry. */
const NAME_TAG = /Name$|^Person$|^Honorific$/;
/** Words of a newsroom role, which a line under a byline's name may say alone ("News reporter", "Opinion Columnist"). */
const ROLE_LINE_WORD = /^(?:reporter|correspondent|writer|editor|columnist|contributor|journalist|producer)$/i;
/** Words of a role or a desk, which a person's name does not hold ("Staff Writer", "Editorial Staff", "Latest News"). */
const ROLE_WORD =
  /^(?:reporter|correspondent|writer|editor|editorial|columnist|contributor|journalist|producer|staff|desk|news|newsroom|press|team|admin|author|authors|opinion|views)$/i;

/** True when `word` is an English word of the lexicon that is no name ("Breaking", "Key", "Related"). */
function isCommonWord(word: string): boolean {
  const tags = lexiconEntry(word.toLowerCase());
  if (tags === undefined) return false;
  return !(Array.isArray(tags) ? tags : [tags]).some((tag) => NAME_TAG.test(tag));
}

/**
 * True when `name` reads as a person's name standing without "By": two to four capitalised words, none a role's,
 * the first no common English word ("Debbie White", not "Key Points" or "Editorial Staff").
 */
function isPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length <= 4 &&
    isName(name) &&
    !words.includes('and') &&
    !isCommonWord(words[0]!) &&
    !words.some((w) => ROLE_WORD.test(w))
  );
}

/** A social handle after a name, glued or not, and separators a page leaves at a name's end: "Natasha Turak@NatashaTurak", "Emre Gurkan Abay |". */
const NAME_LINE = /^(.+?)(\s*@\w+|\s*[|,·•]|\s+[–—-])?$/u;
/** Six words or more, split as `isPersonName` splits a name (a trimmed text). */
const SIX_WORDS_OR_MORE = /^(?:\S+\s+){5}\S/;

/**
 * A line that is a person's name alone, as a page's header prints its byline with no "By", and whether the page marks
 * it as one by itself: a handle after it or a separator left at its end ("Chris Pokorny@DawgsByNature", "Emre Gurkan
 * Abay |"). Null when the line is not such a name.
 */
export function parseNameLine(line: string): { author: string; marked: boolean } | null {
  const text = line.trim();
  // A name of four words at most and a mark after it: a longer line (most lines of a page) is answered before
  // NAME_LINE, whose lazy name is tried at every character of the line.
  if (SIX_WORDS_OR_MORE.test(text)) return null;
  const match = NAME_LINE.exec(text);
  if (!match) return null;
  const author = match[1]!.trim();
  return isPersonName(author) ? { author, marked: match[2] !== undefined } : null;
}

/** A line that says a role alone, as a header prints it under a name: "Reporter", "Opinion Columnist". */
export function isRoleLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length <= 3 && words.some((w) => ROLE_LINE_WORD.test(w)) && words.every((w) => /^\p{L}+$/u.test(w));
}

/** A desk or a person a "By" on the line above names: "Newsroom", "Anna Hirtenstein". */
export function nameAfterBy(line: string): string | null {
  const text = line.trim();
  const words = text.split(/\s+/);
  return words.length <= MAX_NAME_WORDS && words.every((w) => NAME_WORD.test(w)) && words[0] !== 'and' ? text : null;
}

/** A dateline's name before the date and a separator, or after the date and "by". */
const NAME_BEFORE_DATE = /^(.+?)\s+[|·•–—-]\s+\S/u;
const BY_AFTER_DATE = /[\s/]by\s+(.+)$/i;

/**
 * The author a dateline names beside its date: "by Jeff Foust — November 18, 2019", "Chris Davies - Nov 19, 2019, 10:31 pm CST", "Monday November 18,
 * 2019 7:45 am PST by Joe Rossignol". Null when the line names no person there.
 */
export function authorBesideDate(line: string): string | null {
  const text = line.trim();
  const byline = parseHeaderByline(text);
  if (byline) return byline.author;
  const before = NAME_BEFORE_DATE.exec(text)?.[1]?.trim();
  if (before && isPersonName(before)) return before;
  const after = BY_AFTER_DATE.exec(text)?.[1]?.trim();
  if (after && (isName(after) || (LOGIN_NAME.test(after) && !isCommonWord(after)))) return after;
  return nameAfterNumericDate(text);
}

/** A date written in figures opening a line ("13/06/2014 Tony Carter All, Books, Kit Reviews"). */
const NUMERIC_DATE_FIRST = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s+(.+)$/;

/**
 * The person's name right after a date written in figures, as a blog's line of metadata prints the day, the author and
 * the post's categories ("13/06/2014 Tony Carter All, Books, Kit Reviews"): the capitalised words up to the first
 * common English word or comma, two or three of them. Null when no such name follows.
 */
function nameAfterNumericDate(text: string): string | null {
  const after = NUMERIC_DATE_FIRST.exec(text)?.[1];
  if (!after) return null;
  const words: string[] = [];
  for (const word of after.split(/\s+/)) {
    const bare = word.replace(/,$/, '');
    if (!NAME_WORD.test(bare) || (words.length > 0 && isCommonWord(bare))) break;
    words.push(bare);
    if (bare !== word) break;
  }
  const name = words.slice(0, 3).join(' ');
  return words.length >= 2 && words.length <= 3 && isPersonName(name) ? name : null;
}

/**
 * Wire and news agencies, whose name alone on a line of the header credits the story to them ("REUTERS", "Associated
 * Press"); a short list of the agencies of the world's wires, as they sign.
 */
const AGENCY =
  /^(?:(?:thomson )?reuters|associated press|agence france-presse|afp|bloomberg(?: news)?|xinhua|tass|ria novosti|interfax|dpa|upi|anadolu agency|efe|ansa|kyodo(?: news)?|yonhap|press trust of india|pti|ians|press association|pa media)$/i;

/** The agency a line names alone ("REUTERS", "Associated Press"), as it is written; null for any other line. */
export function agencyCredit(line: string): string | null {
  const text = line.trim();
  return AGENCY.test(text) ? text : null;
}

/**
 * A person's name with the outlet or the role the header prints after a comma ("VICTOR TANGERMANN, FUTURISM", "Robert
 * Burns, Ap National Security Writer"): the name, when what follows is one to five capitalised words. Null for any
 * other line; a header marks it as a byline by the dateline under it.
 */
export function nameWithAffiliation(line: string): string | null {
  const match = /^([^,]{3,60}),\s+([^,]{2,60})$/.exec(line.trim());
  if (!match) return null;
  const affiliation = match[2]!.split(/\s+/);
  return affiliation.length <= 5 && affiliation.every((w) => /^\p{Lu}/u.test(w)) && isPersonName(match[1]!.trim())
    ? match[1]!.trim()
    : null;
}

/** What opens a byline: "By", or a verb before it ("Written by Rachael Link, MS, RD on November 14, 2019"). */
const BY = /^(?:(?:written|posted|words|story|text|reported)\s+)?by\s+(.+)$/i;
/**
 * A byline as a page's header may print it beside the date: "BY:" with its colon, after the separator a dump leaves
 * when the byline followed a date on the page ("| BY: Beachbody").
 */
const HEADER_BY = /^(?:[|/•·]\s*)?(?:(?:written|posted|words|story|text|reported)\s+)?by:?\s+(.+)$/i;
/**
 * A login name a blog's byline prints in place of a person's ("By admin - 2018-09-16", "… /by jdadmin"): one word in
 * lower case and no English word, taken only before a date in figures and nothing else ("By early 2005 the net …" is
 * a sentence) or after a date.
 */
const LOGIN_NAME = /^[a-z][a-z0-9_]{2,30}$/;

/** A role glued to the name before it, which a dump makes of two elements: "Michael HiltzikBusiness Columnist". */
const GLUED_ROLE =
  /(?<=\p{Ll})(?=\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)?\s+(?:Columnist|Correspondent|Reporter|Writer|Editor|Contributor)\b)/u;

/**
 * A byline's list of names, as written: "Anna Hirtenstein, Marwa Rashad, Dmitry Zhdannikov and Timothy Gardner", two
 * or more parts between commas, each a name, the last two names joined by "and"; what follows the list is the rest.
 * Null when the byline is not such a list ("Jane Doe, Diplomatic Editor" names a role after the name).
 */
function sharedByline(text: string): Byline | null {
  const parts = text.split(/,\s+/);
  let names = 0;
  while (names < parts.length && isName(parts[names]!.trim()) && !/\s(?:and|&)\s*$/.test(parts[names]!)) names++;
  const list = parts.slice(0, names).map((part) => part.trim().replace(/\s+/g, ' '));
  const last = list[list.length - 1];
  if (
    names < 2 ||
    !last ||
    !/ (?:and|&) /.test(last) ||
    list.some((name) => name.split(' ').some((w) => ROLE_WORD.test(w)))
  )
    return null;
  return { author: list.join(', ').replace(/ & /g, ' and '), rest: parts.slice(names).join(', ').trim() };
}

/**
 * Reads a "By …" line: "By Nicholas BishopPublished 2 years ago • 3 min read" → Nicholas Bishop, "Written by Rachael
 * Link, MS, RD on November 14, 2019" → Rachael Link; or a name with its newsroom role: "Tomasz Wrobel, Staff
 * reporter" → Tomasz Wrobel.
 */
export function parseByline(line: string): Byline | null {
  return readByline(line, false);
}

/**
 * Reads a byline of the page's header, where more shapes are one than on any line (`parseByline`): "| BY: Beachbody",
 * and a blog's login name before a date ("By admin - 2018-09-16"). Lines are classified by `parseByline` alone.
 */
export function parseHeaderByline(line: string): Byline | null {
  return readByline(line, true);
}

function readByline(line: string, header: boolean): Byline | null {
  const match = (header ? HEADER_BY : BY).exec(line.trim());
  if (!match) {
    const role = NAME_AND_ROLE.exec(line.trim());
    return role && isName(role[1]!.trim()) ? { author: role[1]!.trim(), rest: '' } : null;
  }
  const text = match[1]!.replace(GLUED_ROLE, ' | ');
  const shared = sharedByline(text);
  if (shared) return shared;
  const cut = AFTER_NAME.exec(text);
  const author = trimTrailing(
    (cut ? text.slice(0, cut.index) : text)
      .replace(/\s+/g, ' ')
      .replace(/ (and|&) /g, ' and ')
      .trim(),
    ',.;:',
  );
  const words = author.split(/\s+/);
  const rest = cut
    ? text
        .slice(cut.index)
        .replace(/^[,•|·–—\s-]+/, '')
        .trim()
    : '';
  const login = header && LOGIN_NAME.test(author) && !isCommonWord(author) && /^\d[\d./: -]*$/.test(rest);
  if (!author || (!login && (words.length > MAX_NAME_WORDS || words.some((w) => !NAME_WORD.test(w))))) return null;
  return { author, rest };
}

const SOURCE_LINE = /^source\s*:\s*(.{2,120})$/i;
const ORIGINALLY_PUBLISHED = /\boriginally (?:published|appeared) (?:in|on|by)\s+(.{2,80}?)[.]?$/i;
/** A copyright footer: a "©" anywhere, or a line that opens with "(c)" or "Copyright" (not a headline about copyright). */
const COPYRIGHT_MARK = /©|^\(c\)|^copyright\b/i;
/** Longest publisher name, in words, read from a copyright footer. */
const MAX_PUBLISHER_WORDS = 6;

/** "Source: https://www.bbc.com/news/…" names its publisher by the address's host. */
function publisherOf(text: string): string {
  const address = /^https?:\/\/(?:www\.)?([^/\s]+)/i.exec(text);
  return address ? address[1]! : text.replace(/[.]$/, '');
}

/** "© 2023 Eastbridge Daily. All rights reserved." → Eastbridge Daily; a footer with a year alone names no one. */
function parseCopyright(text: string): string | null {
  if (!COPYRIGHT_MARK.test(text)) return null;
  const name = text
    .replace(/\ball rights reserved\b.*$/i, '')
    .replace(/©|\(c\)|\bcopyright\b|\b(?:19|20)\d{2}\b|[-–]/gi, ' ')
    .split(/\.\s|\.$/)[0]!
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,.]$/, '');
  const words = name.split(' ').length;
  return /\p{L}/u.test(name) && words <= MAX_PUBLISHER_WORDS ? name : null;
}

/** A publisher named on the page; `strength` ranks statements when a page has several (a source line beats a footer). */
export interface SourceStatement {
  source: string;
  strength: number;
}

/** Reads a publisher statement: a "Source: X" line, "originally published in X", or a "© YEAR X" footer. */
export function parseSourceLine(line: string): SourceStatement | null {
  const text = line.trim();
  const source = SOURCE_LINE.exec(text);
  if (source) return { source: publisherOf(source[1]!.trim()), strength: 3 };
  const original = ORIGINALLY_PUBLISHED.exec(text);
  if (original) return { source: original[1]!.trim(), strength: 2 };
  const copyright = parseCopyright(text);
  return copyright ? { source: copyright, strength: 1 } : null;
}
