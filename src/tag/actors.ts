/** Tag stage: the people and organisations an article names, from the actors file, with evidence. Pure. */
import type { ActorTag } from '../types.ts';
import type { ActorHit } from './compile.ts';
import { MAX_EVIDENCE } from './countries.ts';
import { evidenceAt, type TagDocument } from './document.ts';
import type { PhraseMatch } from './matcher.ts';
import { isOrganisationHead } from './discover-organisations.ts';
import { CORPORATE } from './name-candidates.ts';
import {
  isCommonWord,
  isFunctionWord,
  isGivenName,
  isNameWord,
  isRole,
  isTitle,
  lexiconTags,
  titleBefore,
} from './person-context.ts';
import { ACRONYM_LETTERS, STARTS_WITH_CAPITAL } from './tokens.ts';

/**
 * A short name standing alone ("Putin", with no title and no full name before it) means its one actor when the
 * article uses it at least this often: a surname repeated through an article is how news writing refers to the
 * well known. Chosen on the labelled set: once was too loose (a surname in passing may be anyone's).
 */
const STANDALONE_MIN_USES = 2;

/** True when a capitalised word other than "The" stands before token `index`: "World Petroleum Congress" is not Congress. */
function partOfLongerName(doc: TagDocument, index: number): boolean {
  const previous = doc.tokens[index - 1]?.text ?? '';
  return STARTS_WITH_CAPITAL.test(previous) && previous !== 'The';
}

/** The first letter of each given name the actor goes by ("K" for Kurt Campbell). */
function givenInitials(match: PhraseMatch<ActorHit>): Set<string> {
  return new Set(
    match.values.flatMap(({ actor }) => [actor.name, ...(actor.aliases ?? [])].map((n) => n[0]!.toUpperCase())),
  );
}

/**
 * True when a short name ends another name: "Driscoll" of "O'Driscoll", "Campbell" of "Alastair Campbell" (a name
 * word before it that is no title, role or common word, and not the actor's own given name by its first letter, so
 * "Dmytro Kuleba" stays Kuleba's). The short name is then neither the actor nor a word other names must avoid.
 */
function endsOtherName(doc: TagDocument, match: PhraseMatch<ActorHit>): boolean {
  if (match.values.some((v) => v.form !== 'short')) return false;
  const { tokens } = doc;
  const previous = tokens[match.first - 1];
  if (!previous || doc.text.slice(previous.end, tokens[match.first]!.start).includes('\n')) return false;
  if (previous.text === "'" || previous.text === '’') return previous.end === tokens[match.first]!.start;
  return (
    isNameWord(previous) &&
    !isTitle(previous) &&
    !isRole(previous) &&
    !isCommonWord(previous.text) &&
    !isFunctionWord(previous.text) &&
    !givenInitials(match).has(previous.text[0]!)
  );
}

/** Words after an organisation's name read as part of a longer one, at most, before its last word. */
const MAX_WORDS_AFTER = 3;

/**
 * True when an organisation's name opens a longer name that ends as a company's or a body's does: "Apple" of "Apple
 * Computer Inc", "BP" of "BP North America Inc", "Senate" of "Senate Budget Committee". At least one name word
 * stands between them, so "Google Inc" is still Google.
 */
