/**
 * compromise's English lexicon as data (src/english-lexicon.json, written by `npm run make:english-lexicon` from the
 * installed compromise): each word it knows, lower-case, with the tag or tags its model gives it ("Country",
 * ["FirstName", "LastName"]…). The extractor asks whether a word is English; the tagger whether it is a name, a
 * common word or a function word. Read once, on first use. Pure.
 */
import committed from './english-lexicon.json' with { type: 'json' };

/** A word's tags, as compromise's model holds them: one tag, or several. */
export type LexiconTags = string | string[];
/** The lexicon as compromise's model gives it: a plain object of words. */
export type EnglishLexicon = Record<string, LexiconTags>;

/** The file: the words grouped by their tags, so that each set of tags is written once. */
export interface LexiconFile {
  source: string;
  groups: Array<{ tags: LexiconTags; words: string[] }>;
}

/** The file's form of `lexicon`, which `readLexicon` turns back into it. */
export function lexiconFile(lexicon: EnglishLexicon, version: string): LexiconFile {
  const groups = new Map<string, string[]>();
  for (const [word, tags] of Object.entries(lexicon)) {
    const key = JSON.stringify(tags);
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return {
    source: `Written by \`npm run make:english-lexicon\` from compromise ${version} (MIT). Do not edit by hand.`,
    groups: [...groups].map(([key, words]) => ({ tags: JSON.parse(key) as LexiconTags, words })),
  };
}

/** The lexicon a file holds, as compromise's model gives it. */
export function readLexicon(file: LexiconFile): EnglishLexicon {
  const lexicon: EnglishLexicon = {};
  for (const { tags, words } of file.groups) for (const word of words) lexicon[word] = tags;
  return lexicon;
}

let lexicon: EnglishLexicon | null = null;

/** The committed lexicon. */
export function englishLexicon(): EnglishLexicon {
  return (lexicon ??= readLexicon(committed as LexiconFile));
}

/**
 * The tags of a lower-case word, or undefined for a word the lexicon does not hold. The lexicon is a plain object, so
 * "constructor" or "tostring" indexed directly would find what every object inherits.
 */
export function lexiconEntry(word: string): LexiconTags | undefined {
  const words = englishLexicon();
  return Object.hasOwn(words, word) ? words[word] : undefined;
}
