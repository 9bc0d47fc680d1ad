/**
 * Tag stage: every name in the text that the actors file, the countries and the places leave unexplained, as a
 * candidate actor with the measures the name model (`name-model.ts`) weighs: its shape (words, a head such as
 * "Group" or "Ministry", an acronym, given names), its context (a role beside it, "said" after it, "in" before it,
 * the sentence's start) and how the article uses it (mentions, its family name alone, an acronym it defines).
 * The discovery rules' names (`discover.ts`, `discover-organisations.ts`) are candidates too, marked as such. Pure.
 */
import { comparableName, foldNameWord, isCorporateEnding } from './names.ts';
import { capitalised, closesName, isGenericWord, isOrganisationHead } from './discover-organisations.ts';
import { inCredits } from './discover.ts';
import type { TagDocument } from './document.ts';
import {
  isCommonWord,
  isFunctionWord,
  isGivenName,
  isKnownName,
  isNameWord,
  isRole,
  isTitle,
  lexiconTags,
  lexiconTagsMatch,
} from './person-context.ts';
import { hasFamilyNameEnding, isFamilyNameFirst } from './name-shapes.ts';
import { isSourceAt } from './outlets.ts';
import { ACRONYM_LETTERS, CAPITAL_LETTER, CAPITALISED_WORD, WORD_IN_CAPITALS, type Token } from './tokens.ts';

/** A name's mention: tokens [first, last) of the document. */
export interface NameSpan {
  first: number;
  last: number;
}

/** The measures the name model reads, by name, each from 0 to about 2. */
export type NameFeatures = Record<(typeof NAME_FEATURES)[number], number>;

/** The model's features, in the order of its weights. */
export const NAME_FEATURES = [
  'oneWord',
  'twoWords',
  'threeWords',
  'longer',
  'head',
  'corporate',
  'opening',
  'acronym',
  'definedAcronym',
  'givenFirst',
  'familyFirst',
  'familyEnding',
  'nameWords',
  'commonWords',
  'unlisted',
  'lowerElsewhere',
  'organisationWord',
  'placeWord',
  'kindWord',
  'mediaWord',
  'personShape',
  'foreignWord',
  'described',
  'generic',
  'stateBody',
  'role',
  'said',
  'placeCue',
  'theBefore',
  'possessive',
  'mentions',
  'familyName',
  'sentenceStart',
  'titleOnly',
  'calendar',
  'ticker',
  'ruleGave',
  'speaker',
  'countryInside',
  'acts',
] as const;

/** A candidate actor: the mentions of one name (under the name rules), with the measures of all of them. */
export interface NameCandidate {
  /** The name as the text first writes it in full. */
  name: string;
  mentions: NameSpan[];
  /** The discovery rule that found the name, if one did. */
  rule: 'person' | 'organization' | null;
  /** An acronym the text defines for the name ("OFAC"). */
  acronym: string | null;
  /**
   * What the text's own lower-case words beside the name say it is: a body, by a kind noun right before a mention
   * ("brokerage Aton", "media giant Viacom", "football club Borussia Dortmund") or a paper's or an agency's words right
   * after it ("the Daily Mail newspaper", "the PAP news agency"); a person, by a noun for what people do right before
   * a name of a person's shape ("swimmer Zhang Yufei", "host Tucker Carlson"); else null. `findNames` also names a
   * city's name a football or rugby story uses as its club's a body (`clubs.ts`).
   */
  namedAs: 'organization' | 'person' | null;
  features: NameFeatures;
}

/** Longest run of tokens read as one name; a longer capitalised run is a headline's or a heading's words. */
const MAX_RUN_TOKENS = 8;
/**
 * Lower-case words and marks that stand inside names ("Bank of America", "Institute for Fiscal Studies", "al-Watan",
 * "Procter & Gamble": an ampersand joins the partners of one name, where "and" lists two).
 */
const CONNECTORS = new Set([
  '&',
  'of',
  'for',
  'de',
  'des',
  'del',
  'di',
  'do',
  'the',
  'du',
  'la',
  'von',
  'van',
  'der',
  'al',
  'bin',
]);
/** Arabic articles joined by a hyphen to the word after them inside a name ("Tawfiq Muhammad Sa'id al-Law"). */
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ul']);
/** Capitalised words that open a sentence or stand for a whole kind, never the start of a name. */
const OPENERS = new Set(
  'The A An This That These Those Its His Her Their Our Your Both Each Every All Some Any No Former Mr Mrs Ms Dr'.split(
    ' ',
  ),
);
/** Last words of company names ("Inc", "Plc"): an organisation whatever the words before. */
export const CORPORATE = new Set(
  'Inc Corp Corporation Co Company Ltd Limited Plc PLC LLC OJSC AG SA NV SE Group Holdings Airlines Airways Railways Technologies Semiconductor Energy Partners'.split(
    ' ',
  ),
);
/** Nouns for kinds of organisations and people that, right before or after a name, say what it names ("the company Transoil"). */
const KINDS = new Set(
  `company firm group bank lender insurer carrier airline maker manufacturer producer brewer retailer operator giant
  newspaper paper daily weekly magazine broadcaster channel station network agency website site club team side band
  singer rapper charity organisation organization consortium subsidiary unit fund investor brokerage conglomerate
  body provider regulator watchdog consultancy carmaker automaker drugmaker studio portal`.split(/\s+/),
);
/** Nouns for what people do that, right before a name of a person's shape, say it is a person's ("swimmer Zhang Yufei"). */
const PERSON_KINDS = new Set(
  `swimmer champion host skipper flanker striker midfielder goalkeeper defender winger seed entrepreneur partner actor
  actress writer author novelist artist musician comedian presenter player coach manager boss star runner cyclist boxer
  golfer athlete footballer composer designer photographer filmmaker billionaire businesswoman campaigner blogger poet
  playwright dancer`.split(/\s+/),
);
/** Quotation marks that open and close a name written in quotes after its kind noun ("the band 'Lyube'"). */
const OPENING_QUOTES = new Set(["'", '‘', '"', '“']);
const CLOSING_QUOTES = new Set(["'", '’', '"', '”']);
/** Tags of the lexicon that make a word a verb, which no description of a name holds ("Merck said the company"). */
const VERB_TAGS = /^(?:PastTense|PresentTense|Infinitive|Modal|Copula|Verb|Auxiliary|PhrasalVerb)$/;
/** The same, or a gerund ("Speaking"): no name's first word. */
const VERB_OR_GERUND_TAGS = /^(?:Gerund|PastTense|PresentTense|Infinitive|Modal|Copula|Verb|Auxiliary|PhrasalVerb)$/;
/** Tags of a word that acts as a name's verb after it ("Aton said", "Merck will"). */
const ACTING_TAGS = /^(?:PastTense|PresentTense|Modal|Copula|Verb)$/;
/** Tags of the lexicon for places and peoples' names. */
const PLACE_TAGS = /Demonym|Place|Country|City|Region/;
/** The same, or an organisation's name. */
const PLACE_OR_ORGANISATION_TAGS = /Place|City|Country|Region|Demonym|Organization/;
/** Tags of an organisation's name ("CNN"). */
const ORGANISATION_TAG = /Organization/;
/** Tags of the calendar's words. */
const CALENDAR_TAGS = /WeekDay|Month|Holiday|Date/;
/** Tags of days of the week and months. */
const DAY_OR_MONTH_TAGS = /WeekDay|Month/;
/**
 * Words after a kind noun that end a description of a name ("an oil company based in ...", "a subsidiary of ...");
 * not a verb, which makes the kind noun a clause's subject ("on 11 March, the company has announced").
 */
