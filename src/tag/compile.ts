/** Tag stage: compiles the taxonomy into phrase matchers once per build. */
import type { ActorEntry, Country, Taxonomy } from '../taxonomy/index.ts';
import type { OutletEntry } from '../outlets/index.ts';
import { PhraseMatcher } from './matcher.ts';
import { compileOutlets } from './outlets.ts';
import { isGenericWord } from './discover-organisations.ts';
import { comparableName, foldNameWord } from './names.ts';
import { CAPITALISED_WORD, tokenize } from './tokens.ts';

export type CountryHit =
  | {
      kind: 'country';
      code: string;
      form: 'name' | 'demonym' | 'seat' | 'prefix';
      /** Set for a name that is also something else: it counts only when one of these words is in the article. */
      cues?: string[];
    }
  | { kind: 'not-country' };

/** How an actor was named: full name or alias, short name, or a name that needs the actor's country in the article. */
export type ActorHit = { actor: ActorEntry; form: 'name' | 'short' | 'context' };

export interface CompiledTaxonomy {
  taxonomy: Taxonomy;
  countries: PhraseMatcher<CountryHit>;
  actors: PhraseMatcher<ActorHit>;
  countryNames: Map<string, string>;
  actorsById: Map<string, ActorEntry>;
  /**
   * Actors whose `country` implies none for the article: officials of international bodies (it is their nationality)
   * and news outlets of the outlet table (a story quoting Al Jazeera is not about Qatar).
   */
  countryNotImplied: Set<string>;
  /** Given names of the people the actors file lists, under the name rules (src/tag/names.ts). */
  givenNames: Set<string>;
  /** The outlet table's names, of the outlets the actors file does not hold (src/tag/outlets.ts). */
  outlets: PhraseMatcher<OutletEntry>;
}

/** States whose people's names in the actors file may put the family name first ("Xi Jinping", "Kim Jong-un"). */
const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'JP', 'VN', 'SG']);

/**
 * The first words of the names of the people the actors file lists, read as given names ("Yulia" from Yulia
 * Svyrydenko, "Gennady" from Gennady Zyuganov): compromise's lexicon of English lacks most Slavic and Arabic ones.
 */
function givenNamesOf(taxonomy: Taxonomy): Set<string> {
  const names = new Set<string>();
  for (const actor of taxonomy.actors) {
    if (actor.type !== 'person' || FAMILY_NAME_FIRST.has(actor.country ?? '')) continue;
    const words = actor.name.split(/\s+/);
    if (words.length >= 2 && CAPITALISED_WORD.test(words[0]!)) names.add(foldNameWord(words[0]!));
  }
  return names;
}

/**
 * People whose latest role is in an international organisation and names no state (the President of the European
 * Council, the UN Secretary-General): the actors file gives their nationality as country, and that is no tag.
 * A state's envoy to the UN names the state ("Permanent Representative of Russia to the UN") and keeps it.
 */
function findNationalityOnly(
  taxonomy: Taxonomy,
  actors: PhraseMatcher<ActorHit>,
  countries: PhraseMatcher<CountryHit>,
): Set<string> {
  const international = (title: string) => {
    const tokens = tokenize(title);
    const inOrganisation = actors
      .match(tokens)
      .some((m) => m.values.some((v) => v.actor.type === 'organization' && v.actor.country === null));
    return inOrganisation && !countries.match(tokens).some((m) => m.values.some((v) => v.kind === 'country'));
  };
  // The role held last: one still held (no end) or the one that ended last, then the one begun last. Federica Mogherini
  // was Italy's foreign minister and the EU's foreign policy chief in the same year (2014): she is the EU's, to 2019.
  const end = (role: ActorEntry['roles'][number]) => (role.to === null || role.to === undefined ? Infinity : role.to);
  const latest = (a: ActorEntry) => [...a.roles].sort((x, y) => end(y) - end(x) || (y.from ?? 0) - (x.from ?? 0))[0];
  return new Set(
    taxonomy.actors.filter((a) => a.country && latest(a) && international(latest(a)!.title)).map((a) => a.id),
  );
}

/**
 * The actors the outlet table also lists, by one of their names (Al Jazeera, TASS, Bloomberg), less a state's own
 * bodies, whose names name their state (the Russian Foreign Ministry, the US Department of State).
 */
