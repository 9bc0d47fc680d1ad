/**
 * Tag stage: organisations the actors file does not know yet, found from their shape: a run of capitalised words
 * ending in a word that names a kind of body ("Carlyle Group", "Baker Hughes Co", "Institute for Fiscal Studies",
 * "Black Sea Fleet") or opening with one ("Ministry of Emergency Management", "Office of Foreign Assets Control"),
 * with the acronym the text defines for it ("… (OFAC)") and the country its name gives. Pure.
 */
import type { ActorTag } from '../types.ts';
import { MAX_EVIDENCE } from './countries.ts';
import { evidenceAt, type TagDocument } from './document.ts';
import { slugify } from '../slugify.ts';
import { isCommonWord, isKnownName, isLinkingWord, isRole, lexiconTags } from './person-context.ts';
import { ACRONYM_LETTERS, type Token } from './tokens.ts';

/** A word that starts with a capital and goes on with letters, digits, apostrophes, dots or hyphens: "Carlyle", "NXP". */
const CAPITALISED_TOKEN = /^\p{Lu}[\p{L}\p{N}'’.-]*$/u;
/** A capitalised word in the plural: "Musicians". */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;

/** Last words of the names of companies, public bodies, parties, schools, clubs, papers and other organisations. */
const HEADS = new Set(
  `Inc Corp Corporation Co Company Ltd Limited Plc PLC LLC AG SA NV Group Holding Holdings Bank Airlines Airways
  Railways Partners Capital Technologies Electronics Energy Systems Industries Motors Petroleum Resources Securities
  Insurance
  Ministry Department Agency Office Council Committee Commission Authority Administration Bureau Board Service Court
  Tribunal Parliament Assembly Congress Police Fleet Guard Forces Corps Association Federation Union Party Institute Center
  Centre Foundation Organization Organisation University College School Church Initiative Network Society League Club
  Alliance Movement Front Coalition Forum Exchange Watch Times Post Journal Fund`.split(/\s+/),
);
/**
 * Legal endings that close a company's name: what follows "of" after them is where the company is, not its name
 * ("Brierley Investments Ltd of New Zealand", "Allied Research Inc of Salem"). Not "Co" or "Corp", which stand inside
 * names ("Aluminum Co of America", "Consolidated Edison Co of New York Inc").
 */
const CLOSING_ENDINGS = new Set('Inc Incorporated Ltd Limited Plc PLC LLC AG SA NV'.split(' '));
/** True when the word closes a company's name, so that no "of" after it runs the name on. */
export function closesName(word: string): boolean {
  return CLOSING_ENDINGS.has(word);
}

/** True when the token is a word that ends the names of organisations ("Group", "Ministry", "Inc"). */
export function isOrganisationHead(token: Token | undefined): boolean {
  return token !== undefined && HEADS.has(token.text);
}

/**
 * First words of names built as "Ministry of …", "Office of …", "Committee to Protect …", "Court of Arbitration for
 * Sport", "Agency for …", "Organization of …".
 */
const OPENING_HEADS = new Set(
  `Ministry Department Office Bureau Committee Council Commission Bank Institute Center Centre Federation Union Court
  Tribunal Agency Authority Association Organization Organisation`.split(/\s+/),
);
/** Lower-case words that may stand inside a name ("Institute for Fiscal Studies", "Committee to Protect Journalists"). */
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'to', 'on', 'de', 'des', 'del', 'di', 'do', 'the']);
/** Capitalised words that open a sentence or stand for a whole kind, never the distinctive part of a name. */
const NOT_DISTINCTIVE = new Set(
  'The A An This That These Those Its His Her Their Our Your Both Each Every All Some Any No Former'.split(' '),
);
/**
 * Words that say what a body does, not which one it is: "Foreign Ministry" or "Finance Ministry" alone names every
 * state's. A name made only of these (and heads) is taken only when a country's name stands in it.
 */