function opensOtherName(doc: TagDocument, match: PhraseMatch<ActorHit>): boolean {
  if (!match.values.every((v) => v.actor.type === 'organization')) return false;
  const { tokens } = doc;
  for (let i = match.last; i <= match.last + MAX_WORDS_AFTER && isNameWord(tokens[i]); i++) {
    if (doc.text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n')) return false;
    if (i > match.last && (CORPORATE.has(tokens[i]!.text) || isOrganisationHead(tokens[i]))) return true;
  }
  return false;
}

/** Lexicon tags of words that follow a name without being part of it ("Putin Tuesday", "Putin Moscow"). */
const NOT_NAME_PARTS = /^(?:WeekDay|Month|Holiday|Date|Place|City|Country|Region)$/;

/**
 * True when a person's short name opens another person's name: "Qin" (Qin Gang's) of "Qin Haiyang", "Sun" of "Sun
 * Li Fang": a name word follows it after one space that is no title, role, common or function word.
 */
function opensPersonName(doc: TagDocument, match: PhraseMatch<ActorHit>): boolean {
  if (match.values.some((v) => v.form !== 'short' || v.actor.type !== 'person')) return false;
  const next = doc.tokens[match.last];
  if (!next || next.start !== doc.tokens[match.last - 1]!.end + 1) return false;
  return (
    isNameWord(next) &&
    !isTitle(next) &&
    !isRole(next) &&
    !isCommonWord(next.text) &&
    !isFunctionWord(next.text) &&
    !lexiconTags(next.text).some((t) => NOT_NAME_PARTS.test(t))
  );
}

/** True when the match is part of another name, before or after it: neither the actor nor a word other names avoid. */
export function inOtherName(doc: TagDocument, match: PhraseMatch<ActorHit>): boolean {
  return endsOtherName(doc, match) || opensOtherName(doc, match) || opensPersonName(doc, match);
}

/** Dashes that end a wire dateline's credit ("MOSCOW, April 28 (RIA Novosti) - ..."). */
const DATELINE_DASHES = new Set(['-', '–', '—']);

/** True when the match is the agency credit of a wire dateline, "(RIA Novosti) -": the copy's source, not an actor. */
function datelineCredit(doc: TagDocument, match: PhraseMatch<ActorHit>): boolean {
  const { tokens } = doc;
  return (
    tokens[match.first - 1]?.text === '(' &&
    tokens[match.last]?.text === ')' &&
    DATELINE_DASHES.has(tokens[match.last + 1]?.text ?? '')
  );
}

/**
 * Words for a party's members that, right after its name, make the name a person's affiliation ("Labour backbencher",
 * "Labour MP"). Not "spokesman" or "leader": a party whose spokesman speaks is the one speaking.
 */
const MEMBERS = new Set(
  'MP MPs MEP MEPs peer peers backbencher backbenchers candidate candidates councillor councillors activist activists member members'.split(
    ' ',
  ),
);

/**
 * True when a party's name stands as the affiliation of the person after it, a member's word or a person's name
 * ("Labour backbencher Gwyneth Dunwoody", "Tories Ken Clarke", "Labour's Robin Cook"): the party does nothing there.
 */
function affiliation(doc: TagDocument, match: PhraseMatch<ActorHit>): boolean {
  const { tokens } = doc;
  let next = match.last;
  if ((tokens[next]?.text === "'" || tokens[next]?.text === '’') && tokens[next + 1]?.text === 's') next += 2;
  const word = tokens[next];
  if (word === undefined || doc.text.slice(tokens[match.last - 1]!.end, word.start).includes('\n')) return false;
  return MEMBERS.has(word.text) || (isGivenName(word.text) && isNameWord(word) && isNameWord(tokens[next + 1]));
}

/** True when the actor is a political party (its name ends in "Party": "Labour Party", "Republican Party"). */
function isParty(actor: ActorHit['actor']): boolean {
  return actor.type === 'organization' && actor.name.endsWith(' Party');
}

/** Lower-case words that stand inside a name an acronym is defined for ("Organisation of Petroleum Exporting Countries"). */
const INSIDE_NAMES = new Set(['of', 'for', 'and', 'the', '&', 'de']);

/**
 * The acronyms the text defines for a name no known actor's full name matches: "the U.S. Interstate Commerce
 * Commission (ICC)" makes every "ICC" of the article that commission's, not the International Criminal Court's. The
 * acronym is the initials of the capitalised words right before it, so "Ukraine's Security Service (SBU)", whose
 * initials are not the acronym's, leaves the SBU the actors file's.
 */
function acronymsOfOtherNames(doc: TagDocument, matches: PhraseMatch<ActorHit>[]): Set<string> {
  const { tokens } = doc;
  const namedBefore = new Set(matches.filter((m) => m.values.some((v) => v.form === 'name')).map((m) => m.last));
  const acronyms = new Set<string>();
  for (let i = 1; i + 2 < tokens.length; i++) {
    const acronym = tokens[i + 1]!.text;
    if (tokens[i]!.text !== '(' || tokens[i + 2]!.text !== ')' || !ACRONYM_LETTERS.test(acronym)) continue;
    if (namedBefore.has(i)) continue;
    let initials = '';
    for (let j = i - 1; j >= 0 && initials.length < acronym.length; j--) {
      const word = tokens[j]!.text;
      if (STARTS_WITH_CAPITAL.test(word)) initials = word[0] + initials;
      else if (!INSIDE_NAMES.has(word)) break;
    }
    if (initials === acronym) acronyms.add(acronym);
  }
  return acronyms;
}

/** The actor a short-name match means at this point of the article, if any. */
function resolveShort(
  match: PhraseMatch<ActorHit>,
  titled: boolean,
  seen: Set<string>,
  standalone: Map<string, number>,
): ActorHit | undefined {
  const shorts = match.values.filter((v) => v.form === 'short');
  const named = shorts.filter((v) => seen.has(v.actor.id));
  if (named.length === 1) return named[0];
  if (shorts.length !== 1) return undefined;
  const only = shorts[0]!;
  return titled || (standalone.get(only.actor.id) ?? 0) >= STANDALONE_MIN_USES ? only : undefined;
}

/**
 * Tags actors by full name or alias anywhere; by a context alias ("Congress") when the article names the actor's
 * country (`countries`: the codes its text names); by short name ("Lavrov", "Xi") after a title such as "Mr." or
 * "Foreign Minister", once the full name has appeared earlier, or when the article uses it repeatedly or in the
 * only one actor has it.
 */
export function tagActors(doc: TagDocument, matches: PhraseMatch<ActorHit>[], countries: Set<string>): ActorTag[] {
  const standalone = new Map<string, number>();
  for (const match of matches) {
    const shorts = match.values.filter((v) => v.form === 'short');
    if (shorts.length !== 1 || match.values.some((v) => v.form === 'name') || inOtherName(doc, match)) continue;
    const id = shorts[0]!.actor.id;
    standalone.set(id, (standalone.get(id) ?? 0) + 1);
  }
  const tags = new Map<string, ActorTag>();
  const acting = new Set<string>();
  const otherAcronyms = acronymsOfOtherNames(doc, matches);
  for (const match of matches) {
    if (datelineCredit(doc, match) || inOtherName(doc, match)) continue;
    if (otherAcronyms.has(doc.text.slice(match.start, match.end))) continue;
    const titled = isTitle(titleBefore(doc.tokens, match.first));
    const hit =
      match.values.find((v) => v.form === 'name') ??
      (partOfLongerName(doc, match.first)
        ? undefined
        : match.values.find((v) => v.form === 'context' && countries.has(v.actor.country ?? ''))) ??
      resolveShort(match, titled, new Set(tags.keys()), standalone);
    if (!hit) continue;
    const { actor } = hit;
    let tag = tags.get(actor.id);
    if (!tag) {
      tag = {
        id: actor.id,
        name: actor.name,
        type: actor.type,
        country: actor.country,
        discovered: false,
        origin: 'text',
        evidence: [],
        mentions: 0,
      };
      tags.set(actor.id, tag);
    }
    tag.mentions = (tag.mentions ?? 0) + 1;
    if (tag.evidence.length < MAX_EVIDENCE) tag.evidence.push(evidenceAt(doc, match.start, match.end));
    if (!isParty(actor) || !affiliation(doc, match)) acting.add(actor.id);
  }
  // A party named only as its members' affiliation is not an actor of the story.
  return [...tags.values()]
    .filter((tag) => acting.has(tag.id))
    .sort((a, b) => (b.mentions ?? 0) - (a.mentions ?? 0) || a.name.localeCompare(b.name));
}