const AFTER_KIND = new Set('based owned controlled run which that whose of in with for from at on to since'.split(' '));
/** Lower-case words that join a name to the capitalised words before it ("Committee for Freedom in Hong Kong"). */
const JOINED_BEFORE = new Set(['of', 'for', 'in', 'on', 'and', '&', 'de']);
/** Most words describing a name before its kind noun ("Brazil's flagship airline", "the UN satellite mapping organisation"). */
const MAX_DESCRIBING_WORDS = 4;

/** True when the token is a lower-case word that may describe a kind of body ("flagship", "mapping"): no function word or verb. */
function describingWord(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  if (!(c >= 97 && c <= 122)) return false;
  return !isFunctionWord(token.text) && !lexiconTagsMatch(token.text, VERB_TAGS);
}

/** True when the words describing a name end after the kind noun at `k`: punctuation or a word of `AFTER_KIND`. */
function kindEndsAt(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next === undefined || /^[,.;:)—–]$/.test(next.text) || AFTER_KIND.has(next.text);
}

/**
 * True when the words from token `from` are a description that ends in a kind noun: up to `MAX_DESCRIBING_WORDS`
 * describing words (lower-case ones, hyphens between them, capitalised ones and possessives: "Brazil's", "UN"), then a
 * noun of `KINDS` that ends the description ("Brazil's flagship airline,", "a company formed by").
 */
function kindDescribed(doc: TagDocument, from: number): boolean {
  const { tokens } = doc;
  let words = 0;
  for (let k = from; k < tokens.length && words <= MAX_DESCRIBING_WORDS; k++) {
    const t = tokens[k]!;
    if (k > from && lineBreak(doc, tokens[k - 1]!, t)) return false;
    if (KINDS.has(t.text)) return kindEndsAt(tokens, k);
    if (joiner(tokens, k) && t.text === '-') continue;
    if (capitalised(t)) {
      if (tokens[k + 2]?.text === 's' && joiner(tokens, k + 1)) k += 2;
    } else if (!describingWord(t)) return false;
    words++;
  }
  return false;
}

/**
 * True when the text describes the mention as a body by a kind noun in a description set off by a comma right after
 * it ("Varig, Brazil's flagship airline", "Unosat, the UN satellite mapping organisation").
 */
function describedAsBody(doc: TagDocument, span: NameSpan): boolean {
  const { tokens } = doc;
  const words = wordsOf(tokens, span);
  const one = words.length === 1 ? words[0]!.text : '';
  // Not in the headline; not a people's or a place's name, a letter, an ordinary word or a company's ending alone
  // ("S.A."), nor words opened by a verb ("Speaking to the ...") or cut after a connector ("Committee for Freedom in |
  // Hong Kong Foundation, an advocacy group").
  if (
    tokens[span.first]!.start < doc.titleEnd ||
    words.some((w) => lexiconTagsMatch(w.text, PLACE_TAGS)) ||
    lexiconTagsMatch(words[0]?.text ?? '', VERB_OR_GERUND_TAGS) ||
    one.length === 1 ||
    (one && (isCommonWord(one) || CORPORATE.has(one.replaceAll('.', '')))) ||
    (JOINED_BEFORE.has(tokens[span.first - 1]?.text ?? '') && capitalised(tokens[span.first - 2]))
  )
    return false;
  if (tokens[span.last]?.text !== ',') return false;
  const opening = ['a', 'an', 'the'].includes(tokens[span.last + 1]?.text ?? '') ? 2 : 1;
  return kindDescribed(doc, span.last + opening);
}

/** Most words between a role and the comma before a name ("Ukraine's ambassador to the EU, Kostiantyn Yelisieiev"). */
const MAX_ROLE_WORDS = 5;

/**
 * True when the mention stands in apposition after a role: a comma before it, a role word a few words before that
 * within the clause ("Its new leader, Gennady Kolbin, has said", "the company's president, Vincent DiGuilio, also
 * said"), and a comma, a full stop or a word of speech after it.
 */
