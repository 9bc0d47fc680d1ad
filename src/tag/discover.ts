/**
 * Tag stage: people the actors file does not know yet, found when the text gives a full name in a person's
 * context ("spokesman Zhao Lijian", "Jake Sullivan, Mr. Biden's Security Adviser", "Iranian Oil Minister Bijan
 * Zanganeh", the last with the country its title names). Pure.
 */
import { slugify } from '../slugify.ts';
import type { ActorTag } from '../types.ts';
import { MAX_EVIDENCE } from './countries.ts';
import { evidenceAt, type TagDocument } from './document.ts';
import { sentenceAt } from './sentences.ts';
import { isOrganisationHead } from './discover-organisations.ts';
import { foldNameWord } from './names.ts';
import {
  isCommonWord,
  isFunctionWord,
  isGivenName,
  isKnownName,
  isLinkingWord,
  isNameWord,
  isRole,
  titleBefore,
} from './person-context.ts';
import { CAPITALISED_WORD, STARTS_WITH_CAPITAL, type Token } from './tokens.ts';

/** Longest full name taken: given name, up to one middle name, family name. */
const MAX_NAME_WORDS = 3;
/** How far after "Name Name," a role word may stand and still describe the name ("..., a senior adviser to ..."). */
const APPOSITION_WINDOW = 5;

/** True when a comma after token `end` opens a description with a role in it ("Sullivan, the national security adviser"). */
function roleFollows(doc: TagDocument, end: number): boolean {
  if (doc.tokens[end]?.text !== ',') return false;
  for (let i = end + 1; i <= end + APPOSITION_WINDOW && i < doc.tokens.length; i++) {
    const text = doc.tokens[i]!.text;
    if (text === ',' || text === '.' || text === ';') return false;
    // "Byrd of West Virginia, Republican leader Robert Dole": a role right before a name is that name's.
    if (isRole(doc.tokens[i])) return !isNameWord(doc.tokens[i + 1]);
  }
  return false;
}

/** Most words between a country's name and the role it opens ("Iranian Deputy Oil Minister", "US Trade Representative"). */
const TITLE_WORDS = 4;

/**
 * The country a person's title right before token `start` names: a country's name or demonym, then capitalised
 * words and role words, ending in a role ("Iranian Oil Minister", "Turkish Foreign Minister", "US State Department
 * spokesperson", "Russian envoy"); null when the title names none.
 * @param countryEnds the country each accepted country name or demonym ending just before a token index names.
 */
export function titleCountry(doc: TagDocument, start: number, countryEnds: Map<number, string>): string | null {
  const { tokens } = doc;
  if (!isRole(tokens[start - 1])) return null;
  for (let i = start - 1; i >= Math.max(0, start - TITLE_WORDS); i--) {
    const token = tokens[i]!;
    if (!isRole(token) && !CAPITALISED_WORD.test(token.text)) return null;
    if (doc.text.slice(token.end, tokens[i + 1]!.start).includes('\n')) return null;
    const country = countryEnds.get(i);
    if (country !== undefined) return country;
  }
  return null;
}

/** Lower-case words inside a family name ("Renaud Donnedieu de Vabres", "Ludwig van Beethoven"). */
const NAME_PARTICLES = new Set([
  'de',
  'del',
  'della',
  'di',
  'da',
  'do',
  'dos',
  'du',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
]);

/** True when the name ending before token `end` goes on through a particle ("Donnedieu de Vabres"). */
function runsOnThroughParticle(tokens: Token[], end: number): boolean {
  return NAME_PARTICLES.has(tokens[end]?.text ?? '') && STARTS_WITH_CAPITAL.test(tokens[end + 1]?.text ?? '');
}

