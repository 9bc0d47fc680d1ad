/** Classify stage: scores an article against each topic's weighted terms and tag conditions → its topics. Pure. */
import { evidenceAt, type TagDocument } from '../tag/index.ts';
import { sentenceAt } from '../tag/sentences.ts';
import type { TopicEntry } from '../taxonomy/index.ts';
import type { Evidence, Tags, TopicTag, TopicTermCount } from '../types.ts';
import type { CompiledTopics } from './compile-topics.ts';
import { findSentenceCountries, findSentenceParties, findSentencesNaming } from './sentence-countries.ts';
import { articleWords, LEARNED_VOCABULARY, topicWordWeights, type WordPlace } from './topic-words.ts';

/**
 * A term counts at most this many times unless the topic says otherwise (`maxCount`), so one repeated word cannot
 * carry a topic. Three keeps a term that runs through an article worth more than a passing mention without letting
 * it dominate.
 */
const DEFAULT_MAX_COUNT = 3;
/** Terms in the headline count this many times over: the headline says what the article is about. */
const TITLE_WEIGHT = 2;
/**
 * Length normalisation: an article longer than this many words has its score divided by sqrt(words / this), so a
 * long piece does not enter a topic on passing mentions alone, while a short one is not held back. Chosen on the
 * labelled set: 400 drops real sanctions stories of 1,000 words and more, 800 or no normalisation lets long analyses in on a
 * couple of mentions (`npm run score:topics`).
 */
const REFERENCE_WORDS = 600;
/** Evidence kept per topic (the first sentence of each term that counted): enough to show why, not the whole article. */
const MAX_EVIDENCE = 5;
/** Evidence kept besides, for the learned words that weigh most for the topic (`topic-words.ts`). */
const WORD_EVIDENCE = 2;
/**
 * A learned word is listed among what counted when it weighs at least this much either way; the many lighter ones
 * count in the score unlisted, so that the page's "why" names the words that weighed, not every word of the article.
 */
const LISTED_WORD_POINTS = 0.1;

/** Every condition of `topic.requires` on the article's countries, and on its sentences (`tally`, if it scored). */
function conditionsHold(topic: TopicEntry, tags: Tags, tally: Tally | undefined): boolean {
  const primary = new Set(tags.countries.filter((c) => c.primary).map((c) => c.code));
  const any = new Set(tags.countries.map((c) => c.code));
  return (
    (!topic.requires.twoStates || tally?.twoStates === true) &&
    topic.requires.primaryCountries.every((code) => primary.has(code)) &&
    (topic.requires.anyCountry.length === 0 || topic.requires.anyCountry.some((code) => any.has(code)))
  );
}

interface Tally {
  /** The terms' points, before the length factor. */
  score: number;
  /** The learned words' points (`topic-words.ts`): each counts once, whatever the article's length. */
  wordScore: number;
  /**
   * A positive term stood in a sentence that names two parties or more (countries, the topic's other parties, or
   * several states at once) and no party that is not a state.
   */
  twoStates: boolean;
  terms: Map<string, TopicTermCount>;
  evidence: Evidence[];
}

/** Sums each topic's term weights over the article, within each term's cap and sentence condition. */
function tallyTopics(doc: TagDocument, tags: Tags, compiled: CompiledTopics): Map<string, Tally> {
  const needsSentences = compiled.topics.some((t) => t.requires.sameSentence || t.requires.twoStates);
  const sentenceCountries = needsSentences ? findSentenceCountries(doc, tags, compiled) : [];
  // For each topic that needs two states, the sentences naming two parties or more (or several states at once) and no
  // party that is not a state.
  const severalStatesMatches = needsSentences ? compiled.severalStatesPhrases.match(doc.tokens) : [];
  const nonStateMatches = needsSentences ? compiled.nonStatePhrases.match(doc.tokens) : [];
  const statesDealing = new Map(
    compiled.topics
      .filter((t) => t.requires.twoStates)
      .map((t) => {
        const parties = findSentenceParties(doc, tags, compiled, sentenceCountries, t);
        const several = findSentencesNaming(doc, severalStatesMatches, t);
        const nonState = findSentencesNaming(doc, nonStateMatches, t);
        return [t.id, parties.map((named, i) => (named.size >= 2 || several[i]!) && !nonState[i])];
      }),
  );
  const tallies = new Map<string, Tally>();
  for (const match of compiled.terms.match(doc.tokens)) {
    for (const { topic, term } of match.values) {
      const related = topic.requires.sameSentence;
      if (related && term.weight > 0) {
        const named = sentenceCountries[sentenceAt(doc.sentences, match.start)]!;
        if (!related.every((code) => named.has(code))) continue;
      }
      let tally = tallies.get(topic.id);
      if (!tally) tallies.set(topic.id, (tally = newTally()));
      if (topic.requires.twoStates && term.weight > 0 && !tally.twoStates)
        tally.twoStates = statesDealing.get(topic.id)![sentenceAt(doc.sentences, match.start)]!;
      const counted = tally.terms.get(term.phrase) ?? { phrase: term.phrase, count: 0, points: 0 };
      if (counted.count >= (term.maxCount ?? DEFAULT_MAX_COUNT)) continue;
      const points = term.weight * (match.start < doc.titleEnd ? TITLE_WEIGHT : 1);
      counted.count++;
      counted.points += points;
      tally.terms.set(term.phrase, counted);
      tally.score += points;
      // The first place each positive term counted: the evidence shows every kind of reason, not one term five times.
      if (term.weight > 0 && counted.count === 1 && tally.evidence.length < MAX_EVIDENCE)
        tally.evidence.push(evidenceAt(doc, match.start, match.end));
    }
  }
  addWords(doc, compiled, tallies);
  return tallies;
}

