/**
 * Taxonomy stage: the parsed taxonomy kept with the compiled code that parsed it (`derivedFromCode`), under the
 * analysis fingerprint (the code and its dependencies, the taxonomy files' bytes, the settings): a build whose cache
 * folder is empty or new (the first build of an archive, `npm run dev`'s first, `--no-cache`) parsed the YAML again,
 * 0.1 s of CPU on the build's thread for the default taxonomy. Reads and writes the compiled folder.
 */
import { derivedFromCode } from '../runtime.ts';
import type { Taxonomy } from './load.ts';

/** The taxonomy as a text that `derivedFromCode` keeps holds it, or null when the text is not one. */
function taxonomyIn(text: string, fingerprint: string): Taxonomy | null {
  try {
    const taxonomy = JSON.parse(text) as Taxonomy | null;
    const lists = [taxonomy?.countries, taxonomy?.notCountries, taxonomy?.actors, taxonomy?.topics];
    return lists.every(Array.isArray) && taxonomy!.fingerprint === fingerprint ? taxonomy : null;
  } catch {
    return null;
  }
}

/**
 * The taxonomy `parse` gives for the analysis of `analysisFingerprint`, as kept for the code this process runs, or
 * parsed (and kept) when there is none or what is kept cannot be read. `fingerprint` is the taxonomy files'.
 */
export function keptTaxonomy(analysisFingerprint: string, fingerprint: string, parse: () => Taxonomy): Taxonomy {
  let parsed: Taxonomy | null = null;
  const text = derivedFromCode(`parsed taxonomy for the analysis ${analysisFingerprint}`, () =>
    JSON.stringify((parsed = parse())),
  );
  return parsed ?? taxonomyIn(text, fingerprint) ?? parse();
}
