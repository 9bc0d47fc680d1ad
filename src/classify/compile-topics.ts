/** Classify stage: compiles the topics of the taxonomy into one phrase matcher, once per build. */
import type { CompiledTaxonomy } from '../tag/index.ts';
import { PhraseMatcher } from '../tag/index.ts';
import type { TopicEntry, TopicTerm } from '../taxonomy/index.ts';

/** A term of one topic, as the matcher returns it. */
export interface TermHit {
  topic: TopicEntry;
  term: TopicTerm;
}

/** A phrase naming one of a topic's other parties (`requires.otherParties`), as the matcher returns it. */
export interface PartyHit {
  topic: TopicEntry;
  party: string;
}

/** The topics with their terms compiled, and the tagger's matchers (to find the countries a sentence names). */
export interface CompiledTopics {
  topics: TopicEntry[];
  terms: PhraseMatcher<TermHit>;
  /** The phrases of every topic's other parties. */
  partyPhrases: PhraseMatcher<PartyHit>;
  /** The phrases of every topic's parties that are not states (`requires.nonStateParties`), with their topic. */
  nonStatePhrases: PhraseMatcher<TopicEntry>;
  /** The phrases of every topic that name several states at once (`requires.severalStates`), with their topic. */
  severalStatesPhrases: PhraseMatcher<TopicEntry>;
  /** For each topic id, the actor ids that name one of its other parties, with the party they name. */
  partyActors: Map<string, Map<string, string>>;
  tagger: CompiledTaxonomy;
}

/** Compiles every topic's terms, other parties, parties that are not states and names of several states (matched case-insensitively, whole words) into matchers. */
export function compileTopics(topics: TopicEntry[], tagger: CompiledTaxonomy): CompiledTopics {
  const terms = new PhraseMatcher<TermHit>({ ignoreCase: true });
  const partyPhrases = new PhraseMatcher<PartyHit>({ ignoreCase: true });
  const nonStatePhrases = new PhraseMatcher<TopicEntry>({ ignoreCase: true });
  const severalStatesPhrases = new PhraseMatcher<TopicEntry>({ ignoreCase: true });
  const partyActors = new Map<string, Map<string, string>>();
  for (const topic of topics) {
    for (const phrase of topic.requires.nonStateParties) nonStatePhrases.add(phrase, topic);
    for (const phrase of topic.requires.severalStates) severalStatesPhrases.add(phrase, topic);
    for (const term of topic.terms) terms.add(term.phrase, { topic, term });
    const actors = new Map<string, string>();
    for (const party of topic.requires.otherParties) {
      for (const phrase of party.phrases) partyPhrases.add(phrase, { topic, party: party.name });
      for (const id of party.actors) actors.set(id, party.name);
    }
    partyActors.set(topic.id, actors);
  }
  return { topics, terms, partyPhrases, nonStatePhrases, severalStatesPhrases, partyActors, tagger };
}