function outletActors(taxonomy: Taxonomy, countries: PhraseMatcher<CountryHit>): string[] {
  const outletNames = new Set((taxonomy.outlets ?? []).flatMap((o) => [o.name, ...o.names]).map(comparableName));
  const namesItsState = (actor: ActorEntry) =>
    [actor.name, ...actor.aliases].some((name) =>
      countries
        .match(tokenize(name))
        .some((m) => m.values.some((v) => v.kind === 'country' && v.code === actor.country)),
    );
  return taxonomy.actors
    .filter((a) => [a.name, ...a.aliases].some((name) => outletNames.has(comparableName(name))) && !namesItsState(a))
    .map((a) => a.id);
}

/** One of each group of names that the name rules make one ("Zelensky", "Zelenskyy"): the matcher holds each once. */
function spellings(names: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = tokenize(name)
      .map((t) => foldNameWord(t.text))
      .join(' ');
    if (!byKey.has(key)) byKey.set(key, name);
  }
  return [...byKey.values()];
}

/**
 * The names a state's body goes by when the actors file writes it as its state's name and words that say what it does
 * ("Chinese Foreign Ministry", "Russian Central Bank"): the same words after any name of the state, its demonym or
 * its name's possessive ("China's Foreign Ministry", "Ukraine Defence Ministry"), and those words in lower case ("the
 * Chinese foreign ministry", "Russia's central bank"), as news writing names a state's ministries. A name with a
 * word of its own ("Chinese Communist Party") is left as it is.
 */
function stateBodyForms(actor: ActorEntry, countries: Map<string, Country>): string[] {
  const country = actor.type === 'organization' && actor.country ? countries.get(actor.country) : undefined;
  if (!country) return [];
  const states = [...country.names, ...country.names.map((n) => `${n}'s`), ...country.demonyms];
  const bodies = new Set<string>();
  for (const name of [actor.name, ...actor.aliases]) {
    const state = states.find((s) => name.startsWith(`${s} `));
    const words = state === undefined ? [] : name.slice(state.length + 1).split(' ');
    if (!words.length || !words.every(isGenericWord)) continue;
    bodies.add(words.join(' '));
  }
  return [...bodies].flatMap((body) => states.flatMap((s) => [`${s} ${body}`, `${s} ${body.toLowerCase()}`]));
}

/**
 * A name without the "the" its "of" takes ("Organization of Petroleum Exporting Countries" of "Organization of the
 * Petroleum Exporting Countries"): news writing drops it as often as it writes it.
 */
function withoutArticleAfterOf(name: string): string {
  return name.replaceAll(' of the ', ' of ');
}

/** Compiles the country and actor matchers of a taxonomy: once per build, shared by every article. */
export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const countries = new PhraseMatcher<CountryHit>({ ignoreCase: false });
  for (const country of taxonomy.countries) {
    const ambiguous = new Set(country.needContext?.names ?? []);
    for (const name of country.names) {
      const cues = ambiguous.has(name) ? country.needContext?.cues : undefined;
      countries.add(name, { kind: 'country', code: country.code, form: 'name', ...(cues ? { cues } : {}) });
    }
    for (const name of country.demonyms) countries.add(name, { kind: 'country', code: country.code, form: 'demonym' });
    for (const name of country.seats) countries.add(name, { kind: 'country', code: country.code, form: 'seat' });
    for (const name of country.prefixes) countries.add(name, { kind: 'country', code: country.code, form: 'prefix' });
  }
  for (const phrase of taxonomy.notCountries) countries.add(phrase, { kind: 'not-country' });

  const actors = new PhraseMatcher<ActorHit>({ ignoreCase: false, names: true });
  const countriesByCode = new Map(taxonomy.countries.map((c) => [c.code, c]));
  for (const actor of taxonomy.actors) {
    const written = [actor.name, ...actor.aliases];
    const names = [...written, ...written.map(withoutArticleAfterOf), ...stateBodyForms(actor, countriesByCode)];
    for (const name of spellings(names)) actors.add(name, { actor, form: 'name' });
    for (const name of spellings(actor.shortNames)) actors.add(name, { actor, form: 'short' });
    if (actor.country) for (const name of actor.contextAliases) actors.add(name, { actor, form: 'context' });
  }
  return {
    taxonomy,
    countries,
    actors,
    countryNames: new Map(taxonomy.countries.map((c) => [c.code, c.name])),
    actorsById: new Map(taxonomy.actors.map((a) => [a.id, a])),
    countryNotImplied: new Set([
      ...findNationalityOnly(taxonomy, actors, countries),
      ...outletActors(taxonomy, countries),
    ]),
    givenNames: givenNamesOf(taxonomy),
    outlets: compileOutlets(taxonomy.outlets ?? [], taxonomy.actors),
  };
}