function roleBeforeComma(tokens: Token[], span: NameSpan): boolean {
  if (tokens[span.first - 1]?.text !== ',') return false;
  const after = tokens[span.last]?.text ?? '.';
  if (after !== ',' && after !== '.' && !SPEECH.has(after)) return false;
  for (let k = span.first - 2; k >= 0 && k >= span.first - 1 - MAX_ROLE_WORDS; k--) {
    if (isRole(tokens[k])) return true;
    if (!STARTS_WITH_LETTER.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** Lower-case words right after a name that say it is a paper or an agency ("the Times newspaper", "PAP news agency"). */
const MEDIA_AFTER = /^\s+(?:newspaper|news agency|radio station|television station)\b/;
/** Words of the names of a state's bodies that are no organisation's head ("US Embassy", "US Air Force"). */
const STATE = new Set('Embassy Consulate Army Navy Air Force Cabinet Government Senate House Treasury'.split(' '));
/** Words of the names of papers, broadcasters and news agencies ("Daily Mail", "BBC One", "Irish Times"). */
const MEDIA = new Set(
  `Times Post Journal News Radio Television TV Daily Mail Guardian Observer Telegraph Herald Broadcasting Channel
  Magazine Press Tribune Gazette Agency Wire One`.split(/\s+/),
);
/** Last words of the names of places, never of an actor ("Second Thomas Shoal", "Wall Street", "Victoria Park"). */
const PLACE_FEATURES = new Set(
  `Street Road Avenue Lane Square Plaza Park Bridge Airport Stadium Shoal Reef Island Islands Bay Gulf Strait Sea
  River Lake Valley Mountain Mountains Peninsula Coast Beach Canal Desert`.split(/\s+/),
);
/** Words after a name that make it a speaker ("Mokhova said", "Aton told"). */
const SPEECH = new Set(['said', 'says', 'told', 'added', 'stated', 'announced', 'reported', 'estimated', 'warned']);
/** Words before a name that make it a place ("in Houston", "near Lugano"). */
const PLACE_CUES = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'across', 'outside']);
/** A word that starts with a letter or an apostrophe: a word of a role's phrase, not a figure or a mark. */
const STARTS_WITH_LETTER = /^[\p{L}'’]/u;
/** A stock ticker's letters: "CDIN". */
const TICKER_SYMBOL = /^\p{Lu}{1,6}$/u;
/** A word that starts in lower case: "said", "rose". */
const STARTS_LOWER_CASE = /^\p{Ll}/u;
/** A word, or "&" or "-", by which a name goes on past a run: "Johnson & Johnson", "Rolls-Royce". */
const GOES_ON_AS_NAME = /^(?:\p{Lu}|&|-)/u;
/** A word that starts with a capital and a lower-case letter: "Bundestag", "Duma". */
const STARTS_TITLE_CASE = /^\p{Lu}\p{Ll}/u;
/** A word that starts with a figure: "5" of "Maroon 5", "6-3". */
const STARTS_WITH_FIGURE = /^\p{N}/u;
/** An acronym as one word of two to six capitals: "NATO", "OFAC". */
const SHORT_ACRONYM = /^\p{Lu}{2,6}$/u;

/** True when the text between two tokens breaks the line. */
function lineBreak(doc: TagDocument, a: Token, b: Token): boolean {
  return doc.text.slice(a.end, b.start).includes('\n');
}

/** True when token `i` is an apostrophe or hyphen joining the tokens either side of it ("O'Sullivan", "Alfa-Eco"). */
function joiner(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return (
    (t.text === "'" || t.text === '’' || t.text === '-') &&
    tokens[i - 1]?.end === t.start &&
    tokens[i + 1]?.start === t.end
  );
}

/** A run of capitalised words read as a name, with what its trimmed words said of it. */
interface Run extends NameSpan {
  /** A role word stood before the name in the run ("Interior Minister Arsen Avakov"). */
  role: boolean;
  /** The run is a body's generic words after a country's name ("Ukrainian" + "Interior Ministry"). */
  stateBody: boolean;
  /** The run takes in a country's name or seat written right before or after its words ("Air China", "Radio Moscow"). */
  countryInside: boolean;
}

/** True when the connector at token `j` joins the words either side into one name. */
function joins(tokens: Token[], j: number, blocked: Set<number>): boolean {
  const text = tokens[j]!.text;
  if (!CONNECTORS.has(text) || !capitalised(tokens[j + 1]) || blocked.has(j + 1)) return false;
  // "Bank of England", "Institute for Fiscal Studies"; not "Frank Lorenzo of Wall Street" nor "Allied Research Inc
  // of Salem".
  const before = tokens[j - 1]!.text;
  return (text !== 'of' && text !== 'for') || (isGenericWord(before) && !closesName(before));
}

/**
 * How a run of capitalised words goes on through the token at `j`, which is not capitalised: the last token it takes
 * with it, and whether that token ends a word of the name; null where the run ends.
 */
function joinedAt(tokens: Token[], j: number, blocked: Set<number>): { to: number; word: boolean } | null {
  const t = tokens[j]!;
  if (joiner(tokens, j)) {
    // "Moody's" and "Women's Tennis": the "s" after an apostrophe is part of the name only before another word.
    if (tokens[j + 1]!.text === 's') return capitalised(tokens[j + 2]) ? { to: j + 1, word: false } : null;
    // "Sa’id": a lower-case syllable after an apostrophe is the word's.
    if (t.text !== '-' && !capitalised(tokens[j + 1])) return { to: j + 1, word: true };
    return { to: j, word: false };
  }
  // "al-Law", "el-Sayed": an Arabic article joined to the family name.
  if (ARTICLES.has(t.text) && joiner(tokens, j + 1) && capitalised(tokens[j + 2])) return { to: j + 2, word: true };
  return joins(tokens, j, blocked) ? { to: j, word: false } : null;
}

/**
 * Where each country's name or demonym starts, by where it ends (`before`), and the other way round (`after`); and
 * where each country written by its name or its seat ends, by where it starts (`named`: "China", "Moscow", not
 * "Chinese").
 */
interface CountrySpans {
  before: Map<number, number>;
  after: Map<number, number>;
  named: Map<number, number>;
}

/**
 * The run [first, last) with a country's name or seat written right before or after it on its line, outside the
 * headline, taken in ("Air China", "China Southern", "Radio Moscow", "University College London"), and in the
 * headline a company's name in capitals with the country's name or demonym that opens it ("CANADIAN PACIFIC LTD"): a
 * second reading of the words, which the name model weighs with the rest (`countryInside`); the country is still
 * tagged.
 */
function withCountryInside(doc: TagDocument, span: NameSpan, countries: CountrySpans): NameSpan {
  const { tokens } = doc;
  let { first, last } = span;
  const end = countries.named.get(last);
  if (end !== undefined && !lineBreak(doc, tokens[last - 1]!, tokens[last]!)) last = end;
  const start = countries.before.get(first);
  if (
    start !== undefined &&
    countries.named.get(start) === first &&
    !capitalised(tokens[start - 1]) &&
    !lineBreak(doc, tokens[first - 1]!, tokens[first]!)
  )
    first = start;
  if (tokens[span.first]!.start >= doc.titleEnd) return { first, last };
  // A headline's company in capitals opened by a country's name or demonym ("CANADIAN PACIFIC LTD").
  const opening = countries.before.get(span.first);
  const opens =
    opening !== undefined &&
    (!capitalised(tokens[opening - 1]) || lineBreak(doc, tokens[opening - 1]!, tokens[opening]!)) &&
    CORPORATE.has(inTitleCase(tokens[span.last - 1]!.text));
  return opens ? { first: opening, last: span.last } : span;
}

/**
 * True when the capitalised words from token `k` on, on its line and outside `blocked`, reach a company's ending: a
 * headline's company in capitals ("NORTH AMERICAN BIOLOGICALS INC", "CANADIAN PACIFIC LTD") goes on through a
 * country's name or demonym inside it.
 */
function companyFrom(doc: TagDocument, k: number, blocked: Set<number>): boolean {
  const { tokens } = doc;
  for (let m = k; m < tokens.length && capitalised(tokens[m]) && !blocked.has(m); m++) {
    if (m > k && lineBreak(doc, tokens[m - 1]!, tokens[m]!)) return false;
    if (CORPORATE.has(inTitleCase(tokens[m]!.text))) return true;
  }
  return false;
}

/** True when the run ending before token `last` is a company's name in a headline written in capitals ("… INC"). */
function companyInHeadline(doc: TagDocument, last: number): boolean {
  const word = doc.tokens[last - 1]!;
  return word.start < doc.titleEnd && WORD_IN_CAPITALS.test(word.text) && CORPORATE.has(inTitleCase(word.text));
}

/** True for a capitalised word that may open a company's name, not a function word or an opener ("NORTH", "FIRST"). */
function openingCompanyWord(token: Token): boolean {
  return capitalised(token) && !OPENERS.has(inTitleCase(token.text)) && !isFunctionWord(token.text);
}

/**
 * Where a country's name ends that a name runs on through at token `j` (a run's word before it): after "of" and a
 * body's word ("Freedom Party of Austria", "Cabinet of Ministers of Ukraine"), or after "of" or between capitalised
 * words outside the headline, before more of the name ("Cyber Army of Russia Reborn", "BP North America Inc"); else 0.
 */
function countryOf(doc: TagDocument, j: number, blocked: Set<number>, countries: CountrySpans): number {
  const { tokens } = doc;
  const of = tokens[j]!.text === 'of';
  const end = countries.after.get(of ? j + 1 : j);
  if (end === undefined || (!of && tokens[j]!.start < doc.titleEnd && !companyFrom(doc, end, blocked))) return 0;
  // "Brierley Investments Ltd of New Zealand": a company closed by its legal ending is of the country, not named so.
  if (of && closesName(tokens[j - 1]!.text)) return 0;
  if (of && isGenericWord(tokens[j - 1]!.text)) return end;
  const goesOn = capitalised(tokens[end]) && !blocked.has(end) && !lineBreak(doc, tokens[end - 1]!, tokens[end]!);
  return goesOn ? end : 0;
}

/** True for a body's generic word or a state's ("Ministry", "Embassy"). */
function isGenericOrStateWord(w: Token): boolean {
  return isGenericWord(w.text) || STATE.has(w.text);
}

/**
 * The run of a name's words: a body's generic words after a country's name or demonym take it in ("Interior
 * Ministry" after "Ukrainian" is Ukraine's), else a country's name or seat written against them (`withCountryInside`).
 */
function runOf(doc: TagDocument, span: NameSpan, role: boolean, countries: CountrySpans): Run {
  const country = countries.before.get(span.first);
  if (country !== undefined && wordsOf(doc.tokens, span).every(isGenericOrStateWord))
    return { first: country, last: span.last, role, stateBody: true, countryInside: false };
  const taken = withCountryInside(doc, span, countries);
  const countryInside = taken.first < span.first || taken.last > span.last;
  return { first: taken.first, last: taken.last, role, stateBody: false, countryInside };
}

/** The token after the run's last role or title word ("Interior Minister Arsen Avakov": Arsen), else `first`. */
function afterLastRole(tokens: Token[], first: number, last: number): number {
  for (let k = last - 2; k >= first; k--) if (isRole(tokens[k]) || isTitle(tokens[k])) return k + 1;
  return first;
}

/** True when the word is a given name, in English or of the actors file's people ("Liam", "Sergei"). */
function givenName(word: string, givenNames: Set<string>): boolean {
  return isGivenName(word) || givenNames.has(foldNameWord(word));
}

/**
 * Where a person's name starts after a party or group written before it ("Tory Liam Fox", "Labour's Robin Cook",
 * "Liberal Democrat Paul Tyler"): at a given name past the run's first word that ends it with one or two more name
 * words; else, or after a noun for what people do ("striker Ole Gunnar Solskjaer"), `first`.
 */
function personAfterAffiliation(tokens: Token[], first: number, last: number, givenNames: Set<string>): number {
  // "striker Ole Gunnar Solskjaer": after a noun for what people do, the run is one person's name whole.
  if (PERSON_KINDS.has(tokens[first - 1]?.text ?? '')) return first;
  for (let k = first + 1; k <= last - 2 && k >= last - 3; k++) {
    if (!capitalised(tokens[k - 1]) && tokens[k - 1]!.text !== 's') continue;
    const rest = tokens.slice(k, last);
    if (givenName(tokens[k]!.text, givenNames) && rest.every((t) => isNameWord(t) && !isGenericWord(t.text))) return k;
  }
  return first;
}

/**
 * The runs of capitalised words outside `blocked` (known actors, countries, places, the rules' names): joined by
 * attached apostrophes and hyphens ("Women's Tennis Association", "Stroytransgaz-M") and by lower-case connectors
 * ("Bank of England"), within one line and outside credit lines. A run loses the opening words of a sentence ("The",
 * "Mr", "Singer") and everything up to its last role word ("Interior Minister Arsen Avakov"), remembered as `role`.
 */
function capitalisedRuns(
  doc: TagDocument,
  blocked: Set<number>,
  sentenceStarts: Set<number>,
  countries: CountrySpans,
  givenNames: Set<string>,
): Run[] {
  const { tokens } = doc;
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (blocked.has(i) || !capitalised(tokens[i])) {
      i++;
      continue;
    }
    let last = i + 1;
    let j = i + 1;
    while (j < tokens.length && !lineBreak(doc, tokens[j - 1]!, tokens[j]!)) {
      const country = countryOf(doc, j, blocked, countries);
      if (country > 0) [last, j] = [country, country - 1];
      else if (blocked.has(j)) break;
      else if (capitalised(tokens[j])) last = j + 1;
      else {
        const joined = joinedAt(tokens, j, blocked);
        if (!joined) break;
        j = joined.to;
        if (joined.word) last = j + 1;
      }
      j++;
    }
    // A middle initial ends no name: "Joseph R." before a known "Biden" is part of his.
    while (last - i > 1 && CAPITAL_LETTER.test(tokens[last - 1]!.text)) last--;
    let first = afterLastRole(tokens, i, last);
    let role = first > i;
    const person = personAfterAffiliation(tokens, first, last, givenNames);
    if (person > first) [first, role] = [person, true];
    const opensSentence = sentenceStarts.has(tokens[first]!.start);
    const opened = first;
    while (
      first < last - 1 &&
      (OPENERS.has(tokens[first]!.text) ||
        isFunctionWord(tokens[first]!.text) ||
        (opensSentence && isCommonWord(tokens[first]!.text)) ||
        !capitalised(tokens[first]))
    ) {
      first++;
    }
    // A headline's company in capitals keeps the ordinary words that open it ("NORTH AMERICAN BIOLOGICALS INC",
    // "GENERAL HOST CORP"), where each word is an ordinary one in lower case; not a function word's ("UNIT OF").
    if (first > opened && companyInHeadline(doc, last) && tokens.slice(opened, first).every(openingCompanyWord))
      first = opened;
    const opener = OPENERS.has(tokens[first]!.text) || isFunctionWord(tokens[first]!.text);
    const ticker = first > 0 && isTicker(tokens, first - 1);
    if (!opener && !ticker && last - first <= MAX_RUN_TOKENS && !inCredits(doc, tokens[first]!.start))
      runs.push(runOf(doc, { first, last }, role, countries));
    i = Math.max(j, i + 1);
  }
  return runs;
}

/** The contiguous runs of token indexes in `taken` ([first, last) each), in order. */
function spansOf(taken: Set<number>): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const i of [...taken].sort((a, b) => a - b)) {
    const open = spans.at(-1);
    if (open && open.last === i) open.last = i + 1;
    else spans.push({ first: i, last: i + 1 });
  }
  return spans;
}

