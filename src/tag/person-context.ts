/** Tag stage: the words around a name that say it is a person's (titles, roles), and whether a word is a name. Pure. */
import { englishLexicon, type LexiconTags } from '../english-lexicon.ts';
import { CAPITALISED_WORD, type Token } from './tokens.ts';

/** Words that, standing right before a person's short name, say the short name means that person ("Mr. Lavrov"). */
const TITLES = new Set(
  `mr mrs ms dr president premier prime minister chancellor secretary spokesman spokeswoman spokesperson ambassador
  general gen admiral senator sen governor king queen prince chairman chairwoman leader envoy adviser advisor deputy vice
  pope sir lord representative rep commander director mayor`.split(/\s+/),
);

/** Role nouns that, next to a full name the actors file does not know, say it is a person's ("spokesman Zhao Lijian"). */
const ROLES = new Set(
  `${[...TITLES].join(' ')} minister official officials diplomat negotiator lawmaker legislator colonel lieutenant
  captain chief ceo executive founder analyst professor researcher economist journalist reporter correspondent
  opposition activist dissident businessman tycoon oligarch judge prosecutor attorney lawyer head counsellor counselor`.split(
    /\s+/,
  ),
);

/** Tags of compromise's English lexicon that mark given names and family names. */
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

/** True when `token` is a title such as "Mr." or "President" (the full stop is its own token). */
export function isTitle(token: Token | undefined): boolean {
  return token !== undefined && TITLES.has(token.text.toLowerCase());
}

/** True when `token` is a role noun such as "spokesman" or "Minister". */
export function isRole(token: Token | undefined): boolean {
  return token !== undefined && ROLES.has(token.text.toLowerCase());
}

/** The title or role word that stands just before token `index`, skipping a full stop ("Mr. Putin"). */
export function titleBefore(tokens: Token[], index: number): Token | undefined {
  const previous = tokens[index - 1];
  return previous?.text === '.' ? tokens[index - 2] : previous;
}

/** Tags of compromise's lexicon that mark given names. */
const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** Tags of compromise's lexicon for words that are never a family name ("It", "Then", "Into"). */
const FUNCTION_WORD_TAGS = /Pronoun|Determiner|Preposition|Conjunction|Adverb|Modal|Copula|QuestionWord|Possessive/;

/** What the tagger asks of a word's entry in compromise's lexicon, worked out once for each set of tags. */
interface WordFacts {
  tags: readonly string[];
  /** A given name or a family name. */
  name: boolean;
  givenName: boolean;
  /** An ordinary word, not a name. */
  common: boolean;
  /** Only a function word. */
  functionWord: boolean;
  /** Whether one of `tags` matches a pattern, by pattern, as `lexiconTagsMatch` was asked. */
  matches: Map<RegExp, boolean>;
}

const UNLISTED: WordFacts = {
  tags: [],
  name: false,
  givenName: false,
  common: false,
  functionWord: false,
  matches: new Map(),
};

/** The facts of a set of tags the lexicon gives its words. */
function factsOf(tags: readonly string[]): WordFacts {
  return {
    tags,
    name: tags.some((t) => NAME_TAGS.has(t)),
    givenName: tags.some((t) => GIVEN_NAME_TAGS.has(t)),
    common: tags.length > 0 && !tags.some((t) => /Name|Person|Place|City|Country|Region|ProperNoun/.test(t)),
    functionWord: tags.length > 0 && tags.every((t) => FUNCTION_WORD_TAGS.test(t)),
    matches: new Map(),
  };
}

/**
 * Each word of the lexicon with its facts, made at the first call. Its words share 73 sets of tags, whose facts are
 * worked out once each; the tagger asks about the same words many times in each article, and one lookup in a map
 * took about half the time of the lexicon's own (a plain object of 24,612 words, `lexiconEntry`).
 */
let factsByWord: Map<string, WordFacts> | null = null;

function lexiconFacts(): Map<string, WordFacts> {
  const factsOfTags = new Map<LexiconTags, WordFacts>();
  const facts = new Map<string, WordFacts>();
  for (const [word, entry] of Object.entries(englishLexicon())) {
    let shared = factsOfTags.get(entry);
    if (shared === undefined) factsOfTags.set(entry, (shared = factsOf([entry].flat())));
    facts.set(word, shared);
  }
  return facts;
}

function wordFacts(word: string): WordFacts {
  factsByWord ??= lexiconFacts();
  return factsByWord.get(word.toLowerCase()) ?? UNLISTED;
}

/** True when compromise's model of English knows `word` as a given name or a family name. */
export function isKnownName(word: string): boolean {
  return wordFacts(word).name;
}

/** True when compromise's model of English knows `word` as a given name ("Paul", "Sergei", "Yulia"). */
export function isGivenName(word: string): boolean {
  return wordFacts(word).givenName;
}

/** True when compromise's model of English knows `word` as an ordinary word, not a name ("Savings", "Road"). */
export function isCommonWord(word: string): boolean {
  return wordFacts(word).common;
}

/** The tags compromise's model of English gives `word` ("Organization" for "CNN", "Month" for "March"). */
export function lexiconTags(word: string): readonly string[] {
  return wordFacts(word).tags;
}

/**
 * True when one of the tags compromise's model of English gives `word` matches `pattern` (made once, outside the
 * function asking, and without the flags g and y, so that the answer depends on the tags alone): the tagger asks the
 * same few questions of the same words many times in each article, so each set of tags answers each pattern once.
 */
export function lexiconTagsMatch(word: string, pattern: RegExp): boolean {
  const facts = wordFacts(word);
  if (facts.tags.length === 0) return false;
  let answer = facts.matches.get(pattern);
  if (answer === undefined) facts.matches.set(pattern, (answer = facts.tags.some((t) => pattern.test(t))));
  return answer;
}

/** True when compromise's model of English knows `word` only as a function word. */
export function isFunctionWord(word: string): boolean {
  return wordFacts(word).functionWord;
}

/**
 * True for a conjunction, preposition or adverb ("But", "In", "So"), never a name's first word; not a modal or a
 * determiner, which may be one ("Will Carling", "Les Ferdinand").
 */
export function isLinkingWord(word: string): boolean {
  const { tags } = wordFacts(word);
  return tags.length > 0 && tags.every((t) => t === 'Conjunction' || t === 'Preposition' || t === 'Adverb');
}

/** A capitalised word that can be part of a person's name: "Zhao", "Lijian"; not "US", "spokesman" or "Minister". */
export function isNameWord(token: Token | undefined): boolean {
  if (token === undefined) return false;
  // Cheap test first: most tokens start with a lower-case ASCII letter, a digit or punctuation.
  const first = token.text.charCodeAt(0);
  if (first < 65 || (first > 90 && first < 128)) return false;
  return CAPITALISED_WORD.test(token.text) && !ROLES.has(token.text.toLowerCase());
}
