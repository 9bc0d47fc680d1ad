/** Tag stage: compiles the taxonomy into phrase matchers once per build. */
import type { ActorEntry, Taxonomy } from '../taxonomy/index.ts';
import { PhraseMatcher } from './matcher.ts';

export type CountryHit =
  | { kind: 'country'; code: string; form: 'name' | 'demonym' | 'seat' | 'prefix' }
  | { kind: 'not-country' };

export type ActorHit = { actor: ActorEntry; form: 'name' | 'short' };

export interface CompiledTaxonomy {
  taxonomy: Taxonomy;
  countries: PhraseMatcher<CountryHit>;
  actors: PhraseMatcher<ActorHit>;
  countryNames: Map<string, string>;
  actorsById: Map<string, ActorEntry>;
}

/** Words that, standing right before a person's short name, say the short name means that person. */
export const PERSON_TITLES = new Set(
  `Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. President Premier Prime Minister Chancellor Secretary Spokesman Spokeswoman Spokesperson
  Ambassador General Gen. Admiral Senator Sen. Governor King Queen Prince Chairman Leader Envoy Adviser Advisor Deputy Vice`.split(/\s+/),
);

export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const countries = new PhraseMatcher<CountryHit>({ ignoreCase: false });
  for (const country of taxonomy.countries) {
    for (const name of country.names) countries.add(name, { kind: 'country', code: country.code, form: 'name' });
    for (const name of country.demonyms) countries.add(name, { kind: 'country', code: country.code, form: 'demonym' });
    for (const name of country.seats) countries.add(name, { kind: 'country', code: country.code, form: 'seat' });
    for (const name of country.prefixes) countries.add(name, { kind: 'country', code: country.code, form: 'prefix' });
  }
  for (const phrase of taxonomy.notCountries) countries.add(phrase, { kind: 'not-country' });

  const actors = new PhraseMatcher<ActorHit>({ ignoreCase: false });
  for (const actor of taxonomy.actors) {
    for (const name of new Set([actor.name, ...actor.aliases])) actors.add(name, { actor, form: 'name' });
    for (const name of actor.shortNames) actors.add(name, { actor, form: 'short' });
  }
  return {
    taxonomy,
    countries,
    actors,
    countryNames: new Map(taxonomy.countries.map((c) => [c.code, c.name])),
    actorsById: new Map(taxonomy.actors.map((a) => [a.id, a])),
  };
}