/** The capitalised words of a span, its name's words. */
function wordsOf(tokens: Token[], span: NameSpan): Token[] {
  return tokens.slice(span.first, span.last).filter((t) => capitalised(t));
}

/** The acronym defined right after the span ("Office of Foreign Assets Control (OFAC)"), if its letters fit. */
function acronymAfter(tokens: Token[], span: NameSpan): string | null {
  if (tokens[span.last]?.text !== '(' || tokens[span.last + 2]?.text !== ')') return null;
  const acronym = tokens[span.last + 1]!.text;
  const initials = wordsOf(tokens, span)
    .map((t) => t.text[0])
    .join('');
  return ACRONYM_LETTERS.test(acronym) && initials.startsWith(acronym[0]!) && acronym.length <= initials.length + 1
    ? acronym
    : null;
}

/** True when the tokens from `at` are a stock ticker in angle brackets, as news agencies follow a company's name with it ("Coradian Corp <CDIN>"). */
function isTicker(tokens: Token[], at: number): boolean {
  return tokens[at]?.text === '<' && TICKER_SYMBOL.test(tokens[at + 1]?.text ?? '') && tokens[at + 2]?.text === '>';
}

/** A word of a headline in capitals as the story writes it ("CORP" → "Corp"); other words as they are. */
function inTitleCase(word: string): string {
  return word.length > 1 && WORD_IN_CAPITALS.test(word) ? word[0] + word.slice(1).toLowerCase() : word;
}

