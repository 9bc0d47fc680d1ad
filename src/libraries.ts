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

export const chrono = require('chrono-node') as typeof ChronoModule;

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
