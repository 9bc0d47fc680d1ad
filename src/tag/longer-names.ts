/**
 * Tag stage: whether a country's or a place's name stands inside a longer proper name that means something else
 * ("Donetsk People's Republic" is not China, "St. George's Park" is not Grenada, "Real Madrid" is not Madrid). Pure.
 */
import type { TagDocument } from './document.ts';
import { isRole } from './person-context.ts';
import { WORD_IN_CAPITALS } from './tokens.ts';

/** A capital, then letters of either case: "Donetsk", "McDonald". */
const CAPITAL_THEN_LETTERS = /^\p{Lu}\p{L}*$/u;

/**
 * Capitalised words that, standing before a name, still leave it the place: qualifiers of a region ("Eastern Ukraine",
 * "Greater London"), of a regime or era ("Soviet Russia", "Communist China"), and words that start a sentence or a
 * clause ("In", "But"). Chosen from the names of the labelled sets' articles.
 */
const QUALIFIERS = new Set(
  `The A An In At On Of For From To By With And But Or As If When While After Before Since Under Across Outside Inside
  North South East West Northern Southern Eastern Western Central Greater Upper Lower Inner Outer Mainland Metropolitan
  Communist Nazi Soviet Imperial Tsarist Modern Free Occupied Independent Democratic Republican Rural Urban Coastal
  Downtown Suburban Post Pre Anti Pro All Both Only Even Also Then Now Today Yesterday Tomorrow Monday Tuesday Wednesday
  Thursday Friday Saturday Sunday January February March April May June July August September October November December
  Mr Mrs Ms Dr`.split(/\s+/),
);

/**
 * Capitalised words that, standing after a name, make it the name of something named after the place that does not
 * stand in it or is not its own: a street, a ground or a park ("Lansdowne Road" is in Dublin, "Stamford Bridge" in
 * London, "Leicester Square" too), an agreement named where it was signed ("Oslo Accords", "Kyoto Protocol", "Minsk
 * Protocol"), a shoal or a reef ("Scarborough Shoal" is off the Philippines), a time ("Greenwich Mean Time").
 * Neither the country nor the place.
 */
const NAMED_AFTER_HEADS = new Set(
  `Park Street Square Road Avenue Boulevard Lane Bridge Gate Shoal Reef Accords Accord Protocol Convention Agreement
  Treaty Declaration Process Format Initiative Doctrine Mean`.split(/\s+/),
);

/**
 * Capitalised words that, standing after a name, make it part of the name of something else: the heads above, and
 * those of a building, a club, a newspaper, an airline ("Moscow Times", "Manchester United", "Japan Airlines"). Not
 * the words of a state's own bodies ("US Air Force", "Russia Energy Ministry"): those are the state's. A city's name
 * inside its club's, paper's or building's name is still that city (the labellers read "Manchester United" so): only
 * a country's name or capital is passed over there.
 */
const NAME_HEADS = new Set([
  ...NAMED_AFTER_HEADS,
  ...`Airport Station Stadium Arena Hotel Hospital Cathedral Church Palace Castle Tower Hall Centre Center Museum
  Gallery University College School Academy Institute Club United City Rovers Wanderers Athletic Albion Town County FC
  Post Times Journal Herald Daily Today Telegraph Tribune Gazette Chronicle Airlines Airways Records Studios Pictures
  Republic`.split(/\s+/),
]);

/** True when the token at `index` starts a sentence or a line: a capital there says nothing about names. */
function startsSentence(doc: TagDocument, index: number): boolean {
  const previous = doc.tokens[index - 1];
  if (!previous) return true;
  if ('.!?:;"“”‘’\'(—–-'.includes(previous.text)) return true;
  return doc.text.slice(previous.end, doc.tokens[index]!.start).includes('\n');
}

/** True when token `index` is a capitalised word that continues a proper name ("Donetsk" of "Donetsk People's"). */
function namePartBefore(doc: TagDocument, index: number): boolean {
  const token = doc.tokens[index];
  if (!token || !CAPITAL_THEN_LETTERS.test(token.text) || QUALIFIERS.has(token.text) || isRole(token)) return false;
  return !startsSentence(doc, index) && !WORD_IN_CAPITALS.test(token.text);
}

/** True when the token at `last` is one of `heads` and follows the name's last token after one space. */
function headedBy(doc: TagDocument, last: number, heads: Set<string>): boolean {
  const next = doc.tokens[last];
  return next !== undefined && heads.has(next.text) && next.start === doc.tokens[last - 1]!.end + 1;
}

/**
 * True when the place whose name ends before token `last` heads the name of a street, a ground, an agreement or a shoal
 * named after it ("Lansdowne Road", "Oslo Accords", "Scarborough Shoal"): that name is not the place.
 */
export function namesSomethingNamedAfter(doc: TagDocument, last: number): boolean {
  return headedBy(doc, last, NAMED_AFTER_HEADS);
}

/**
 * True when the name at tokens [first, last) is part of a longer proper name: a capitalised name word runs into it
 * from before on its line (outside the headline, whose words are all capitalised), or a word that heads names of streets, clubs,
 * papers or companies follows it.
 */
export function insideLongerName(doc: TagDocument, first: number, last: number): boolean {
  if (headedBy(doc, last, NAME_HEADS)) return true;
  return doc.tokens[first]!.start > doc.titleEnd && !startsSentence(doc, first) && namePartBefore(doc, first - 1);
}