/** True when a comma after the span opens a description with a role in it ("Mokhova, a spokeswoman for ..."). */
function roleAfter(tokens: Token[], last: number): boolean {
  if (tokens[last]?.text !== ',') return false;
  for (let i = last + 1; i <= last + 5 && i < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (text === ',' || text === '.' || text === ';') return false;
    if (isRole(tokens[i])) return true;
  }
  return false;
}

/** What one mention says of its name. */
interface MentionMeasures {
  role: boolean;
  said: boolean;
  placeCue: boolean;
  theBefore: boolean;
  possessive: boolean;
  kindWord: boolean;
  described: boolean;
  sentenceStart: boolean;
  inTitle: boolean;
  ticker: boolean;
  acts: boolean;
}

function measureMention(doc: TagDocument, span: NameSpan, role: boolean, sentenceStarts: Set<number>): MentionMeasures {
  const { tokens } = doc;
  const before = tokens[span.first - 1];
  const after = tokens[span.last];
  const afterNext = tokens[span.last + 1]?.text.toLowerCase() ?? '';
  const beforeText = before?.text.toLowerCase() ?? '';
  const start = tokens[span.first]!.start;
  return {
    role:
      role ||
      isRole(before) ||
      isTitle(before) ||
      (before?.text === '.' && isTitle(tokens[span.first - 2])) ||
      roleAfter(tokens, span.last),
    said:
      SPEECH.has(after?.text.toLowerCase() ?? '') ||
      (after?.text === ',' && SPEECH.has(afterNext)) ||
      SPEECH.has(beforeText) ||
      (beforeText === 'to' && tokens[span.first - 2]?.text.toLowerCase() === 'according'),
    placeCue: before !== undefined && PLACE_CUES.has(before.text),
    theBefore: beforeText === 'the',
    kindWord:
      KINDS.has(beforeText) ||
      KINDS.has(tokens[span.first - 2]?.text.toLowerCase() ?? '') ||
      KINDS.has(after?.text.toLowerCase() ?? ''),
    possessive: (after?.text === "'" || after?.text === '’') && tokens[span.last + 1]?.text === 's',
    described: after?.text === ',' && ['a', 'an', 'the', 'who'].includes(afterNext),
    sentenceStart: sentenceStarts.has(start) || before === undefined || lineBreak(doc, before, tokens[span.first]!),
    inTitle: start < doc.titleEnd,
    ticker: after?.text === '<' && isTicker(tokens, span.last),
    acts: after !== undefined && STARTS_LOWER_CASE.test(after.text) && lexiconTagsMatch(after.text, ACTING_TAGS),
  };
}