const GENERIC = new Set(
  `Foreign Interior Finance Defence Defense Justice Trade Tax Security Federal National State Central Public Health
  Education Environment Emergency Economic Economy Industry Agriculture Energy Home Internal External Affairs Oval
  Political General Regional Local Special Supreme Higher High Joint Executive Legislative Intelligence Transport
  Culture Information Communications Labour Labor Development Investment Monitoring Mission Head Meeting Select`.split(
    /\s+/,
  ),
);
/** True when the word says what a body does, not which one it is ("Foreign", "Ministry" in "Foreign Ministry"). */
export function isGenericWord(word: string): boolean {
  return GENERIC.has(word) || HEADS.has(word) || OPENING_HEADS.has(word);
}

/**
 * Longest name taken, in tokens, less the articles after its connectors ("Federal Agency for the Development of the
 * State Border" counts seven).
 */
const MAX_NAME_TOKENS = 8;

/** True when the token is a capitalised word ("Carlyle", "NXP"); most tokens are answered by their first letter. */
export function capitalised(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const first = token.text.charCodeAt(0);
  if (first < 65 || (first > 90 && first < 128)) return false;
  return CAPITALISED_TOKEN.test(token.text);
}

/** True when a capitalised word is an ordinary word of a name, not a head and not a person's or company's name. */
function ordinaryWord(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    !HEADS.has(token.text) &&
    !ACRONYM_LETTERS.test(token.text) &&
    (isCommonWord(token.text) || !isKnownName(token.text))
  );
}

/**
 * The tokens after an apostrophe at `i` that belong to the name before it: "s" and the apostrophe in "Moody's
 * Investors Service", the apostrophe alone in "Musicians' Union", when a capitalised word follows; 0 when the
 * apostrophe is no part of a name, or ends a country's ("China's Ministry of ...": the ministry, the country apart)
 * or an owner's before a body "of" something ("FDA's Office of Drug Safety").
 */
function possessiveLength(tokens: Token[], i: number, countryEnds: Set<number>): number {
  const mark = tokens[i]!;
  if ((mark.text !== "'" && mark.text !== '’') || mark.start !== tokens[i - 1]?.end || countryEnds.has(i)) return 0;
  const s = tokens[i + 1]?.text === 's' && tokens[i + 1]!.start === mark.end ? 1 : 0;
  const owner = tokens[i - 1]!.text;
  // "Moody's", "Women's", "Lord Chancellor's", "Musicians'": an ordinary word's possessive is the name's; a name's
  // or a company's ("Chelsea's Champions League", "BBC's Network", "Chrysler Corp's Chrysler Motors") is its owner's.
  const ordinary =
    s === 1
      ? isCommonWord(owner) && !HEADS.has(owner) && !lexiconTags(owner).some((t) => /Organization|Abbreviation/.test(t))
      : owner.length > 3 && CAPITALISED_PLURAL.test(owner) && !HEADS.has(owner);
  if (!ordinary) return 0;
  const next = tokens[i + 1 + s];
  // "FDA's Office of Drug Safety": a body "of" something, owned by the name before it.
  if (OPENING_HEADS.has(next?.text ?? '') && ['of', 'for'].includes(tokens[i + 2 + s]?.text ?? '')) return 0;
  return capitalised(next) ? 1 + s : 0;
}

