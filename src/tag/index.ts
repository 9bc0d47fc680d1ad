/** Tag stage: an article's title and text → its country and actor tags, each with evidence. */
import type { Tags } from '../types.ts';
import type { CompiledTaxonomy } from './compile.ts';
import { tagActors } from './actors.ts';
import { tagCountries } from './countries.ts';
import { discoverPeople } from './discover.ts';
import { discoverOrganisations } from './discover-organisations.ts';
import type { TagDocument } from './document.ts';
import { documentWords, isCountryMention } from './country-context.ts';
import { matchDocument, type DocumentMatches } from './match-document.ts';
import { resolvePlaces } from './places.ts';

export { compileTaxonomy, type CompiledTaxonomy } from './compile.ts';
export { createDocument, evidenceAt, type TagDocument } from './document.ts';
export { documentWords, isCountryMention } from './country-context.ts';
export { matchDocument, type DocumentMatches } from './match-document.ts';
export { PhraseMatcher } from './matcher.ts';
export { splitSentences } from './sentences.ts';
export { tokenize } from './tokens.ts';

/** Token indexes of the accepted country names and of every actor match, and the country named at each name's start. */
function namedTokens(
  doc: TagDocument,
  matches: DocumentMatches,
): { taken: Set<number>; countriesAt: Map<number, string> } {
  const words = documentWords(doc);
  const taken = new Set<number>();
  const countriesAt = new Map<number, string>();
  for (const match of matches.countries) {
    const hit = match.values.find((v) => v.kind === 'country' && isCountryMention(doc, match, v, words));
    if (hit?.kind !== 'country') continue;
    countriesAt.set(match.first, hit.code);
    for (let i = match.first; i < match.last; i++) taken.add(i);
  }
  for (const match of matches.actors) for (let i = match.first; i < match.last; i++) taken.add(i);
  return { taken, countriesAt };
}

/**
 * Tags an article: the actors the actors file knows, the countries (from their names, the places inside them and
 * those actors), and people in a person's context whom the file does not know yet (`discovered`, listed in the build
 * report).
 */
export function tagArticle(doc: TagDocument, compiled: CompiledTaxonomy): Tags {
  const matches = matchDocument(doc, compiled);
  const named = new Set(
    matches.countries.flatMap((m) => m.values.flatMap((v) => (v.kind === 'country' ? [v.code] : []))),
  );
  const actors = tagActors(doc, matches.actors, named);
  const { taken, countriesAt } = namedTokens(doc, matches);
  const places = resolvePlaces(doc, matches.places, taken, countriesAt);
  const known = new Set(taken);
  for (const match of matches.countries) for (let i = match.first; i < match.last; i++) known.add(i);
  for (const { match } of places) for (let i = match.first; i < match.last; i++) known.add(i);
  const people = new Set<number>();
  const discovered = discoverPeople(doc, known, people, compiled.givenNames);
  const actorTokens = new Set(people);
  // Full names of known actors; a short or context name may not have been theirs ("World Petroleum Congress").
  for (const match of matches.actors) {
    if (match.values.some((v) => v.form === 'name')) for (let i = match.first; i < match.last; i++) actorTokens.add(i);
  }
  return {
    countries: tagCountries(doc, compiled, matches.countries, actors, places),
    actors: [
      ...actors,
      ...discovered,
      ...discoverOrganisations(
        doc,
        actorTokens,
        countriesAt,
        new Set(matches.countries.map((m) => `${m.first}:${m.last}`)),
      ),
    ],
  };
}
