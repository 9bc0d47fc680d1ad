/** Tag stage: an article's title and text → its country and actor tags, each with evidence. */
import { slugify } from '../slugify.ts';
import type { ActorTag, Tags } from '../types.ts';
import type { CompiledTaxonomy } from './compile.ts';
import { inOtherName, tagActors } from './actors.ts';
import { MAX_EVIDENCE, tagCountries } from './countries.ts';
import { discoverPeople } from './discover.ts';
import { discoverOrganisations } from './discover-organisations.ts';
import { evidenceAt, type TagDocument } from './document.ts';
import { nameCandidates, withCompanyShortForms, type NameCandidate } from './name-candidates.ts';
import { nameProbability, nameModel } from './name-model.ts';
import { comparableName } from './names.ts';
import { countryMentions, type CountryMention } from './country-context.ts';
import { matchDocument, type DocumentMatches } from './match-document.ts';
import { resolvePlaces } from './places.ts';
import { cityNames, isClub } from './clubs.ts';
import { HOME_NATIONS, nationalTeams } from './national-teams.ts';
import { quotedOutlets } from './outlets.ts';

export { compileTaxonomy, type CompiledTaxonomy } from './compile.ts';
export { createDocument, evidenceAt, type TagDocument } from './document.ts';
export { countryMentions } from './country-context.ts';
export { matchDocument, type DocumentMatches } from './match-document.ts';
export { PhraseMatcher } from './matcher.ts';
export { splitSentences } from './sentences.ts';
export { tokenize } from './tokens.ts';

/** Token indexes of the accepted country names and of every actor match, and the country named at each name's start. */
function namedTokens(
  doc: TagDocument,
  countries: CountryMention[],
  matches: DocumentMatches,
): { taken: Set<number>; countriesAt: Map<number, string> } {
  const taken = new Set<number>();
  const countriesAt = new Map<number, string>();
  for (const { match, codes } of countries) {
    countriesAt.set(match.first, codes[0]!);
    for (let i = match.first; i < match.last; i++) taken.add(i);
  }
  for (const match of matches.actors) {
    if (!inOtherName(doc, match)) for (let i = match.first; i < match.last; i++) taken.add(i);
  }
  return { taken, countriesAt };
}

/** True when every token index in [first, last) is in `set`. */
function everyIn(set: Set<number>, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (!set.has(i)) return false;
  return true;
}

/** What the tagger finds in a document before it decides which candidate names are actors. */
export interface FoundNames {
  matches: DocumentMatches;
  /** The country matches that stand for their countries. */
  countries: CountryMention[];
  known: ActorTag[];
  places: ReturnType<typeof resolvePlaces>;
  /** The discovery rules' actors, by their names' comparable form. */
  ruled: Map<string, ActorTag>;
  /** The country each accepted country name or demonym starting at a token index names. */
  countriesAt: Map<number, string>;
  candidates: NameCandidate[];
  /** The candidates that are clubs named by their city ("Liverpool"): the city still names its country. */
  clubs: Set<NameCandidate>;
}

/**
 * The known actors, places, and the candidate names no known actor, country or place explains, each with the
 * measures the name model weighs (the training script reads them too).
 */
export function findNames(doc: TagDocument, compiled: CompiledTaxonomy): FoundNames {
  const matches = matchDocument(doc, compiled);
  const named = new Set(
    matches.countries.flatMap((m) => m.values.flatMap((v) => (v.kind === 'country' ? [v.code] : []))),
  );
  const known = tagActors(doc, matches.actors, named);
  const countries = countryMentions(doc, matches.countries);
  const { taken, countriesAt } = namedTokens(doc, countries, matches);
  const places = resolvePlaces(doc, matches.places, taken, countriesAt);
  const blocked = new Set(taken);
  for (const match of matches.countries) for (let i = match.first; i < match.last; i++) blocked.add(i);
  const placeTokens = new Set<number>();
  for (const { match } of places) for (let i = match.first; i < match.last; i++) placeTokens.add(i);
  const notNames = new Set([...blocked, ...placeTokens]);
  const people = new Set<number>();
  const countryEnds = new Map<number, string>();
  for (const match of matches.countries) {
    const country = countriesAt.get(match.first);
    if (country !== undefined) countryEnds.set(match.last, country);
  }
  const discovered = discoverPeople(doc, notNames, people, compiled.givenNames, countryEnds);
  const actorTokens = new Set(people);
  // Full names of known actors; a short or context name may not have been theirs ("World Petroleum Congress").
  for (const match of matches.actors) {
    if (match.values.some((v) => v.form === 'name') && !inOtherName(doc, match)) {
      for (let i = match.first; i < match.last; i++) actorTokens.add(i);
    }
  }
  const organisations = new Set<number>();
  const countryNames = new Set(matches.countries.map((m) => `${m.first}:${m.last}`));
  discovered.push(...discoverOrganisations(doc, actorTokens, countriesAt, countryNames, organisations));
  const ruled = new Map(discovered.map((tag) => [comparableName(tag.name), tag]));
  const cities = cityNames(doc, matches.places);
  const clubs = new Set<NameCandidate>();
  const candidates = nameCandidates(
    doc,
    blocked,
    people,
    organisations,
    compiled.givenNames,
    new Map(matches.countries.map((m) => [m.last, m.first])),
    new Map(
      matches.countries.flatMap((m) =>
        m.values.some((v) => v.kind === 'country' && (v.form === 'name' || v.form === 'seat'))
          ? [[m.first, m.last] as const]
          : [],
      ),
    ),
  ).flatMap((c) => {
    // A city's name in a football or rugby story may be its club's ("Former Blackburn boss Roy Hodgson").
    if (cities.size > 0 && isClub(doc, c.mentions, cities)) {
      const club: NameCandidate = { ...c, namedAs: 'organization' };
      clubs.add(club);
      return [club];
    }
    // A place may stand inside a longer name ("Bayern Munich", "Radio Moscow"), not be one alone.
    return c.mentions.some(({ first, last }) => !everyIn(placeTokens, first, last)) ? [c] : [];
  });
  return { matches, countries, known, places, ruled, countriesAt, candidates, clubs };
}

