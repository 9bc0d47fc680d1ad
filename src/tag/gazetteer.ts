/**
 * Tag stage: the gazetteer of places inside countries (cities, states, provinces, England, Scotland…), read from the
 * compact index `gazetteer.json` that `npm run make:gazetteer` compiles from well-kept packages (bundled with the
 * code, so the compiled commands carry it). Each name is parsed when a text first holds its first word.
 */
import gazetteer from './gazetteer.json' with { type: 'json' };
import { PhraseMatcher, type PhraseMatch } from './matcher.ts';
import { firstToken, type Token } from './tokens.ts';

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

/** A place name as the gazetteer stores it: its flags, then each place it may be. */
function parsePlace(name: string, value: string): PlaceName {
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
}

/** The key a phrase matcher gives a word matched with case: a typographic apostrophe is a straight one. */
const caseKey = (word: string) => (word === '’' ? "'" : word);

/**
 * The matcher of every place name, filled as the texts it matches need: compiling all 31,508 names at once took
 * each analysis worker about 0.3 s before its first article (0.55 s of CPU at a load of 7). A match starts at the
 * phrase's first word, so before matching a text only the names starting with one of its words (as written, or
 * title-cased as the matcher tries a word in capitals) are added, in the gazetteer's order: the matches are those
 * of the whole matcher.
 */
class PlaceMatcher {
  private readonly matcher = new PhraseMatcher<PlaceName>({ ignoreCase: false });
  /**
   * The names not yet added, by the key of their first word. Only the names: making a pair of each name and its
   * stored places, and splitting each name into all its tokens, was most of the 0.2 s of CPU this index took to make.
   */
  private readonly pending = new Map<string, string[]>();

  constructor(private readonly places: Record<string, string>) {
    for (const name in places) {
      const first = firstToken(name);
      if (!first) continue;
      const key = caseKey(first);
      const names = this.pending.get(key);
      if (names) names.push(name);
      else this.pending.set(key, [name]);
    }
  }

  private addStartingWith(word: string): void {
    const names = this.pending.get(word);
    if (!names) return;
    this.pending.delete(word);
    for (const name of names) this.matcher.add(name, parsePlace(name, this.places[name]!));
  }

  /** Longest, non-overlapping place names in `tokens`, left to right (see `PhraseMatcher.match`). */
  match(tokens: Token[]): PhraseMatch<PlaceName>[] {
    for (const { text } of tokens) {
      this.addStartingWith(caseKey(text));
      // Only a word whose second letter is not a lower-case one may be tried title-cased (`titleCase` in matcher.ts):
      // the others need no second string made and looked up, which was most of this loop's time.
      const second = text.charCodeAt(1);
      if (text.length > 1 && !(second >= 97 && second <= 122))
        this.addStartingWith(text[0] + text.slice(1).toLowerCase());
    }
    return this.matcher.match(tokens);
  }
}

let matcher: PlaceMatcher | null = null;

/** A matcher of every place name (with case: "Reading" the town, not "reading"), made at the first call. */
export function placeMatcher(): PlaceMatcher {
  matcher ??= new PlaceMatcher((gazetteer as { places: Record<string, string> }).places);
  return matcher;
}
