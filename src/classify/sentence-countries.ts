/**
 * Classify stage: the countries and other parties each sentence of an article names, and which of a topic's phrases it
 * holds (a party that is not a state, several states at once), for topics that relate them. Pure.
 */
import { countryMentions, matchDocument, type TagDocument } from '../tag/index.ts';
import type { PhraseMatch } from '../tag/matcher.ts';
import { sentenceAt } from '../tag/sentences.ts';
import type { TopicEntry } from '../taxonomy/index.ts';
import type { Tags } from '../types.ts';
import type { CompiledTopics } from './compile-topics.ts';

/** The ids of the actors the tagger found in the article (not discovered ones): their names may be trusted. */
const foundActors = (tags: Tags) => new Set(tags.actors.filter((a) => !a.discovered).map((a) => a.id));

/**
 * For each sentence of `doc`, the codes of the countries it names: by name, demonym, capital or combining form
 * ("Sino-"), or through an actor of that country whom the tagger found in the article ("Putin", "Wang Yi").
 * Uses the tagger's own matches and its test of what counts as a mention of a country.
 */
export function findSentenceCountries(doc: TagDocument, tags: Tags, compiled: CompiledTopics): Array<Set<string>> {
  const out = doc.sentences.map(() => new Set<string>());
  const matches = matchDocument(doc, compiled.tagger);
  for (const { match, codes } of countryMentions(doc, matches.countries)) {
    for (const code of codes) out[sentenceAt(doc.sentences, match.start)]!.add(code);
  }
  const found = foundActors(tags);
  for (const match of matches.actors) {
    for (const hit of match.values) {
      if (hit.actor.country && found.has(hit.actor.id))
        out[sentenceAt(doc.sentences, match.start)]!.add(hit.actor.country);
    }
  }
  return out;
}

/**
 * For each sentence of `doc`, the parties it names for `topic`'s `requires.twoStates`: its countries
 * (`sentenceCountries`) and the topic's other parties ("Soviet Union", "European Union"), named by one of their
 * phrases or by one of their actors found in the article ("Gorbachev", "the European Commission").
 */
export function findSentenceParties(
  doc: TagDocument,
  tags: Tags,
  compiled: CompiledTopics,
  sentenceCountries: Array<Set<string>>,
  topic: TopicEntry,
): Array<Set<string>> {
  const out = sentenceCountries.map((codes) => new Set(codes));
  if (!topic.requires.otherParties.length) return out;
  for (const match of compiled.partyPhrases.match(doc.tokens)) {
    for (const hit of match.values)
      if (hit.topic === topic) out[sentenceAt(doc.sentences, match.start)]!.add(hit.party);
  }
  const partyOf = compiled.partyActors.get(topic.id)!;
  const found = foundActors(tags);
  for (const match of matchDocument(doc, compiled.tagger).actors) {
    for (const hit of match.values) {
      const party = partyOf.get(hit.actor.id);
      if (party && found.has(hit.actor.id)) out[sentenceAt(doc.sentences, match.start)]!.add(party);
    }
  }
  return out;
}

/** For each sentence of `doc`, true when one of `matches` (of every topic's phrases of a kind) is `topic`'s. */
export function findSentencesNaming(
  doc: TagDocument,
  matches: PhraseMatch<TopicEntry>[],
  topic: TopicEntry,
): boolean[] {
  const out = doc.sentences.map(() => false);
  for (const match of matches) if (match.values.includes(topic)) out[sentenceAt(doc.sentences, match.start)] = true;
  return out;
}
