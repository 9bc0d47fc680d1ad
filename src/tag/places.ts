/**
 * Tag stage: places inside countries (cities, states, provinces, England…) resolved to their country the way CLIFF
 * resolves them against GeoNames: a place qualified in the text ("Houston, Tex.", "Lugano, Switzerland") is the one
 * there; otherwise the one in a country the article names (unless a namesake elsewhere is far larger), else the most
 * populous. A name that is also a word or a person's name ("Reading", "Lincoln") needs a cue: a qualifier or the
 * dateline for a word, a preposition of place too for a person's name. A city inside a longer name is still that
 * city ("Manchester United" plays in Manchester, as the labellers read it), unless the name is of a street, a ground,
 * an agreement or a shoal named after it ("Lansdowne Road" is in Dublin). Pure.
 */
import type { PlaceCandidate, PlaceName } from './gazetteer.ts';
import type { TagDocument } from './document.ts';
import type { PhraseMatch } from './matcher.ts';
import { namesSomethingNamedAfter } from './longer-names.ts';

/**
 * A place named without any cue counts only when it is this populous (or a region): smaller towns share their names
 * with too many other things. Chosen on the tuning part of the labelled sets (`npm run score:tagging`).
 */
const MIN_POPULATION_ALONE = 50_000;
/**
 * A city in a country the article names is preferred to its namesakes elsewhere ("Santa Fe" in a story naming the
 * United States is New Mexico's, not Argentina's larger one), unless it is a town too small to be read alone and the
 * most populous namesake is this many times larger: talks in Geneva in a story naming the United States are
 * Switzerland's, not a town of Illinois', and a race in Boston in a story naming Britain is Massachusetts', not
 * Lincolnshire's. Chosen on the tuning part of the labelled sets (`npm run score:tagging`; 5 read Santa Fe as
 * Argentina's, 10 Geneva as Illinois').
 */
const CONTEXT_POPULATION_RATIO = 8;
/** The United Kingdom's constituent countries, as iso-3166-2 names them: each names the state as "Britain" does. */
const CONSTITUENT_COUNTRIES = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);
/** Words that go on with a list after one of its names. */
const LIST_WORDS = new Set([',', 'and', 'or']);
/** Words before a name that say it is a place ("in Reading", "near Lincoln"). */
export const LOCATIVES = new Set('in at near outside from to into across around via towards'.split(' '));
/** Tokens after a dateline's place ("HOUSTON, March 3 -", "KIEV (Reuters) -", "LONDON —"). */
const DATELINE_ENDS = new Set([',', '(', '-', '—', '–']);

/** A place of the article, resolved to one country. */
export interface PlaceMention {
  match: PhraseMatch<PlaceName>;
  place: PlaceCandidate;
  /** What said it is this place: a qualifier after it, the dateline, a preposition, or nothing but the name. */
  cue: 'qualifier' | 'dateline' | 'locative' | 'none';
}

/** True when the name continues a word through an apostrophe ("Driscoll" of "O'Driscoll"). */
function insideWord(doc: TagDocument, index: number): boolean {
  const previous = doc.tokens[index - 1];
  return (previous?.text === "'" || previous?.text === '’') && previous.end === doc.tokens[index]!.start;
}

/** What qualifies a place after its comma: a country, or a region or state's abbreviation. */
type Qualifier = PlaceCandidate | { country: string; admin: string; kind: 'country' };

/** The country (and division) that qualifies a place after its comma ("Houston, Tex.", "Lugano, Switzerland"). */
function qualifierAt(
  index: number,
  countriesAt: Map<number, string>,
  placesAt: Map<number, PhraseMatch<PlaceName>>,
): Qualifier | null {
  const country = countriesAt.get(index);
  if (country) return { country, admin: '', kind: 'country' };
  return placesAt.get(index)?.values[0]?.candidates.find((c) => c.kind !== 'city') ?? null;
}