/**
 * What a kind noun right before the mention on its line says it is ("brokerage Aton", not "multi-channel TV"; a
 * person's noun, "swimmer Zhang Yufei"; the name may stand in quotes, "the band 'Lyube'"), or a paper's or agency's
 * words right after it, or a source's words before a title opened by "The" ("told The Observer"); null when none
 * stands there, or when the name is cut: a capitalised word, "&" or hyphen goes on from it ("Procter & Gamble", "Air
 * India", "Jay-Z") or, for a body, a number ("Maroon 5"; a score may follow a player, "Venus Williams 6-3"), or
 * "and" or "of" before another name, or a day opens it ("Thursday's Sun"), or, before
 * the paper's words, a word or possessive stands ahead of it ("Sunday Mail", "News of the World").
 */
function namedByKind(doc: TagDocument, span: NameSpan): 'organization' | 'person' | null {
  const { tokens } = doc;
  const first = tokens[span.first]!;
  const last = tokens[span.last - 1]!;
  const next = tokens[span.last];
  const goesOn = next !== undefined && !lineBreak(doc, last, next);
  if (goesOn && GOES_ON_AS_NAME.test(next.text)) return null;
  // "local group Victims and Families United", "the team Jim and Jane Smith".
  if (goesOn && (next.text === 'and' || next.text === 'of') && capitalised(tokens[span.last + 1])) return null;
  // "band Maroon 5", not "champion Venus Williams 6-3".
  const numberAfter = goesOn && STARTS_WITH_FIGURE.test(next.text);
  // "Thursday's Sun newspaper": a day's paper, cut from its name.
  if (lexiconTagsMatch(first.text, DAY_OR_MONTH_TAGS)) return null;
  // "told The Observer", "an interview with The Irish Times": a title opened by "The" that the story quotes as a source.
  const the = first.text === 'The' ? first : tokens[span.first - 1];
  if (the?.text === 'The' && the !== last && isSourceAt(doc.text, the.start)) return 'organization';
  if (describedAsBody(doc, span)) return 'organization';
  if (roleBeforeComma(tokens, span)) return 'person';
  // "the band 'Lyube'", "the organization “Memorial,”": a name in quotes right after its kind noun.
  const closing = /^[,.]$/.test(next?.text ?? '') ? tokens[span.last + 1] : next;
  const quoted = OPENING_QUOTES.has(tokens[span.first - 1]?.text ?? '') && CLOSING_QUOTES.has(closing?.text ?? '');
  const before = tokens[span.first - (quoted ? 2 : 1)];
  if (before === undefined || lineBreak(doc, before, first)) return null;
  const wholeWord = /\s/.test(doc.text[before.start - 1] ?? ' ');
  // "watchdog Sir Philip Green": a title before more words opens a person's name, whatever the noun before it.
  const titled = isTitle(first) && span.last - span.first > 1;
  if (KINDS.has(before.text)) return wholeWord && !numberAfter && !titled ? 'organization' : null;
  if (quoted) return null;
  if (PERSON_KINDS.has(before.text)) return wholeWord ? 'person' : null;
  const ahead = tokens[span.first - 2]?.text ?? '';
  const paper =
    MEDIA_AFTER.test(doc.text.slice(last.end, last.end + 20)) &&
    (!capitalised(before) || before.text === 'The') &&
    !["'", '’', 'of'].includes(before.text) &&
    !(before.text === 'the' && ahead === 'of');
  return paper && !numberAfter ? 'organization' : null;
}

/** What the text says the name is (see `NameCandidate.namedAs`): a person only when the name has a person's shape. */
function namedAs(doc: TagDocument, spans: NameSpan[], features: NameFeatures): NameCandidate['namedAs'] {
  const said = spans.map((span) => namedByKind(doc, span));
  if (said.includes('organization')) return 'organization';
  const personShaped =
    features.oneWord === 0 &&
    features.longer === 0 &&
    features.personShape + features.givenFirst + features.familyFirst + features.familyEnding > 0;
  if (said.includes('person') && personShaped) return 'person';
  // "chief executive of Fiat Auto", "the Washington-based Atlantic Council": a body, unless a person's name, a
  // portfolio's words ("Minister of Foreign Affairs") or a place's ("director general for Europe").
  const person = features.personShape + features.givenFirst + features.familyFirst + features.familyEnding > 0;
  const body = spans.some((span) => heldAt(doc, span) || basedBefore(doc, span));
  return body && !person && features.generic === 0 && features.placeWord < 0.5 ? 'organization' : null;
}

/** Words between a role and the body it is held in ("director of", "analyst at"); "for" after a spokesman only. */
const HELD_IN = new Set(['of', 'at', 'with']);
const SPOKESMEN = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * True when the mention is the body a role is held in, and its name ends there: a lower-case role word and "of",
 * "at", "for" or "with" (and "the", before more than one word) right before it ("chief executive of Fiat Auto,", "managing director of Ontrack Data Recovery.",
 * "a spokesman for DaimlerChrysler,"; not "best director for Million Dollar Baby"), a comma, a full stop or a word of speech after it.
 */
function heldAt(doc: TagDocument, span: NameSpan): boolean {
  const { tokens } = doc;
  const the = tokens[span.first - 1]?.text === 'the';
  // "leader of the Palestinians": one word after "the" is a people's name more often than a body's.
  if (the && span.last - span.first === 1) return false;
  const at = the ? span.first - 2 : span.first - 1;
  const role = tokens[at - 1];
  // A capitalised role is a title, and what follows it a portfolio or a place ("Secretary of Commerce").
  const word = tokens[at]?.text ?? '';
  const held = HELD_IN.has(word) || (word === 'for' && SPOKESMEN.has(role?.text ?? ''));
  if (!held || !isRole(role) || capitalised(role)) return false;
  const after = tokens[span.last]?.text ?? '.';
  return after === ',' || after === '.' || SPEECH.has(after);
}

