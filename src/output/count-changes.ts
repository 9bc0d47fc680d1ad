/**
 * Output: how many articles are new or changed since the previous build of the site, from what that build
 * published (kept in the site's build state). Pure.
 */
import { hash } from 'node:crypto';

export interface ChangeCounts {
  /** Articles whose file the previous build did not publish. */
  new: number;
  /** Articles whose file the previous build published with other bytes. */
  changed: number;
}

/**
 * Published file → content hash, keyed by a hash of the file's name: the build state is published with the site,
 * and the site does not show the names of its files.
 */
export type PublishedFiles = Record<string, string>;

/** Keys by file name, made once per name in a process: `npm run dev` builds the same archive again and again. */
const keys = new Map<string, string>();

function keyOf(file: string): string {
  let key = keys.get(file);
  if (key === undefined) {
    key = hash('sha256', file).slice(0, 20);
    keys.set(file, key);
  }
  return key;
}

/** What the next build compares with: the file and content hash of each article published. */
export function publishedFiles(articles: Array<{ file: string; hash: string }>): PublishedFiles {
  return Object.fromEntries(articles.map((a) => [keyOf(a.file), a.hash]));
}

/** Compares what this build publishes with what the previous build published (null when there is none). */
export function countChanges(current: PublishedFiles, previous: PublishedFiles | null): ChangeCounts {
  let added = 0;
  let changed = 0;
  for (const [key, hash] of Object.entries(current)) {
    if (!previous || !Object.hasOwn(previous, key)) added++;
    else if (previous[key] !== hash) changed++;
  }
  return { new: added, changed };
}
