/** Tag stage: the taxonomy's phrase matches in one document, found once and shared by the tagger and the classifier. */
import type { ActorHit, CompiledTaxonomy, CountryHit } from './compile.ts';
import type { TagDocument } from './document.ts';
import { placeMatcher, type PlaceName } from './gazetteer.ts';
import type { PhraseMatch } from './matcher.ts';

export interface DocumentMatches {
  actors: PhraseMatch<ActorHit>[];
  /** Country names, less those inside a longer place name ("Ireland" of "Northern Ireland"). */
  countries: PhraseMatch<CountryHit>[];
  places: PhraseMatch<PlaceName>[];
}

const found = new WeakMap<TagDocument, { compiled: CompiledTaxonomy; matches: DocumentMatches }>();

/** Drops the country matches that a longer place match covers: "Northern Ireland" is a place of the United Kingdom. */
function outsideLongerPlaces(countries: PhraseMatch<CountryHit>[], places: PhraseMatch<PlaceName>[]) {
  const covering = new Map<number, PhraseMatch<PlaceName>>();
  for (const place of places) for (let i = place.first; i < place.last; i++) covering.set(i, place);
  return countries.filter((c) => {
    const place = covering.get(c.first) ?? covering.get(c.last - 1);
    return !place || place.last - place.first <= c.last - c.first;
  });
}

/** The actor, country and place matches of `doc`; a second call for the same document and taxonomy reuses the first's. */
export function matchDocument(doc: TagDocument, compiled: CompiledTaxonomy): DocumentMatches {
  const entry = found.get(doc);
  if (entry?.compiled === compiled) return entry.matches;
  const places = placeMatcher().match(doc.tokens);
  const matches = {
    actors: compiled.actors.match(doc.tokens),
    countries: outsideLongerPlaces(compiled.countries.match(doc.tokens), places),
    places,
  };
  found.set(doc, { compiled, matches });
  return matches;
}
