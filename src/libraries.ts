/**
 * The analysers' third-party libraries, loaded through their CommonJS builds. Under the TypeScript loader every
 * module of an ES module build costs a round trip to the loader's thread: chrono-node's (hundreds of files) loads
 * several times slower than its CommonJS build, a cost paid by every build that analyses an article and by every
 * analysis worker. The HTML parser and Readability load when a saved web page is first read, the front matter's
 * parsers when a file first opens front matter, the Markdown parser at the first Markdown file. compromise's English
 * lexicon, all the analysers read of it, is data: `src/english-lexicon.ts`.
 */
import { createRequire } from 'node:module';
import type * as ChronoModule from 'chrono-node';
import type GrayMatterModule from 'gray-matter';
import type MarkdownItModule from 'markdown-it';
import type * as YamlModule from 'js-yaml';
import type * as LinkedomModule from 'linkedom';
import type * as ReadabilityModule from '@mozilla/readability';

const require = createRequire(import.meta.url);

/** A locale's strict parser (full dates only), its module required at the first parse. */
function strictParserOf(load: () => { strict: ChronoModule.Chrono }): { strict: Pick<ChronoModule.Chrono, 'parse'> } {
  return { strict: { parse: (...args) => load().strict.parse(...args) } };
}

/** chrono-node's English parser, its module required at the first parse. */
const english = () => require('chrono-node/en') as typeof ChronoModule.en;

/**
 * chrono-node's English parser and the locales the date extraction reads besides English, each required alone:
 * the package's main module requires all sixteen of its locales, which took an analysis worker about 170 ms to
 * load on an idle machine. `parse` is the main module's own (English, casual). Each loads at its first parse: the
 * date extraction runs chrono-node only on a line naming a year that no simpler reading dates (none of the 60 bench
 * articles after the first 1,000), and loading the English parser took 50-68 ms of CPU; the other languages are
 * read only on a line naming one of their months, which few articles have (together they took a worker about
 * 0.16 s of CPU to load at a load of 6).
 */
export const chrono = {
  parse: ((...args) => english().parse(...args)) as typeof ChronoModule.en.parse,
  it: strictParserOf(() => require('chrono-node/it') as typeof ChronoModule.it),
  pt: strictParserOf(() => require('chrono-node/pt') as typeof ChronoModule.pt),
  es: strictParserOf(() => require('chrono-node/es') as typeof ChronoModule.es),
  fr: strictParserOf(() => require('chrono-node/fr') as typeof ChronoModule.fr),
  de: strictParserOf(() => require('chrono-node/de') as typeof ChronoModule.de),
  ru: strictParserOf(() => require('chrono-node/ru') as typeof ChronoModule.ru),
  uk: strictParserOf(() => require('chrono-node/uk') as typeof ChronoModule.uk),
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

let frontMatter: { matter: typeof GrayMatterModule; yaml: typeof YamlModule } | null = null;

/**
 * gray-matter and js-yaml, loaded at the first file that opens front matter: an archive of raw text may have none,
 * and the two (gray-matter brings a js-yaml of its own) took an analysis worker 0.19 s of CPU to load.
 */
export function frontMatterLibraries(): NonNullable<typeof frontMatter> {
  frontMatter ??= {
    matter: require('gray-matter') as typeof GrayMatterModule,
    yaml: require('js-yaml') as typeof YamlModule,
  };
  return frontMatter;
}

/** A markdown-it parser. */
export type MarkdownParser = InstanceType<typeof MarkdownItModule>;

let markdown: MarkdownParser | null = null;

/**
 * A markdown-it parser that does not pass raw HTML through, made at the first Markdown file: an archive of raw text
 * has none, and loading its ES module build and making the parser took each analysis worker 78-87 ms of CPU (its
 * CommonJS build 24-29 ms; load 21).
 */
export function markdownParser(): MarkdownParser {
  markdown ??= new (require('markdown-it') as typeof MarkdownItModule)({ html: false });
  return markdown;
}
