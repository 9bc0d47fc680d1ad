/** The part of @11ty/eleventy-plugin-rss the feed templates use (the package ships no type declarations). */
declare module '@11ty/eleventy-plugin-rss' {
  /** A date as RFC 3339 in UTC, without milliseconds, as Atom and JSON Feed want it. */
  export function dateToRfc3339(date: Date): string;
}