/** A wire story's credit line ("Reporting by … in London; Editing by …"): its names are the writers', not actors. */
const CREDITS =
  /^[\s([]*(?:(?:with )?(?:additional )?(?:reporting|writing|editing|compiled|produced) (?:by|from)|by )|contributed (?:to )?(?:this )?report/i;

/** Each document's sentences already tested against CREDITS, by index: a long sentence is scanned once, not per name. */
const creditSentences = new WeakMap<TagDocument, Map<number, boolean>>();

/** True when the offset stands in a credit line or a byline. */
export function inCredits(doc: TagDocument, offset: number): boolean {
  const index = sentenceAt(doc.sentences, offset);
  let tested = creditSentences.get(doc);
  if (!tested) creditSentences.set(doc, (tested = new Map()));
  let credit = tested.get(index);
  if (credit === undefined) tested.set(index, (credit = CREDITS.test(doc.sentences[index]!.text)));
  return credit;
}

/**
 * True when the words are a person's full name by their shape or context: a given name first ("Paul Whelan"), a
 * title naming a country before words the English lexicon does not know as ordinary ones ("Iranian Oil Minister
 * Bijan Zanganeh"), or a role beside a name one of whose words is a known name ("spokesman Zhao Lijian"); not when
 * a word after them makes them an organisation's name ("Morgan Stanley Group").
 */
function personName(
  doc: TagDocument,
  words: Token[],
  { start, end, country }: { start: number; end: number; country: string | null },
  givenNames: Set<string>,
): boolean {
  if (isOrganisationHead(doc.tokens[end])) return false;
  if (isGivenName(words[0]!.text) || givenNames.has(foldNameWord(words[0]!.text))) return true;
  if (country !== null && !words.some((w) => isCommonWord(w.text)) && !runsOnThroughParticle(doc.tokens, end)) {
    return true;
  }
  if (!words.some((w) => isKnownName(w.text))) return false;
  return isRole(titleBefore(doc.tokens, start)) || roleFollows(doc, end);
}

/**
 * Finds full names of people that no known actor covers, by their shape or their context.
 * @param known token indexes already matched as known actors, countries or places: never part of a discovered name.
 * @param taken filled with the token indexes of the names found.
 * @param givenNames given names of the people the actors file lists, under the name rules.
 * @param countryEnds the country each accepted country name or demonym ending just before a token index names.
 */
export function discoverPeople(
  doc: TagDocument,
  known: Set<number>,
  taken: Set<number>,
  givenNames: Set<string>,
  countryEnds: Map<number, string>,
): ActorTag[] {
  const found = new Map<string, ActorTag>();
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i]) || known.has(i) || isNameWord(tokens[i - 1])) continue;
    let end = i;
    while (end < tokens.length && end - i < MAX_NAME_WORDS && isNameWord(tokens[end]) && !known.has(end)) end++;
    if (isNameWord(tokens[end])) continue;
    // A sentence's opening conjunction, preposition or adverb is no part of the name after it ("But Louise Christian").
    let first = i;
    while (first < end && isLinkingWord(tokens[first]!.text)) first++;
    const words = tokens.slice(first, end);
    if (words.length < 2) continue;
    const country = titleCountry(doc, first, countryEnds);
    if (!personName(doc, words, { start: first, end, country }, givenNames)) continue;
    if (isFunctionWord(words.at(-1)!.text) || inCredits(doc, words[0]!.start)) continue;
    // A double-barrelled family name goes on through its hyphen ("Vladimir Kara-Murza").
    const hyphen = tokens[end]?.text === '-' && tokens[end]!.start === words.at(-1)!.end;
    const last = hyphen && isNameWord(tokens[end + 1]) && tokens[end + 1]!.start === tokens[end]!.end ? end + 2 : end;
    for (let k = first; k < last; k++) taken.add(k);
    const name = doc.text.slice(words[0]!.start, tokens[last - 1]!.end);
    const id = `discovered:${slugify(name)}`;
    let tag = found.get(id);
    if (!tag) {
      tag = { id, name, type: 'person', country, discovered: true, origin: 'text', evidence: [], mentions: 0 };
      found.set(id, tag);
    }
    tag.mentions = (tag.mentions ?? 0) + 1;
    if (tag.evidence.length < MAX_EVIDENCE) tag.evidence.push(evidenceAt(doc, words[0]!.start, tokens[last - 1]!.end));
    i = last;
  }
  return [...found.values()];
}
