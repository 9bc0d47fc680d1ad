/** Classify stage: the countries each sentence of an article names, for topics that relate countries. Pure. */
import type { TagDocument } from '../tag/index.ts';
import { sentenceAt } from '../tag/sentences.ts';
import type { Tags } from '../types.ts';
import type { CompiledTopics } from './compile-topics.ts';

/**
 * For each sentence of `doc`, the codes of the countries it names: by name, demonym, capital or combining form
 * ("Sino-"), or through an actor of that country whom the tagger found in the article ("Putin", "Wang Yi").
 */
export function findSentenceCountries(doc: TagDocument, tags: Tags, compiled: CompiledTopics): Array<Set<string>> {
  const out = doc.sentences.map(() => new Set<string>());
  for (const match of compiled.tagger.countries.match(doc.tokens)) {
    for (const hit of match.values) {
      if (hit.kind !== 'country') continue;
      if (hit.form === 'prefix' && doc.tokens[match.last - 1]?.text !== '-') continue;
      out[sentenceAt(doc.sentences, match.start)]!.add(hit.code);
    }
  }
  const found = new Set(tags.actors.filter((a) => !a.discovered).map((a) => a.id));
  for (const match of compiled.tagger.actors.match(doc.tokens)) {
    for (const hit of match.values) {
      if (hit.actor.country && found.has(hit.actor.id)) out[sentenceAt(doc.sentences, match.start)]!.add(hit.actor.country);
    }
  }
  return out;
}
