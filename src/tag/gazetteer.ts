/**
 * Tag stage: the gazetteer of places inside countries (cities, states, provinces, England, Scotland…), read from the
 * compact index `gazetteer.json` that `npm run make:gazetteer` compiles from well-kept packages (bundled with the
 * code, so the compiled commands carry it). Each name is parsed when a text first holds its first word.
 */
import gazetteer from './gazetteer.json' with { type: 'json' };
import { isLowerAscii, PhraseMatcher, type PhraseMatch } from './matcher.ts';
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

/** The key under which the gazetteer files a place name: its first word's, as the matcher keys it; none for no word. */
export function placeKey(name: string): string | undefined {
  const first = firstToken(name);
  return first === undefined ? undefined : caseKey(first);
}

/** Where a line's key ends, and where its name ends: a tab, which no key or name holds. */
const TAB = 9;

/**
 * The matcher of every place name, filled as the texts it matches need: compiling all 31,508 names at once took
 * each analysis worker about 0.3 s before its first article (0.55 s of CPU at a load of 7). A match starts at the
 * phrase's first word, so before matching a text only the names starting with one of its words (as written, or
 * title-cased as the matcher tries a word in capitals) are added, in the gazetteer's order: the matches are those
 * of the whole matcher. The gazetteer is one text of a line per name, `key<TAB>name<TAB>places`, sorted by key
 * (`placeKey`), the names of a key in the gazetteer's order: a word's names are found by a binary search over the
 * lines. Read as an object of 31,508 names, then filed by first word, it took a worker 0.1 s of CPU before its first
 * article; the text and its lines' offsets take a fifth of that.
 */
class PlaceMatcher {
  private readonly matcher = new PhraseMatcher<PlaceName>({ ignoreCase: false });
  /** Where each line of `lines` starts. */
  private readonly starts: Int32Array;
  /** The words whose names were added (or that start none): each is looked up once. */
  private readonly looked = new Set<string>();
  /** The few keys that start with a lower-case ASCII letter ("el", "eMbalenhle"): no other such word starts a name. */
  private readonly lowerKeys = new Set<string>();

  constructor(private readonly lines: string) {
    let count = 1;
    for (let at = lines.indexOf('\n'); at >= 0; at = lines.indexOf('\n', at + 1)) count++;
    this.starts = new Int32Array(count);
    count = 1;
    for (let at = lines.indexOf('\n'); at >= 0; at = lines.indexOf('\n', at + 1)) this.starts[count++] = at + 1;
    for (const start of this.starts) {
      if (isLowerAscii(lines.charCodeAt(start))) this.lowerKeys.add(lines.slice(start, lines.indexOf('\t', start)));
    }
  }

  /** Negative, 0 or positive as the key of line `line` sorts before `word`, is it, or sorts after it. */
  private compareKey(line: number, word: string): number {
    const start = this.starts[line]!;
    for (let i = 0; ; i++) {
      const key = this.lines.charCodeAt(start + i);
      // The key ends at its tab, which sorts before any character of a word, as a shorter string sorts first.
      const other = i < word.length ? word.charCodeAt(i) : TAB;
      if (key !== other) return key - other;
      if (key === TAB) return 0;
    }
  }

  private addStartingWith(word: string): void {
    if (this.looked.has(word)) return;
    this.looked.add(word);
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compareKey(middle, word) < 0) low = middle + 1;
      else high = middle;
    }
    for (let line = low; line < this.starts.length && this.compareKey(line, word) === 0; line++) {
      const nameStart = this.starts[line]! + word.length + 1;
      const nameEnd = this.lines.indexOf('\t', nameStart);
      const lineEnd = line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.lines.length;
      const name = this.lines.slice(nameStart, nameEnd);
      this.matcher.add(name, parsePlace(name, this.lines.slice(nameEnd + 1, lineEnd)));
    }
  }

  /** Longest, non-overlapping place names in `tokens`, left to right (see `PhraseMatcher.match`). */
  match(tokens: Token[]): PhraseMatch<PlaceName>[] {
    for (const { text } of tokens) {
      // Most words of a text are lower-case ones, which start a name only when they are one of its few lower-case keys
      // (their title-cased form is never matched: `titleCase` in matcher.ts reads only words in capitals so).
      if (isLowerAscii(text.charCodeAt(0))) {
        if (this.lowerKeys.has(text)) this.addStartingWith(text);
        continue;
      }
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
  matcher ??= new PlaceMatcher(gazetteer.places);
  return matcher;
}