/** The end of a run of capitalised words, attached hyphens, possessives and connectors from `start`, within one line. */
function runEnd(doc: TagDocument, start: number, known: Set<number>, countryEnds: Set<number>): number {
  const { tokens } = doc;
  let end = start;
  let last = start;
  let articles = 0;
  while (end < tokens.length && end - start - articles < MAX_NAME_TOKENS && !known.has(end)) {
    const token = tokens[end]!;
    const before = tokens[end - 1]?.text ?? '';
    if (token.text === 'the' && before !== 'the' && CONNECTORS.has(before)) articles++;
    if (end > start && doc.text.slice(tokens[end - 1]!.end, token.start).includes('\n')) break;
    const possessive = end > start ? possessiveLength(tokens, end, countryEnds) : 0;
    if (possessive > 0) {
      end += possessive;
      continue;
    }
    const hyphen = token.text === '-' && token.start === tokens[end - 1]?.end && tokens[end + 1]?.start === token.end;
    // "and" joins two ordinary words of one name ("Food and Drug Administration", "Belt and Road"), not two names
    // ("Merck and Pfizer") nor two bodies ("Eastern Airlines and People Express").
    const and = token.text === 'and' || token.text === '&';
    // "Pratt and Co", "Dow Jones & Co": a partnership's "and Co" is its name's (not the last partner's of a list
    // "Goldman, Sachs and Co", whose first name the run has not read).
    const partners = ['Co', 'Company'].includes(tokens[end + 1]?.text ?? '') && tokens[start - 1]?.text !== ',';
    // Nor a name and a lower-case phrase ("NXP Semiconductor and the German Infineon", "Gaza and the West Bank"), nor
    // a name and an acronym ("Investcapitalbank and SMP Bank").
    const joins =
      !and ||
      partners ||
      (ordinaryWord(tokens[end - 1]) && capitalised(tokens[end + 1]) && ordinaryWord(tokens[end + 1]));
    if (capitalised(token)) last = end + 1;
    else if (!(hyphen || (CONNECTORS.has(token.text) && joins)) || end === start) break;
    end++;
  }
  return last;
}

/**
 * The organisation's name within the run [start, end): from its first distinctive word (past "The", or past "Meanwhile
 * the" at a sentence's start) to its first head before an "and" ("Eastern Airlines and People Express Airlines" are
 * two) or its last head, and on through "of …" after it ("Massachusetts Institute of Technology"); or, from an
 * opening head, "Ministry of Emergency Management".
 */
function nameIn(tokens: Token[], start: number, end: number): { first: number; last: number } | null {
  let first = start;
  // "Director of the Federal Protective Service": the service, not its director.
  if (isRole(tokens[first]) && tokens[first + 1]?.text === 'of') first += 2;
  if (tokens[first + 1]?.text === 'the' || (first > start && tokens[first]?.text === 'the'))
    first += first > start ? 1 : 2;
  while (first < end && NOT_DISTINCTIVE.has(tokens[first]!.text)) first++;
  for (let words = notOpening(tokens, first); words > 0 && first + words < end - 1; words = notOpening(tokens, first)) {
    first += words;
    if (tokens[first]!.text === 'the') first++;
  }
  let stop = end;
  for (let i = first; i < end - 1; i++) {
    if (HEADS.has(tokens[i]!.text) && (tokens[i + 1]!.text === 'and' || tokens[i + 1]!.text === '&')) stop = i + 1;
    if (stop !== end) break;
  }
  for (let i = stop - 1; i > first; i--) {
    if (!HEADS.has(tokens[i]!.text)) continue;
    // "Venezuelan Energy Minister", "Energy and Mines Minister": a portfolio before a role, not a company's "Energy".
    if (GENERIC.has(tokens[i]!.text) && isRole(tokens[i + (tokens[i + 1]?.text === 'and' ? 3 : 1)])) continue;
    const of = ['of', 'for'].includes(tokens[i + 1]?.text ?? '') && i + 2 < stop && !closesName(tokens[i]!.text);
    // "Swiss Bank Corp International": the group's international arm is named after its head.
    const arm = tokens[i + 1]?.text === 'International' && i + 2 <= stop;
    return { first, last: of ? stop : arm ? i + 2 : i + 1 };
  }
  if (OPENING_HEADS.has(tokens[first]?.text ?? '') && ['of', 'for', 'to'].includes(tokens[first + 1]?.text ?? '')) {
    return stop - first >= 3 ? { first, last: stop } : null;
  }
  return null;
}

/**
 * How many words at token `k` open no name: a capitalised linking word ("By Chrysler Corp", "Now Chrysler Corp"), or
 * an ordinary word with "to" or "of" after it ("According to the Pensions Commission", "Shares of Temple Inland Inc");
 * not a body's word ("Bank of England", "Court of Arbitration for Sport"); else 0.
 */