/** True when a place's name joined by a hyphen to "based" stands right before the mention ("the Washington-based Atlantic Council"). */
function basedBefore(doc: TagDocument, span: NameSpan): boolean {
  const { tokens } = doc;
  return (
    tokens[span.first - 1]?.text === 'based' && joiner(tokens, span.first - 2) && capitalised(tokens[span.first - 3])
  );
}

/** A name's mentions as they are gathered, before they are measured. */
interface Gathered {
  name: string;
  key: string;
  spans: Run[];
  rule: 'person' | 'organization' | null;
  acronym: string | null;
  familyName: boolean;
}

/** Share of `words` for which `test` holds. */
function share(words: Token[], test: (w: Token) => boolean): number {
  return words.length === 0 ? 0 : words.filter(test).length / words.length;
}

/** What the whole document says of its words: the words it also writes in lower case ("victory", "treaty"). */
interface DocumentWords {
  sentenceStarts: Set<number>;
  lowerCase: Set<string>;
}

/**
 * True when the name is one word the English lexicon does not hold, which the article never writes in lower case and
 * uses at least once inside a sentence ("Kyivstar", "Fermenta"; not "Europe", a place to the lexicon, nor
 * "Ministry", a body's generic word).
 */
function isForeignWord(words: Token[], mentions: MentionMeasures[], seen: DocumentWords): boolean {
  const word = words.length === 1 ? words[0]!.text : '';
  return (
    STARTS_TITLE_CASE.test(word) &&
    lexiconTags(word).length === 0 &&
    !isGenericWord(word) &&
    !seen.lowerCase.has(word.toLowerCase()) &&
    !mentions.every((m) => m.sentenceStart || m.inTitle)
  );
}

/** The word that says what a name is: its last, or the one before an international arm's ("Swiss Bank Corp International"). */
function headWord(words: Token[]): string {
  return words.at(words.length > 1 && words.at(-1)!.text === 'International' ? -2 : -1)?.text ?? '';
}

/** True when compromise's lexicon lists the word, as an ordinary word, a name or a function word. */
function listed(w: Token): boolean {
  return isCommonWord(w.text) || isKnownName(w.text) || isFunctionWord(w.text);
}

/** True when one of the tags compromise's lexicon gives the word passes `tags`. */
function tagged(w: Token, tags: RegExp): boolean {
  return lexiconTagsMatch(w.text, tags);
}

function measure(doc: TagDocument, g: Gathered, givenNames: Set<string>, seen: DocumentWords): NameFeatures {
  const { sentenceStarts } = seen;
  const full = g.spans.reduce((a, b) => (b.last - b.first > a.last - a.first ? b : a));
  const words = wordsOf(doc.tokens, full);
  const texts = words.map((w) => w.text);
  const mentions = g.spans.map((s) => measureMention(doc, s, s.role, sentenceStarts));
  const any = (k: keyof MentionMeasures) => Number(mentions.some((m) => m[k]));
  const lastWord = headWord(words);
  const firstWord = words[0]?.text ?? '';
  const acronym = words.length === 1 && SHORT_ACRONYM.test(firstWord);
  return {
    oneWord: Number(words.length === 1),
    twoWords: Number(words.length === 2),
    threeWords: Number(words.length === 3),
    longer: Number(words.length > 3),
    head: Number(isOrganisationHead({ text: inTitleCase(lastWord), start: 0, end: 0 })),
    corporate: Number(CORPORATE.has(lastWord) || CORPORATE.has(inTitleCase(lastWord))),
    opening: Number(doc.tokens[full.first + 1]?.text === 'of' && isGenericWord(firstWord)),
    acronym: Number(acronym),
    definedAcronym: Number(g.acronym !== null),
    givenFirst: Number(words.length > 1 && (isGivenName(firstWord) || givenNames.has(foldNameWord(firstWord)))),
    familyFirst: Number(isFamilyNameFirst(texts)),
    familyEnding: Number(hasFamilyNameEnding(texts)),
    nameWords: share(words, (w) => isKnownName(w.text)),
    commonWords: share(words, (w) => isCommonWord(w.text) && !tagged(w, ORGANISATION_TAG)),
    unlisted: share(words, (w) => !listed(w) && !WORD_IN_CAPITALS.test(w.text)),
    lowerElsewhere: share(words, (w) => seen.lowerCase.has(w.text.toLowerCase())),
    organisationWord: Number(words.some((w) => tagged(w, ORGANISATION_TAG))),
    placeWord: share(words, (w) => tagged(w, PLACE_TAGS)),
    kindWord: any('kindWord'),
    mediaWord: Number(words.some((w) => MEDIA.has(w.text))),
    personShape: Number(
      words.length >= 2 &&
        words.length <= 3 &&
        words.every((w) => CAPITALISED_WORD.test(w.text) && !isCommonWord(w.text) && !isGenericWord(w.text)) &&
        !words.some((w) => tagged(w, PLACE_OR_ORGANISATION_TAGS)),
    ),
    foreignWord: Number(isForeignWord(words, mentions, seen)),
    described: any('described'),
    generic: Number(words.every((w) => isGenericWord(w.text))),
    stateBody: Number(g.spans.some((s) => s.stateBody)),
    role: any('role'),
    said: any('said'),
    placeCue: mentions.filter((m) => m.placeCue).length / mentions.length,
    theBefore: any('theBefore'),
    possessive: any('possessive'),
    mentions: Math.log1p(mentions.length),
    familyName: Number(g.familyName),
    sentenceStart: mentions.filter((m) => m.sentenceStart).length / mentions.length,
    titleOnly: Number(mentions.every((m) => m.inTitle)),
    calendar: Number(words.some((w) => tagged(w, CALENDAR_TAGS))),
    ticker: any('ticker'),
    ruleGave: Number(g.rule !== null),
    speaker: 0,
    countryInside: Number(g.spans.some((s) => s.countryInside)),
    acts: mentions.filter((m) => m.acts).length / mentions.length,
  };
}

