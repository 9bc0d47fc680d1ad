/**
 * The part of @11ty/eleventy-plugin-rss the feed templates use, imported from its own module: the package's entry
 * loads an HTML parser and its libraries (0.12 s of the build's thread) that the feeds do not need. The package ships
 * no type declarations.
 */
declare module '@11ty/eleventy-plugin-rss/src/dateRfc3339.js' {
  /** A date as RFC 3339 in UTC, without milliseconds, as Atom and JSON Feed want it. */
  export default function dateToRfc3339(date: Date): string;
}