function notOpening(tokens: Token[], k: number): number {
  const token = tokens[k];
  // Past the text's last word: a run of words that open no name ends the text ("… on Monday. The").
  if (token === undefined || !capitalised(token)) return 0;
  const text = token.text;
  if (HEADS.has(text) || GENERIC.has(text) || OPENING_HEADS.has(text)) return 0;
  if (isLinkingWord(text)) return 1;
  return isCommonWord(text) && ['of', 'to'].includes(tokens[k + 1]?.text ?? '') ? 2 : 0;
}

/** True when some word of the name says which body it is: not a head, a connector or a word of what bodies do. */
function distinctive(tokens: Token[], first: number, last: number, countryAt: Map<number, string>): boolean {
  for (let i = first; i < last; i++) {
    if (countryAt.has(i)) return true;
    const text = tokens[i]!.text;
    if (capitalised(tokens[i]) && !HEADS.has(text) && !GENERIC.has(text) && !OPENING_HEADS.has(text)) return true;
  }
  return false;
}

/** The acronym the text defines right after the name ("Office of Foreign Assets Control (OFAC)"), if its letters fit. */
function definedAcronym(tokens: Token[], name: Token[], after: number): string | null {
  if (tokens[after]?.text !== '(' || tokens[after + 2]?.text !== ')') return null;
  const acronym = tokens[after + 1]!.text;
  const initials = name
    .filter((t) => capitalised(t))
    .map((t) => t.text[0])
    .join('');
  return ACRONYM_LETTERS.test(acronym) && initials.startsWith(acronym[0]!) && acronym.length <= initials.length
    ? acronym
    : null;
}

/** The country an organisation's name gives ("Chinese Embassy", "China's Ministry of Emergency Management"), or null. */
function countryOf(first: number, last: number, countryAt: Map<number, string>): string | null {
  for (let i = Math.max(0, first - 3); i < last; i++) {
    const code = countryAt.get(i);
    if (code) return code;
  }
  return null;
}

/**
 * Finds organisations by the shape of their names that no known actor or country name covers.
 * @param known token indexes of known actors and discovered people: never part of an organisation's name.
 * @param countryAt the country a country's name or demonym starting at a token index names ("Chinese Embassy").
 * @param notOrganisations token ranges ("first:last") that are a country's or a former state's whole name ("Russian
 * Federation", "Soviet Union").
 * @param taken filled with the token indexes of the names found.
 */
export function discoverOrganisations(
  doc: TagDocument,
  known: Set<number>,
  countryAt: Map<number, string>,
  notOrganisations: Set<string>,
  taken?: Set<number>,
): ActorTag[] {
  const found = new Map<string, ActorTag>();
  const { tokens } = doc;
  const countryEnds = new Set([...notOrganisations].map((span) => Number(span.slice(span.indexOf(':') + 1))));
  for (let i = 0; i < tokens.length; i++) {
    if (!capitalised(tokens[i]) || known.has(i)) continue;
    if (capitalised(tokens[i - 1]) && !doc.text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n')) continue;
    const end = runEnd(doc, i, known, countryEnds);
    const span = nameIn(tokens, i, end);
    if (
      !span ||
      span.last - span.first < 2 ||
      notOrganisations.has(`${span.first}:${span.last}`) ||
      !distinctive(tokens, span.first, span.last, countryAt)
    ) {
      i = Math.max(i, end - 1);
      continue;
    }
    const words = tokens.slice(span.first, span.last);
    for (let k = span.first; k < span.last; k++) taken?.add(k);
    const name = doc.text.slice(words[0]!.start, words.at(-1)!.end);
    const id = `discovered:${slugify(name)}`;
    let tag = found.get(id);
    if (!tag) {
      const acronym = definedAcronym(tokens, words, span.last);
      const country = countryOf(span.first, span.last, countryAt);
      tag = { id, name, type: 'organization', country, discovered: true, origin: 'text', evidence: [], mentions: 0 };
      if (acronym) tag.aliases = [acronym];
      found.set(id, tag);
    }
    tag.mentions = (tag.mentions ?? 0) + 1;
    if (tag.evidence.length < MAX_EVIDENCE) tag.evidence.push(evidenceAt(doc, words[0]!.start, words.at(-1)!.end));
    i = span.last - 1;
  }
  return [...found.values()];
}
