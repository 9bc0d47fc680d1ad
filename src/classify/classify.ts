/** Classify stage: scores an article against each topic's weighted terms and tag conditions. Pure. */
import type { TopicEntry } from '../taxonomy/index.ts';
import type { Evidence, Tags, TopicTag } from '../types.ts';
import { evidenceAt, PhraseMatcher, type TagDocument } from '../tag/index.ts';

/** A term counts at most this many times, so one repeated word cannot carry a topic. */
const MAX_COUNT_PER_TERM = 3;
/** Terms in the headline count this many times over. */
const TITLE_WEIGHT = 2;
const MAX_EVIDENCE = 5;

interface TermHit {
  topic: TopicEntry;
  phrase: string;
  weight: number;
}

export interface CompiledTopics {
  topics: TopicEntry[];
  matcher: PhraseMatcher<TermHit>;
}

export function compileTopics(topics: TopicEntry[]): CompiledTopics {
  const matcher = new PhraseMatcher<TermHit>({ ignoreCase: true });
  for (const topic of topics) for (const term of topic.terms) matcher.add(term.phrase, { topic, phrase: term.phrase, weight: term.weight });
  return { topics, matcher };
}

function conditionsHold(topic: TopicEntry, tags: Tags): boolean {
  const primary = new Set(tags.countries.filter((c) => c.primary).map((c) => c.code));
  const any = new Set(tags.countries.map((c) => c.code));
  return (
    topic.requires.primaryCountries.every((code) => primary.has(code)) &&
    (topic.requires.anyCountry.length === 0 || topic.requires.anyCountry.some((code) => any.has(code)))
  );
}

/** Scores every topic; returns those the article reaches the threshold of, best first, with evidence. */
export function classifyTopics(doc: TagDocument, tags: Tags, compiled: CompiledTopics): TopicTag[] {
  const scores = new Map<string, { score: number; counts: Map<string, number>; evidence: Evidence[] }>();
  for (const match of compiled.matcher.match(doc.tokens)) {
    for (const hit of match.values) {
      let entry = scores.get(hit.topic.id);
      if (!entry) {
        entry = { score: 0, counts: new Map(), evidence: [] };
        scores.set(hit.topic.id, entry);
      }
      const count = entry.counts.get(hit.phrase) ?? 0;
      if (count >= MAX_COUNT_PER_TERM) continue;
      entry.counts.set(hit.phrase, count + 1);
      entry.score += hit.weight * (match.start < doc.titleEnd ? TITLE_WEIGHT : 1);
      if (entry.evidence.length < MAX_EVIDENCE && hit.weight > 0) entry.evidence.push(evidenceAt(doc, match.start, match.end));
    }
  }
  const out: TopicTag[] = [];
  for (const topic of compiled.topics) {
    const entry = scores.get(topic.id);
    if (!entry || entry.score < topic.threshold || !conditionsHold(topic, tags)) continue;
    out.push({ id: topic.id, title: topic.title, score: Math.round(entry.score * 100) / 100, origin: 'text', evidence: entry.evidence });
  }
  return out.sort((a, b) => b.score - a.score);
}
