/** Tag stage: decides whether a match of a country's name means the country here. Pure. */
import type { CountryHit } from './compile.ts';
import type { TagDocument } from './document.ts';
import { insideLongerName } from './longer-names.ts';
import type { PhraseMatch } from './matcher.ts';

/** The words of a document, built once per article the first time an ambiguous name needs them. */
export type WordSet = () => Set<string>;

/** A lazily built set of the document's words. */
export function documentWords(doc: TagDocument): WordSet {
  let words: Set<string> | null = null;
  return () => (words ??= new Set(doc.tokens.map((t) => t.text)));
}

/** The token indexes where the names of countries that need no cue start, and those just after where they end. */
interface CountryNameEdges {
  starts: Set<number>;
  ends: Set<number>;
}

/** What the test of a country's mention reads of the whole article, each part built the first time a name needs it. */
export interface MentionContext {
  words: WordSet;
  names: () => CountryNameEdges;
}

/** The mention context of a document whose country matches are `matches`. */
export function mentionContext(doc: TagDocument, matches: PhraseMatch<CountryHit>[]): MentionContext {
  let names: CountryNameEdges | null = null;
  const edges = () => {
    const plain = matches.filter((m) => m.values.some((v) => v.kind === 'country' && v.form === 'name' && !v.cues));
    return { starts: new Set(plain.map((m) => m.first)), ends: new Set(plain.map((m) => m.last)) };
  };
  return { words: documentWords(doc), names: () => (names ??= edges()) };
}

/** Words that join the items of a list ("Samoa, France, Italy, Georgia and Chinese Taipei"). */
const LIST_WORDS = new Set([',', 'and', 'or']);

/**
 * The token index past the words of a list that run from `index` by `step` (-1 back, 1 on), or null when none of them
 * joins a list ("the" may stand between: "Georgia and the Ukraine").
 */
function pastListWords(doc: TagDocument, index: number, step: 1 | -1): number | null {
  let i = index;
  let joins = 0;
  for (let n = 0; n < 3; n++, i += step) {
    const text = doc.tokens[i]?.text;
    if (text === undefined || (!LIST_WORDS.has(text) && text !== 'the')) break;
    if (LIST_WORDS.has(text)) joins++;
  }
  return joins > 0 ? i : null;
}

/**
 * True when an ambiguous name stands where only a state stands: in a list beside another country's name ("former
 * Soviet republics - Georgia and Moldova", "Russia's aggression against Georgia and Ukraine"), or after "republic of"
 * ("the Soviet republic of Georgia"). A US state's list names states ("Georgia and northern Alabama").
 */
function namedAsState(doc: TagDocument, match: PhraseMatch<CountryHit>, names: CountryNameEdges): boolean {
  const before = pastListWords(doc, match.first - 1, -1);
  if (before !== null && names.ends.has(before + 1)) return true;
  const after = pastListWords(doc, match.last, 1);
  if (after !== null && names.starts.has(after)) return true;
  return doc.tokens[match.first - 1]?.text === 'of' && /^republics?$/i.test(doc.tokens[match.first - 2]?.text ?? '');
}

/**
 * True when a country match stands for the country: a combining form ("Sino-") only when a word follows its hyphen; a
 * name or capital not inside a longer proper name ("Donetsk People's Republic", "St. George's Park"); a name that is
 * also something else ("Georgia", "Jordan") only when the article also has one of its context cues, or the text names
 * it as a state.
 */
export function isCountryMention(
  doc: TagDocument,
  match: PhraseMatch<CountryHit>,
  hit: Extract<CountryHit, { kind: 'country' }>,
  context: MentionContext,
): boolean {
  if (hit.form === 'prefix') return doc.tokens[match.last]?.start === match.end;
  if (hit.form !== 'demonym' && insideLongerName(doc, match.first, match.last)) return false;
  if (!hit.cues) return true;
  const present = context.words();
  return hit.cues.some((cue) => present.has(cue)) || namedAsState(doc, match, context.names());
}

/** A country match that stands for the country here, with the codes of the countries it names. */
export interface CountryMention {
  match: PhraseMatch<CountryHit>;
  codes: string[];
}

/**
 * The country matches of a document that stand for their countries (`isCountryMention`), decided once for the names
 * the tagger leaves to actors and places and for the countries it tags.
 */
export function countryMentions(doc: TagDocument, matches: PhraseMatch<CountryHit>[]): CountryMention[] {
  const context = mentionContext(doc, matches);
  return matches.flatMap((match) => {
    const codes = match.values.flatMap((v) =>
      v.kind === 'country' && isCountryMention(doc, match, v, context) ? [v.code] : [],
    );
    return codes.length > 0 ? [{ match, codes }] : [];
  });
}
