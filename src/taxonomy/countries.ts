/** Taxonomy stage: the country list, from the `world-countries` package plus the archive's own additions. */
import { createRequire } from 'node:module';
import type WorldCountries from 'world-countries';
import type { CountriesFile } from './schema.ts';

const require = createRequire(import.meta.url);

/**
 * The package's countries (1.4 MB of JSON), required when a taxonomy is parsed: a build that takes the parsed
 * taxonomy from its cache, as after adding an article, does not read them (importing them took 49-69 ms of CPU at a
 * load of 20, in every build process).
 */
const worldCountries = () => require('world-countries') as typeof WorldCountries;

/** One country with every name the tagger matches for it. */
export interface Country {
  code: string;
  name: string;
  /** Names and short forms, matched as proper nouns. */
  names: string[];
  demonyms: string[];
  /** Capitals and seats of government that stand for the state in news writing. */
  seats: string[];
  /** Combining forms such as "Sino-". */
  prefixes: string[];
  /** Names (among `names`) that count only when one of `cues` is also in the article. */
  needContext: { names: string[]; cues: string[] } | null;
}

/** Display names where the package's common name is not what a news reader expects. */
const DISPLAY_NAMES: Record<string, string> = {
  US: 'United States',
  GB: 'United Kingdom',
  KP: 'North Korea',
  KR: 'South Korea',
  CD: 'DR Congo',
  CG: 'Republic of the Congo',
};

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 1))];
}

/**
 * The package's demonyms that stand for one state only. "American" is also the demonym of the Northern Mariana
 * Islands and "Indian" of the British Indian Ocean Territory: a demonym several entries share belongs to the one
 * independent state among them, and to none when two independent states share it ("Congolese", "Dominican").
 */
function packageDemonyms(): Map<string, string[]> {
  const owners = new Map<string, Array<{ code: string; independent: boolean }>>();
  for (const c of worldCountries()) {
    const d = c.demonyms?.eng;
    for (const word of new Set([d?.m ?? '', d?.f ?? ''])) {
      if (word) owners.set(word, [...(owners.get(word) ?? []), { code: c.cca2, independent: c.independent === true }]);
    }
  }
  const byCountry = new Map<string, string[]>();
  for (const [word, list] of owners) {
    const states = list.length === 1 ? list : list.filter((o) => o.independent);
    if (states.length === 1) byCountry.set(states[0]!.code, [...(byCountry.get(states[0]!.code) ?? []), word]);
  }
  return byCountry;
}

/** Builds the country list: every ISO 3166-1 entry of `world-countries`, merged with the additions file. */
export function buildCountries(additions: CountriesFile): Country[] {
  const demonyms = packageDemonyms();
  return worldCountries()
    .filter((c) => /^[A-Z]{2}$/.test(c.cca2))
    .map((c) => {
      const code = c.cca2;
      const context = additions.needContext[code];
      const dropped = new Set(additions.dropNames[code] ?? []);
      const latin = (s: string) => /^[\p{Script=Latin}\p{P}\p{Zs}\d]+$/u.test(s);
      const names = unique([
        c.name.common,
        c.name.official,
        ...c.altSpellings.filter((s) => latin(s) && s.length > 3),
        ...(additions.aliases[code] ?? []),
        ...(additions.formerNames[code] ?? []),
      ]).filter((n) => !dropped.has(n));
      return {
        code,
        name: DISPLAY_NAMES[code] ?? c.name.common,
        names,
        demonyms: unique([...(demonyms.get(code) ?? []), ...(additions.demonyms[code] ?? [])]).filter(
          (n) => !dropped.has(n),
        ),
        // A territory's capital is too often something else (Hamilton, Stanley, Douglas, Plymouth) to stand for it.
        seats: c.independent ? unique(c.capital ?? []).filter((n) => !dropped.has(n)) : [],
        prefixes: unique(additions.prefixes[code] ?? []),
        needContext: context
          ? {
              names: context.names,
              cues: unique([...context.cues, ...(c.capital ?? []), ...(demonyms.get(code) ?? [])]),
            }
          : null,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
