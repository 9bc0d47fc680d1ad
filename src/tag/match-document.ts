/** Tag stage: the taxonomy's phrase matches in one document, found once and shared by the tagger and the classifier. */
import type { ActorHit, CompiledTaxonomy, CountryHit } from './compile.ts';
import type { TagDocument } from './document.ts';
import type { PhraseMatch } from './matcher.ts';

export interface DocumentMatches {
  actors: PhraseMatch<ActorHit>[];
  countries: PhraseMatch<CountryHit>[];
}

const found = new WeakMap<TagDocument, { compiled: CompiledTaxonomy; matches: DocumentMatches }>();

/** The actor and country matches of `doc`; a second call for the same document and taxonomy reuses the first's. */
export function matchDocument(doc: TagDocument, compiled: CompiledTaxonomy): DocumentMatches {
  const entry = found.get(doc);
  if (entry?.compiled === compiled) return entry.matches;
  const matches = { actors: compiled.actors.match(doc.tokens), countries: compiled.countries.match(doc.tokens) };
  found.set(doc, { compiled, matches });
  return matches;
}
