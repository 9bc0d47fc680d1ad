/**
 * The analysers' third-party libraries, loaded through their CommonJS builds. Under the TypeScript loader every
 * module of an ES module build costs a round trip to the loader's thread: chrono-node's (hundreds of files) loads
 * several times slower than its CommonJS build, a cost paid by every build that analyses an article and by every
 * analysis worker. The HTML parser and Readability load when a saved web page is first read. compromise's
 * English lexicon, all the analysers read of it, is data: `src/english-lexicon.ts`.
 */
import { createRequire } from 'node:module';
import type * as ChronoModule from 'chrono-node';
import type * as LinkedomModule from 'linkedom';
import type * as ReadabilityModule from '@mozilla/readability';

const require = createRequire(import.meta.url);

/**
 * chrono-node's English parser and the locales the date extraction reads besides English, each required alone:
 * the package's main module requires all sixteen of its locales, which took an analysis worker about 170 ms to
 * load on an idle machine. `parse` is the main module's own (English, casual).
 */
export const chrono = {
  parse: (require('chrono-node/en') as typeof ChronoModule.en).parse,
  it: require('chrono-node/it') as typeof ChronoModule.it,
  pt: require('chrono-node/pt') as typeof ChronoModule.pt,
  es: require('chrono-node/es') as typeof ChronoModule.es,
  fr: require('chrono-node/fr') as typeof ChronoModule.fr,
  de: require('chrono-node/de') as typeof ChronoModule.de,
  ru: require('chrono-node/ru') as typeof ChronoModule.ru,
  uk: require('chrono-node/uk') as typeof ChronoModule.uk,
};

let html: { parseHTML: typeof LinkedomModule.parseHTML; Readability: typeof ReadabilityModule.Readability } | null =
  null;

/** linkedom's `parseHTML` and Mozilla's `Readability`, loaded at the first call. */
export function htmlLibraries(): NonNullable<typeof html> {
  html ??= {
    parseHTML: (require('linkedom') as typeof LinkedomModule).parseHTML,
    Readability: (require('@mozilla/readability') as typeof ReadabilityModule).Readability,
  };
  return html;
}
