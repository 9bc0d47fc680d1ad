/**
 * Classify stage: the words and pairs of adjacent words of an article, and the weights `npm run train:topics` learned
 * for them beside each topic's terms (`topic-words.json`). A word counts once, wherever and however often it stands:
 * it says what kind of story the article is, where the terms say what it reports. Pure.
 */
import type { TagDocument } from '../tag/index.ts';
import { sentenceAt } from '../tag/sentences.ts';
import committed from './topic-words.json' with { type: 'json' };

/** Where an article's word or pair first stands, for its evidence. */
export interface WordPlace {
  start: number;
  end: number;
}

/** The learned words of each topic, as `topic-words.json` holds them. */
export interface TopicWordsFile {
  note: string;
  topics: Record<string, { note: string; words: Record<string, number> }>;
}

const IS_WORD = /[\p{L}\p{N}]/u;

/** The words and pairs some topic has learned, and the first words of those pairs. */
export interface WordVocabulary {
  entries: ReadonlySet<string>;
  pairStarts: ReadonlySet<string>;
}

/**
 * Each distinct lower-cased word of `doc` and each pair of words that stand next to each other in one sentence ("held
 * talks", "the kremlin"; the headline is a sentence of its own), with where it first stands; only those of
 * `vocabulary` when it is given (making the others' keys was most of the time classifying an article took).
 */
export function articleWords(doc: TagDocument, vocabulary?: WordVocabulary): Map<string, WordPlace> {
  const words = doc.tokens.filter((t) => IS_WORD.test(t.text));
  const sentenceOf = words.map((t) => (t.start < doc.titleEnd ? -1 : sentenceAt(doc.sentences, t.start)));
  const out = new Map<string, WordPlace>();
  words.forEach((token, i) => {
    const word = token.text.toLowerCase();
    if (!out.has(word) && (!vocabulary || vocabulary.entries.has(word)))
      out.set(word, { start: token.start, end: token.end });
    const next = words[i + 1];
    if (!next || sentenceOf[i + 1] !== sentenceOf[i] || (vocabulary && !vocabulary.pairStarts.has(word))) return;
    const pair = `${word} ${next.text.toLowerCase()}`;
    if (!out.has(pair) && (!vocabulary || vocabulary.entries.has(pair)))
      out.set(pair, { start: token.start, end: next.end });
  });
  return out;
}

const learned = new Map(
  Object.entries((committed as TopicWordsFile).topics).map(([id, topic]) => [id, new Map(Object.entries(topic.words))]),
);

const learnedEntries = [...learned.values()].flatMap((weights) => [...weights.keys()]);

/** Every word and pair a topic has learned: what classifying an article needs of its words. */
export const LEARNED_VOCABULARY: WordVocabulary = {
  entries: new Set(learnedEntries),
  pairStarts: new Set(learnedEntries.filter((entry) => entry.includes(' ')).map((pair) => pair.split(' ')[0]!)),
};

/** The learned weight of each word and pair for the topic `id` (none for a topic the script does not learn). */
export function topicWordWeights(id: string): ReadonlyMap<string, number> | undefined {
  return learned.get(id);
}
