/**
 * Tag stage: clubs named by their city. In a story about football or rugby, a city's name that stands alone as a
 * name ("Former Blackburn boss Roy Hodgson", "Liverpool's clash with Bayer Leverkusen", "Leicester beat Northampton") is the
 * club of that city, an actor the labelling guide counts ("sports clubs and teams"), named as the story names it; the
 * city still places the story in its country, as the labellers read it. Pure.
 */
import { documentWords } from './country-context.ts';
import type { TagDocument } from './document.ts';
import type { PlaceName } from './gazetteer.ts';
import type { PhraseMatch } from './matcher.ts';
import type { NameSpan } from './name-candidates.ts';
import { LOCATIVES } from './places.ts';
import { capitalised } from './discover-organisations.ts';
import { isCommonWord, isGivenName } from './person-context.ts';
import { sentenceAt } from './sentences.ts';
import { CAPITAL_LETTER } from './tokens.ts';

/**
 * Words of the club games that make a story one about them, twice: their names, their competitions and their
 * players' positions. Not "goal", "match" or "cup", which other stories use too.
 */
const CLUB_SPORT =
  /\b(?:football|footballer|rugby|Premiership|Premier League|Champions League|Uefa Cup|FA Cup|League Cup|Carling Cup|Heineken Cup|Super League|Six Nations|striker|midfielder|goalkeeper|winger|fly-half|scrum-half|flanker)\b/g;

/** True when the document is a story about football or rugby: two of its words. */
function aboutClubSport(doc: TagDocument): boolean {
  return (doc.text.match(CLUB_SPORT)?.length ?? 0) >= 2;
}

/**
 * Commas (or semicolons) in a sentence that, with no more lower-case words than commas, make it a list of names: a
 * team sheet ("Murphy, Dempsey, Horgan, ..., O'Connor, Foley."), whose surnames may be towns' names too.
 */
const NAME_LIST_COMMAS = 6;

/** True when the sentence is a list of names: a team sheet. */
function isNameList(sentence: string): boolean {
  const commas = sentence.split(/[,;]/).length - 1;
  return commas >= NAME_LIST_COMMAS && (sentence.match(/\b\p{Ll}+\b/gu)?.length ?? 0) <= commas;
}

/** The key of a span of tokens. */
const spanKey = ({ first, last }: NameSpan) => `${first}:${last}`;

/**
 * The spans of the gazetteer's city names in a story about football or rugby, by their keys: the names a candidate
 * may stand for a club by (`isClubMention`). None in any other story. A region ("Texas", "England") is no club, nor a
 * city that is also a person's name ("David has been") or a word the story also writes in lower case ("Rugby union").
 */
export function cityNames(doc: TagDocument, places: PhraseMatch<PlaceName>[]): Set<string> {
  const cities = places.filter((m) => !m.values[0]!.person && m.values[0]!.candidates.some((c) => c.kind === 'city'));
  if (cities.length === 0 || !aboutClubSport(doc)) return new Set();
  // "Rugby" in a rugby story: a name the story also writes in lower case is its word.
  const words = documentWords(doc)();
  return new Set(cities.filter((m) => !words.has(doc.text.slice(m.start, m.end).toLowerCase())).map(spanKey));
}

/**
 * True when a candidate is a city's name alone (`cities`: every mention is one, so not "Gareth Southgate" beside
 * "Southgate") and the text uses it as a club's at least once (`isClubMention`).
 */
export function isClub(doc: TagDocument, mentions: NameSpan[], cities: Set<string>): boolean {
  return mentions.every((span) => cities.has(spanKey(span))) && mentions.some((span) => isClubMention(doc, span));
}

/**
 * True when a mention of a city's name is used as a club's: in the body, not after a word of place ("in Liverpool")
 * unless its possessive follows ("at Liverpool's clash"), not run on by a hyphen ("Liverpool-born") or into more of a
 * name ("Stade de France"), not after an initial or a given name ("A Foley"), not an ordinary word opening a sentence
 * ("Police in riot gear"), and not on a team sheet.
 */
function isClubMention(doc: TagDocument, span: NameSpan): boolean {
  const { tokens } = doc;
  const after = tokens[span.last];
  const joined = after !== undefined && after.start === tokens[span.last - 1]!.end;
  const start = tokens[span.first]!.start;
  const sentence = doc.sentences[sentenceAt(doc.sentences, start)]!;
  if (start < doc.titleEnd || (joined && after.text === '-') || isNameList(sentence.text)) return false;
  const opens = sentence.start === start;
  if (opens && isCommonWord(tokens[span.first]!.text)) return false;
  const possessive = joined && (after.text === "'" || after.text === '’') && tokens[span.last + 1]?.text === 's';
  // "Stade de France": a longer name, cut at a country's name.
  const next = joined ? undefined : after;
  if (next && (capitalised(next) || (next.text === 'de' && capitalised(tokens[span.last + 1])))) return false;
  const before = tokens[span.first - 1]?.text ?? '';
  if (CAPITAL_LETTER.test(before) || isGivenName(before)) return false;
  return possessive || !LOCATIVES.has(before);
}