/**
 * A county named after a place and qualified by its state or country ("Nassau County, N.Y.", "Kent County,
 * Michigan"): a region there, whatever the place of that name is (the Bahamas' Nassau), or null when the name is not
 * so written.
 */
function countyOf(
  doc: TagDocument,
  match: PhraseMatch<PlaceName>,
  countriesAt: Map<number, string>,
  placesAt: Map<number, PhraseMatch<PlaceName>>,
): PlaceMention | null {
  const county = doc.tokens[match.last];
  if (county?.text !== 'County' || doc.tokens[match.last + 1]?.text !== ',') return null;
  const qualifier = qualifierAt(match.last + 2, countriesAt, placesAt);
  if (!qualifier) return null;
  return {
    match: { ...match, last: match.last + 1, end: county.end },
    place: { country: qualifier.country, admin: qualifier.admin, population: 0, kind: 'region' },
    cue: 'qualifier',
  };
}

/** True when the place opens the body as its dateline ("HOUSTON, March 3 -", "VANCOUVER, British Columbia, Feb 26"). */
const isDateline = (doc: TagDocument, match: PhraseMatch<PlaceName>, bodyStart: number) =>
  match.first === bodyStart && DATELINE_ENDS.has(doc.tokens[match.last]?.text ?? '');

function cueOf(
  doc: TagDocument,
  match: PhraseMatch<PlaceName>,
  qualified: boolean,
  bodyStart: number,
): PlaceMention['cue'] {
  if (qualified) return 'qualifier';
  if (isDateline(doc, match, bodyStart)) return 'dateline';
  return LOCATIVES.has(doc.tokens[match.first - 1]?.text ?? '') ? 'locative' : 'none';
}

/** The candidate a name means here, or null when nothing settles it. */
function chooseCandidate(
  entry: PlaceName,
  qualifier: { country: string; admin: string } | null,
  named: Set<string>,
  cue: PlaceMention['cue'],
): PlaceCandidate | null {
  const candidates = entry.candidates.filter((c) => c.kind !== 'abbreviation');
  if (qualifier) {
    const there = candidates.filter((c) => c.country === qualifier.country);
    return there.find((c) => !qualifier.admin || c.admin === qualifier.admin) ?? there[0] ?? null;
  }
  // A word ("Reading", "Bath", "Split") needs more than a preposition: "into East and West" names no place.
  if (entry.word && (cue === 'none' || cue === 'locative')) return null;
  if ((entry.person || entry.short) && cue === 'none') return null;
  const top = candidates[0];
  if (!top) return null;
  const inContext = candidates.find((c) => named.has(c.country));
  // A region of a named country ("in Florida") has no population to compare: it is that region; a city of some size
  // there is that city; a small town gives way to a namesake CONTEXT_POPULATION_RATIO times larger.
  if (
    inContext &&
    (inContext.kind === 'region' ||
      inContext.population >= MIN_POPULATION_ALONE ||
      top.population < inContext.population * CONTEXT_POPULATION_RATIO)
  )
    return inContext;
  if (top.kind === 'region') return candidates.some((c) => c.country !== top.country) ? null : top;
  return cue !== 'none' || top.population >= MIN_POPULATION_ALONE ? top : null;
}

/** A place name of the article with what qualifies it and what cue it has, before it is resolved. */
interface PlaceReading {
  match: PhraseMatch<PlaceName>;
  qualifier: Qualifier | null;
  cue: PlaceMention['cue'];
}

/**
 * The countries that decide between a name's namesakes: those the article names, the United Kingdom where one of its
 * constituent countries is named, and the country of the dateline's place, which says where the story was written
 * ("TORONTO - This week's Ontario government auction" is Canada's province, not California's city).
 */
