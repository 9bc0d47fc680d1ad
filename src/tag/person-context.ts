/** Tag stage: the words around a name that say it is a person's (titles, roles), and whether a word is a name. Pure. */
import { lexiconEntry } from '../english-lexicon.ts';
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
}

const UNLISTED: WordFacts = { tags: [], name: false, givenName: false, common: false, functionWord: false };

/**
 * The facts of each set of tags the lexicon gives a word: its words share 73 sets, and the tagger asks about the same
 * words many times in each article, so each set's facts are worked out at its first word.
 */
const factsOfTags = new Map<unknown, WordFacts>();

function wordFacts(word: string): WordFacts {
  const entry = lexiconEntry(word.toLowerCase());
  if (entry === undefined) return UNLISTED;
  let facts = factsOfTags.get(entry);
  if (facts === undefined) {
    const tags = [entry].flat() as string[];
    facts = {
      tags,
      name: tags.some((t) => NAME_TAGS.has(t)),
      givenName: tags.some((t) => GIVEN_NAME_TAGS.has(t)),
      common: tags.length > 0 && !tags.some((t) => /Name|Person|Place|City|Country|Region|ProperNoun/.test(t)),
      functionWord: tags.length > 0 && tags.every((t) => FUNCTION_WORD_TAGS.test(t)),
    };
    factsOfTags.set(entry, facts);
  }
  return facts;
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
