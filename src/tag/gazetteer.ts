/**
 * Tag stage: the gazetteer of places inside countries (cities, states, provinces, England, Scotland…), read from the
 * compact index `gazetteer.json` that `npm run make:gazetteer` compiles from well-kept packages (bundled with the
 * code, so the compiled commands carry it). Parsed into place names at the first call.
 */
import gazetteer from './gazetteer.json' with { type: 'json' };
import { PhraseMatcher } from './matcher.ts';

/** One reading of a place name. */
export interface PlaceCandidate {
  /** ISO 3166-1 alpha-2 code of the country the place is in. */
  country: string;
  /** First-level division: a US state's postal code, "ENG", "SCT"…; "" when unknown. */
  admin: string;
  /** Population of a city; 0 for a region or an abbreviation. */
  population: number;
  /** A city, a region (state, province, constituent country), or a state's abbreviation ("Tex.", "N.Y."). */
  kind: 'city' | 'region' | 'abbreviation';
}

/** A place name and every place it may be, most populous first. */
export interface PlaceName {
  name: string;
  /** Also an English word ("Reading", "Bath"): read as a place only with a cue. */
  word: boolean;
  /** Also a person's name ("Houston", "Lincoln"): read as a place only with a cue. */
  person: boolean;
  /** Three letters or fewer: read as a place only with a cue. */
  short: boolean;
  candidates: PlaceCandidate[];
}

const KINDS = { c: 'city', r: 'region', a: 'abbreviation' } as const;

let places: PlaceName[] | null = null;

/** Every place name of the gazetteer, parsed at the first call. */
export function loadGazetteer(): PlaceName[] {
  places ??= Object.entries((gazetteer as { places: Record<string, string> }).places).map(([name, value]) => {
    const [flags = '', ...candidates] = value.split('|');
    return {
      name,
      word: flags.includes('w'),
      person: flags.includes('p'),
      short: flags.includes('s'),
      candidates: candidates.map((c) => {
        const [country = '', admin = '', population = '0', kind = 'c'] = c.split(' ');
        return { country, admin, population: Number(population), kind: KINDS[kind as keyof typeof KINDS] };
      }),
    };
  });
  return places;
}

let matcher: PhraseMatcher<PlaceName> | null = null;

/** A matcher of every place name (with case: "Reading" the town, not "reading"), compiled at the first call. */
export function placeMatcher(): PhraseMatcher<PlaceName> {
  if (!matcher) {
    matcher = new PhraseMatcher<PlaceName>({ ignoreCase: false });
    for (const place of loadGazetteer()) matcher.add(place.name, place);
  }
  return matcher;
}