function contextCountries(
  doc: TagDocument,
  readings: PlaceReading[],
  countriesAt: Map<number, string>,
  bodyStart: number,
): Set<string> {
  const named = new Set(countriesAt.values());
  for (const { match } of readings) {
    const { name, candidates } = match.values[0]!;
    if (CONSTITUENT_COUNTRIES.has(name)) named.add(candidates[0]!.country);
  }
  const dateline = readings.find((r) => isDateline(doc, r.match, bodyStart));
  const datelinePlace = dateline && chooseCandidate(dateline.match.values[0]!, dateline.qualifier, named, dateline.cue);
  if (datelinePlace) named.add(datelinePlace.country);
  return named;
}

/**
 * Resolves the gazetteer's matches in `doc` to places. The countries the article names are its context, and the
 * United Kingdom's constituent countries name it: a rugby story naming England reads "their Surrey training base" and
 * "a win against Newcastle" as England's, not Canada's Surrey and South Africa's Newcastle, which are larger. (Any
 * place of one country as context, "Hawaii" among them, read "from Vancouver" as Washington's, not Canada's.)
 * @param taken token indexes of the country names and actors the article names: a place is never inside one.
 * @param countriesAt the country code named at each token index that starts a country name (for qualifiers).
 */
export function resolvePlaces(
  doc: TagDocument,
  matches: PhraseMatch<PlaceName>[],
  taken: Set<number>,
  countriesAt: Map<number, string>,
): PlaceMention[] {
  const placesAt = new Map(matches.map((m) => [m.first, m]));
  const bodyStart = matches.length ? doc.tokens.findIndex((t) => t.start > doc.titleEnd) : -1;
  const readings: PlaceReading[] = [];
  const out: PlaceMention[] = [];
  /** The regions that qualify a place before them, by their first token: "Ontario" of "Windsor, Ontario". */
  const qualifying = new Map<number, PlaceCandidate>();
  for (const match of matches) {
    const entry = match.values[0]!;
    const afterComma = doc.tokens[match.first - 1]?.text === ',';
    if (taken.has(match.first) || taken.has(match.last - 1) || insideWord(doc, match.first)) continue;
    if (namesSomethingNamedAfter(doc, match.last)) continue;
    if (entry.candidates.every((c) => c.kind === 'abbreviation')) {
      const state = entry.candidates[0]!;
      if (afterComma) out.push({ match, place: state, cue: 'qualifier' });
      continue;
    }
    const county = countyOf(doc, match, countriesAt, placesAt);
    if (county) {
      out.push(county);
      continue;
    }
    const after = doc.tokens[match.last]?.text === ',' ? qualifierAt(match.last + 1, countriesAt, placesAt) : null;
    // A country or region after the comma in which this place has no namesake is the next of a list ("Geneva, Abu
    // Dhabi and Miami"); a state's abbreviation is always a qualifier ("LIVERPOOL, N.Y." is no English city), and so
    // is a region no list word follows ("its Essex, Ontario engine plant": a town of Ontario the gazetteer lacks).
    const listed =
      after?.kind !== 'abbreviation' &&
      !entry.candidates.some((c) => c.country === after?.country) &&
      (after?.kind !== 'region' || LIST_WORDS.has(doc.tokens[placesAt.get(match.last + 1)!.last]?.text ?? ''));
    const qualifier = listed ? null : after;
    if (qualifier?.kind === 'region') qualifying.set(match.last + 1, qualifier);
    readings.push({ match, qualifier, cue: cueOf(doc, match, qualifier !== null, bodyStart) });
  }
  const named = contextCountries(doc, readings, countriesAt, bodyStart);
  for (const { match, qualifier, cue } of readings) {
    // A region that qualifies the place before it is the one it qualified ("Windsor, Ontario" is Canada's province,
    // not its more populous namesake, California's city of Ontario).
    const region = qualifying.get(match.first);
    if (region) {
      out.push({ match, place: region, cue: 'qualifier' });
      continue;
    }
    const place = chooseCandidate(match.values[0]!, qualifier, named, cue);
    if (place) out.push({ match, place, cue });
  }
  return out.sort((a, b) => a.match.first - b.match.first);
}
