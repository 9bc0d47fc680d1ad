/** Classify stage: the countries each sentence of an article names, for topics that relate countries. Pure. */
import { documentWords, isCountryMention, matchDocument, type TagDocument } from '../tag/index.ts';
import { sentenceAt } from '../tag/sentences.ts';
import type { Tags } from '../types.ts';
import type { CompiledTopics } from './compile-topics.ts';

/**
 * For each sentence of `doc`, the codes of the countries it names: by name, demonym, capital or combining form
 * ("Sino-"), or through an actor of that country whom the tagger found in the article ("Putin", "Wang Yi").
 * Uses the tagger's own matches and its test of what counts as a mention of a country.
 */
export function findSentenceCountries(doc: TagDocument, tags: Tags, compiled: CompiledTopics): Array<Set<string>> {
  const out = doc.sentences.map(() => new Set<string>());
  const matches = matchDocument(doc, compiled.tagger);
  const words = documentWords(doc);
  for (const match of matches.countries) {
    for (const hit of match.values) {
      if (hit.kind !== 'country' || !isCountryMention(doc, match, hit, words)) continue;
      out[sentenceAt(doc.sentences, match.start)]!.add(hit.code);
    }
  }
  const found = new Set(tags.actors.filter((a) => !a.discovered).map((a) => a.id));
  for (const match of matches.actors) {
    for (const hit of match.values) {
      if (hit.actor.country && found.has(hit.actor.id))
        out[sentenceAt(doc.sentences, match.start)]!.add(hit.actor.country);
    }
  }
  return out;
}