/** The actor tag of a candidate the name model accepts: the rule's tag when a rule found it, with all its mentions. */
function discoveredActor(doc: TagDocument, candidate: NameCandidate, ruled: Map<string, ActorTag>): ActorTag {
  const rule = ruled.get(comparableName(candidate.name));
  const f = candidate.features;
  const person =
    candidate.namedAs === 'person' ||
    (candidate.namedAs === null &&
      (f.givenFirst + f.familyFirst + f.familyEnding + f.familyName > 0 ||
        (f.role > 0 && f.head === 0 && f.acronym === 0)));
  const tag: ActorTag = rule
    ? { ...rule, evidence: [] }
    : {
        id: `discovered:${slugify(candidate.name)}`,
        name: candidate.name,
        type: person ? 'person' : 'organization',
        country: null,
        discovered: true,
        origin: 'text',
        evidence: [],
      };
  // A name that ends in a company's ending is the company's, whatever given name opens it ("Carlton Communications Plc").
  if (f.corporate > 0 && candidate.namedAs !== 'person') tag.type = 'organization';
  if (candidate.acronym && !tag.aliases) tag.aliases = [candidate.acronym];
  tag.mentions = candidate.mentions.length;
  for (const { first, last } of candidate.mentions.slice(0, MAX_EVIDENCE)) {
    tag.evidence.push(evidenceAt(doc, doc.tokens[first]!.start, doc.tokens[last - 1]!.end));
  }
  return tag;
}

/**
 * Tags an article: the actors the actors file knows, the countries (from their names, the places inside them and
 * those actors), and the people and organisations the file does not know yet (`discovered`, listed in the build
 * report): the candidate names the name model accepts.
 */
export function tagArticle(doc: TagDocument, compiled: CompiledTaxonomy): Tags {
  const found = findNames(doc, compiled);
  const threshold = nameModel().threshold;
  const seen = new Set(found.known.map((a) => a.id));
  const discovered: ActorTag[] = [];
  const named = new Set<number>();
  // A name the text says is a company, a paper, a club or a swimmer is one, whatever the model makes of its shape.
  const accepted = found.candidates.filter((c) => c.namedAs !== null || nameProbability(c.features) >= threshold);
  for (const candidate of withCompanyShortForms(accepted)) {
    if (!found.clubs.has(candidate))
      for (const { first, last } of candidate.mentions) for (let i = first; i < last; i++) named.add(i);
    const tag = discoveredActor(doc, candidate, found.ruled);
    if (seen.has(tag.id)) continue;
    seen.add(tag.id);
    discovered.push(tag);
  }
  // An outlet quoted as a source, unless a known or discovered actor is already one of its names ("New York Times").
  const outlets = quotedOutlets(doc, compiled.outlets.match(doc.tokens));
  if (outlets.length > 0) {
    const names = new Set(
      [...found.known, ...discovered].flatMap((a) => [a.name, ...(a.aliases ?? [])]).map(comparableName),
    );
    for (const outlet of outlets) {
      if (seen.has(outlet.id) || [outlet.name, ...outlet.aliases!].some((name) => names.has(comparableName(name))))
        continue;
      seen.add(outlet.id);
      discovered.push(outlet);
    }
  }
  // A place inside an actor's name is that name's word ("Tigran Balayan" names no town of the Philippines).
  const places = found.places.filter(({ match }) => !everyIn(named, match.first, match.last));
  const teams = nationalTeams(doc, [
    // A country named by its own name ("France"), not by its capital, an abbreviation or another alias ("Paris", "US").
    ...found.matches.countries.flatMap((m) => {
      const country = found.countriesAt.get(m.first);
      const byName = country !== undefined && compiled.countryNames.get(country) === doc.text.slice(m.start, m.end);
      return byName && !everyIn(named, m.first, m.last) ? [{ first: m.first, last: m.last, country }] : [];
    }),
    ...places.flatMap(({ match, place }) =>
      HOME_NATIONS.has(doc.text.slice(match.start, match.end))
        ? [{ first: match.first, last: match.last, country: place.country }]
        : [],
    ),
  ]).filter((team) => !seen.has(team.id));
  return {
    countries: tagCountries(doc, compiled, found.countries, found.known, places),
    actors: [...found.known, ...discovered, ...teams],
  };
}
