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

/**
 * True when a country match stands for the country: a combining form ("Sino-") only when a word follows its hyphen; a
 * name or capital not inside a longer proper name ("Donetsk People's Republic", "St. George's Park"); a name that is
 * also something else ("Georgia", "Jordan") only when the article also has one of its context cues.
 */
export function isCountryMention(
  doc: TagDocument,
  match: PhraseMatch<CountryHit>,
  hit: Extract<CountryHit, { kind: 'country' }>,
  words: WordSet,
): boolean {
  if (hit.form === 'prefix') return doc.tokens[match.last]?.start === match.end;
  if (hit.form !== 'demonym' && insideLongerName(doc, match.first, match.last)) return false;
  if (!hit.cues) return true;
  const present = words();
  return hit.cues.some((cue) => present.has(cue));
}
