/** Extract stage: author and source lines. Pure. */

export interface Byline {
  author: string;
  /** What followed the name on the same line ("Published 2 years ago • 3 min read"), if anything. */
  rest: string;
}

/** Words that end an author's name when a page glues the byline to what follows it. */
const AFTER_NAME = /(Published|Updated|Posted|Last updated|\d+ min read|[•|·,–—]|\bon\b|\bfor\b|\bin\b)/;

/** Reads a "By …" line: "By Nicholas BishopPublished 2 years ago • 3 min read" → Nicholas Bishop. */
export function parseByline(line: string): Byline | null {
  const match = /^by\s+(.+)$/i.exec(line.trim());
  if (!match) return null;
  const text = match[1]!;
  const cut = AFTER_NAME.exec(text);
  const author = (cut ? text.slice(0, cut.index) : text).replace(/\s+(and|&)\s+/g, ' and ').trim().replace(/[,.;:]+$/, '');
  const words = author.split(/\s+/);
  if (words.length > 6 || words.some((w) => !/^(\p{Lu}[\p{L}'’.-]*|and|de|van|von|der|da|al)$/u.test(w))) return null;
  return { author, rest: cut ? text.slice(cut.index).trim() : '' };
}

/** Reads a closing "Source: …" line. */
export function parseSourceLine(line: string): string | null {
  const match = /^source\s*:\s*(.{2,80})$/i.exec(line.trim());
  return match ? match[1]!.trim().replace(/[.]$/, '') : null;
}
