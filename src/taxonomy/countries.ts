/** Taxonomy stage: the country list, from the `world-countries` package plus the archive's own additions. */
import worldCountries from 'world-countries';
import type { CountriesFile } from './schema.ts';

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

/** Builds the country list: every ISO 3166-1 entry of `world-countries`, merged with the additions file. */
export function buildCountries(additions: CountriesFile): Country[] {
  return worldCountries
    .filter((c) => /^[A-Z]{2}$/.test(c.cca2))
    .map((c) => {
      const code = c.cca2;
      const dropped = new Set(additions.dropNames[code] ?? []);
      const latin = (s: string) => /^[\p{Script=Latin}\p{P}\p{Zs}\d]+$/u.test(s);
      const names = unique([
        c.name.common,
        c.name.official,
        ...c.altSpellings.filter((s) => latin(s) && s.length > 3),
        ...(additions.aliases[code] ?? []),
      ]).filter((n) => !dropped.has(n));
      const demonym = c.demonyms?.eng;
      return {
        code,
        name: DISPLAY_NAMES[code] ?? c.name.common,
        names,
        demonyms: unique([demonym?.m ?? '', demonym?.f ?? '', ...(additions.demonyms[code] ?? [])]).filter(
          (n) => !dropped.has(n),
        ),
        seats: unique(c.capital ?? []).filter((n) => !dropped.has(n)),
        prefixes: unique(additions.prefixes[code] ?? []),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
