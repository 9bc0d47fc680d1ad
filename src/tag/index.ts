/** Tag stage: an article's title and text → its country and actor tags, each with evidence. */
import type { Tags } from '../types.ts';
import type { CompiledTaxonomy } from './compile.ts';
import { tagActors } from './actors.ts';
import { tagCountries } from './countries.ts';
import { discoverPeople } from './discover.ts';
import type { TagDocument } from './document.ts';
import { matchDocument } from './match-document.ts';

export { compileTaxonomy, type CompiledTaxonomy } from './compile.ts';
export { createDocument, evidenceAt, type TagDocument } from './document.ts';
export { documentWords, isCountryMention } from './country-context.ts';
export { matchDocument, type DocumentMatches } from './match-document.ts';
export { PhraseMatcher } from './matcher.ts';
export { splitSentences } from './sentences.ts';
export { tokenize } from './tokens.ts';

/**
 * Tags an article: the actors the actors file knows, the countries (from their names and from those actors), and
 * people in a person's context whom the file does not know yet (`discovered`, listed in the build report).
 */
export function tagArticle(doc: TagDocument, compiled: CompiledTaxonomy): Tags {
  const { actors: actorMatches, countries: countryMatches } = matchDocument(doc, compiled);
  const named = new Set(countryMatches.flatMap((m) => m.values.flatMap((v) => (v.kind === 'country' ? [v.code] : []))));
  const actors = tagActors(doc, actorMatches, named);
  const known = new Set<number>();
  for (const match of [...actorMatches, ...countryMatches]) {
    for (let i = match.first; i < match.last; i++) known.add(i);
  }
  return {
    countries: tagCountries(doc, compiled, countryMatches, actors),
    actors: [...actors, ...discoverPeople(doc, known)],
  };
}