const newTally = (): Tally => ({ score: 0, wordScore: 0, twoStates: false, terms: new Map(), evidence: [] });

/**
 * Adds each topic's learned words that the article holds to its tally: their points, the words that weigh at least
 * `LISTED_WORD_POINTS` either way among what counted, and the sentences of the heaviest positive ones as evidence.
 */
function addWords(doc: TagDocument, compiled: CompiledTopics, tallies: Map<string, Tally>): void {
  let words: Map<string, WordPlace> | undefined;
  for (const topic of compiled.topics) {
    const weights = topicWordWeights(topic.id);
    if (!weights) continue;
    words ??= articleWords(doc, LEARNED_VOCABULARY);
    const found: Array<{ word: string; place: WordPlace; weight: number }> = [];
    for (const [word, place] of words) {
      const weight = weights.get(word);
      if (weight !== undefined) found.push({ word, place, weight });
    }
    if (!found.length) continue;
    let tally = tallies.get(topic.id);
    if (!tally) tallies.set(topic.id, (tally = newTally()));
    found.sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word));
    for (const { word, weight } of found) {
      tally.wordScore += weight;
      if (Math.abs(weight) >= LISTED_WORD_POINTS) tally.terms.set(word, { phrase: word, count: 1, points: weight });
    }
    for (const { place } of found.filter((f) => f.weight > 0).slice(0, WORD_EVIDENCE))
      tally.evidence.push(evidenceAt(doc, place.start, place.end));
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The topic's score: its terms' points, normalised for the article's length, and its learned words' points. */
const scoreOf = (tally: Tally, factor: number) => tally.score / factor + tally.wordScore;

/** The divisor that normalises a score for the article's length (1 up to REFERENCE_WORDS words). */
function lengthFactor(doc: TagDocument): number {
  const words = doc.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
  return Math.sqrt(Math.max(1, words / REFERENCE_WORDS));
}

/** What a topic's terms counted in an article, before their weights: the inputs of the learned weights. */
export interface TopicTermFeatures {
  /** Occurrences of each term that count (within its cap, headline twice), divided by the length factor. */
  terms: Map<string, number>;
  /** True when the topic's conditions on countries hold. */
  conditionsHold: boolean;
}

/**
 * Each topic's term counts in the article, as `classifyTopics` weighs them (within each term's cap, the headline
 * twice, divided by the length factor), before their weights: the features `npm run train:topics` learns them from.
 */
export function measureTopicTerms(
  doc: TagDocument,
  tags: Tags,
  compiled: CompiledTopics,
): Map<string, TopicTermFeatures> {
  const tallies = tallyTopics(doc, tags, compiled);
  const factor = lengthFactor(doc);
  return new Map(
    compiled.topics.map((topic) => {
      const counted = tallies.get(topic.id)?.terms;
      const terms = new Map<string, number>();
      for (const term of topic.terms) {
        const points = counted?.get(term.phrase)?.points;
        if (points !== undefined) terms.set(term.phrase, points / term.weight / factor);
      }
      return [topic.id, { terms, conditionsHold: conditionsHold(topic, tags, tallies.get(topic.id)) }];
    }),
  );
}

/**
 * Scores every topic; returns those whose conditions hold and whose score reaches the threshold, best first,
 * each with the terms that counted and the sentences they stand in.
 */
export function classifyTopics(doc: TagDocument, tags: Tags, compiled: CompiledTopics): TopicTag[] {
  const tallies = tallyTopics(doc, tags, compiled);
  const factor = lengthFactor(doc);
  const out: TopicTag[] = [];
  for (const topic of compiled.topics) {
    const tally = tallies.get(topic.id);
    if (!tally || scoreOf(tally, factor) < topic.threshold || !conditionsHold(topic, tags, tally)) continue;
    out.push({
      id: topic.id,
      title: topic.title,
      score: round(scoreOf(tally, factor)),
      threshold: topic.threshold,
      origin: 'text',
      terms: [...tally.terms.values()]
        .map((t) => ({ ...t, points: round(t.points) }))
        .sort((a, b) => b.points - a.points || a.phrase.localeCompare(b.phrase)),
      evidence: tally.evidence,
    });
  }
  return out.sort((a, b) => b.score - a.score);
}
