/**
 * The analysers' third-party libraries, loaded through their CommonJS builds. Under the TypeScript loader every
 * module of an ES module build costs a round trip to the loader's thread: compromise's and chrono-node's (hundreds
 * of files) took 1.1 s to load, their CommonJS builds 0.4 s, paid by every build that analyses an article and by
 * every analysis worker. The HTML parser and Readability load when a saved web page is first read.
 */
import { createRequire } from 'node:module';
import type * as ChronoModule from 'chrono-node';
import type nlpFunction from 'compromise';
import type * as LinkedomModule from 'linkedom';
import type * as ReadabilityModule from '@mozilla/readability';

const require = createRequire(import.meta.url);

export const nlp = require('compromise') as typeof nlpFunction;
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