/**
 * A person's shape (or a name written family name first, or ending as a family name) that speaks or is described ("Xianglin Hou said", "Lyudmila Mokhova, a spokeswoman"): either
 * alone is weaker evidence than both, which a sum of weights cannot say.
 */
function withSpeaker(f: NameFeatures): NameFeatures {
  const person = f.personShape + f.givenFirst + f.familyFirst + f.familyEnding > 0;
  f.speaker = Number(person && (f.said > 0 || f.role > 0 || f.described > 0));
  return f;
}

/**
 * Adds the mentions of an acronym the text defines, and of a family name alone, to the full name's; returns the
 * names so merged.
 */
function mergeShortForms(byKey: Map<string, Gathered>): Set<Gathered> {
  const groups = [...byKey.values()];
  const merged = new Set<Gathered>();
  for (const g of groups) {
    const short = g.acronym ? byKey.get(comparableName(g.acronym)) : undefined;
    if (short && short !== g) {
      g.spans.push(...short.spans);
      merged.add(short);
    }
  }
  const longByLastWord = new Map<string, Gathered>();
  for (const g of groups) {
    const words = g.key.split(' ');
    if (words.length > 1 && g.rule !== 'organization') longByLastWord.set(words.at(-1)!, g);
  }
  for (const g of groups) {
    if (merged.has(g) || g.key.includes(' ')) continue;
    const full = longByLastWord.get(g.key);
    if (full && full !== g) {
      full.spans.push(...g.spans);
      full.familyName = true;
      merged.add(g);
    }
  }
  return merged;
}

/**
 * The accepted candidates with each company's name written shorter folded into the company's: a candidate whose
 * words open the name of one other accepted candidate ending in a company's ending ("Salomon" of "Salomon Brothers
 * International Ltd", "Valero" of "Valero Energy Corp"), with no ending of its own ("Ford Motor Co" beside "Ford Motor
 * Credit Co", "Hoechst AG" beside "Hoechst Celanese Corp") and not ordinary words alone, adds its mentions to the
 * company's and is no actor of its own. A form that opens two companies' names stays a name of its own, as does the
 * short form of a company the model does not accept.
 */
export function withCompanyShortForms(accepted: NameCandidate[]): NameCandidate[] {
  if (!accepted.some((c) => c.features.corporate > 0)) return accepted;
  const keys = accepted.map((c) => comparableName(c.name));
  const companies = new Map<string, number | null>();
  accepted.forEach((c, i) => {
    if (c.features.corporate === 0) return;
    const words = keys[i]!.split(' ');
    for (let n = 1; n < words.length; n++) {
      const opening = words.slice(0, n).join(' ');
      companies.set(opening, companies.has(opening) ? null : i);
    }
  });
  const folded = new Map<number, NameSpan[]>();
  const shortForms = new Set<number>();
  accepted.forEach((c, i) => {
    const company = companies.get(keys[i]!);
    if (company === undefined || company === null || c.features.corporate > 0 || c.name.split(' ').every(isCommonWord))
      return;
    folded.set(company, [...(folded.get(company) ?? accepted[company]!.mentions), ...c.mentions]);
    shortForms.add(i);
  });
  return accepted.flatMap((c, i) => {
    if (shortForms.has(i)) return [];
    const mentions = folded.get(i);
    return mentions ? [{ ...c, mentions: mentions.sort((a, b) => a.first - b.first) }] : [c];
  });
}

/**
 * The candidate actors of a document.
 * @param blocked token indexes of known actors, countries and places: never part of a candidate.
 * @param people token indexes of the names the person rules found; `organisations`, of the organisation rules'.
 * @param givenNames given names of the actors file's people, under the name rules.
 * @param countryBefore where each country's name or demonym ends (a token index), to where it starts.
 * @param countryNames where each country written by its name or seat starts, to where it ends.
 */
export function nameCandidates(
  doc: TagDocument,
  blocked: Set<number>,
  people: Set<number>,
  organisations: Set<number>,
  givenNames: Set<string>,
  countryBefore: Map<number, number>,
  countryNames: Map<number, number>,
): NameCandidate[] {
  const { tokens } = doc;
  const sentenceStarts = new Set(doc.sentences.map((s) => s.start));
  const lowerCase = new Set<string>();
  for (const t of tokens) {
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) lowerCase.add(t.text);
  }
  const seen: DocumentWords = { sentenceStarts, lowerCase };
  const byKey = new Map<string, Gathered>();
  const add = (span: Run, rule: Gathered['rule']) => {
    const name = doc.text.slice(tokens[span.first]!.start, tokens[span.last - 1]!.end);
    const key = comparableName(name);
    if (!key) return;
    let g = byKey.get(key);
    if (!g) {
      g = { name, key, spans: [], rule, acronym: null, familyName: false };
      byKey.set(key, g);
    }
    g.rule ??= rule;
    g.acronym ??= acronymAfter(tokens, span);
    g.spans.push(span);
  };
  const ruled = { role: false, stateBody: false, countryInside: false };
  for (const span of spansOf(people)) add({ ...span, ...ruled }, 'person');
  for (const span of spansOf(organisations)) add({ ...span, ...ruled }, 'organization');
  const all = new Set([...blocked, ...people, ...organisations]);
  const after = new Map([...countryBefore].map(([last, first]) => [first, last]));
  const countries = { before: countryBefore, after, named: countryNames };
  for (const run of capitalisedRuns(doc, all, sentenceStarts, countries, givenNames)) add(run, null);
  const merged = mergeShortForms(byKey);
  return [...byKey.values()]
    .filter(
      (g) =>
        !merged.has(g) && !isCorporateEnding(g.key) && !PLACE_FEATURES.has(g.name.slice(g.name.lastIndexOf(' ') + 1)),
    )
    .map((g) => {
      const features = withSpeaker(measure(doc, g, givenNames, seen));
      return {
        name: g.name,
        mentions: g.spans.map(({ first, last }) => ({ first, last })).sort((a, b) => a.first - b.first),
        rule: g.rule,
        acronym: g.acronym,
        namedAs: namedAs(doc, g.spans, features),
        features,
      };
    });
}
