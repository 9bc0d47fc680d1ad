/** Classify stage: compiles the topics of the taxonomy into one phrase matcher, once per build. */
import type { CompiledTaxonomy } from '../tag/index.ts';
import { PhraseMatcher } from '../tag/index.ts';
import type { TopicEntry, TopicTerm } from '../taxonomy/index.ts';

/** A term of one topic, as the matcher returns it. */
export interface TermHit {
  topic: TopicEntry;
  term: TopicTerm;
}

/** The topics with their terms compiled, and the tagger's matchers (to find the countries a sentence names). */
export interface CompiledTopics {
  topics: TopicEntry[];
  terms: PhraseMatcher<TermHit>;
  tagger: CompiledTaxonomy;
}

/** Compiles every topic's terms (matched case-insensitively, whole words) into one matcher. */
export function compileTopics(topics: TopicEntry[], tagger: CompiledTaxonomy): CompiledTopics {
  const terms = new PhraseMatcher<TermHit>({ ignoreCase: true });
  for (const topic of topics) for (const term of topic.terms) terms.add(term.phrase, { topic, term });
  return { topics, terms, tagger };
}
