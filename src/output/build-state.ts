/**
 * Output: what a build remembers of the site it wrote, kept in the site's folder (so it is replaced with the site,
 * and always describes it): the articles it published, the key of every page rendered one per item, and the state
 * of the search index. The next build keeps what did not change, and counts the articles new or changed since.
 * An unreadable state is ignored: the next build renders and indexes all, and counts every article new. Touches
 * the disk.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SearchIndexState } from '../search/index.ts';
import type { PublishedFiles } from './count-changes.ts';

/** The file in the site's root folder. */
export const BUILD_STATE_FILE = '.build-state.json';
/** Version of the file's shape; a state of another version is ignored. */
const BUILD_STATE_VERSION = 2;

export interface BuildState {
  version: number;
  /** The file and content hash of every article the site publishes (see `publishedFiles`). */
  published: PublishedFiles;
  render: {
    /** Identifies the templates and rendering code, and the site's address: a change renders every page. */
    fingerprint: string;
    /** Output file → key of the page's data, for the pages rendered one per item. */
    pages: Record<string, string>;
  };
  search: SearchIndexState;
}

export function createBuildState(
  published: BuildState['published'],
  render: BuildState['render'],
  search: SearchIndexState,
): BuildState {
  return { version: BUILD_STATE_VERSION, published, render, search };
}

/** The state of the site in `outDir`, or null when there is none that this version can use. */
export function readBuildState(outDir: string): BuildState | null {
  try {
    const state = JSON.parse(readFileSync(path.join(outDir, BUILD_STATE_FILE), 'utf8')) as Partial<BuildState>;
    const usable =
      state.version === BUILD_STATE_VERSION &&
      typeof state.published === 'object' &&
      typeof state.render?.fingerprint === 'string' &&
      typeof state.render.pages === 'object' &&
      typeof state.search?.fingerprint === 'string' &&
      typeof state.search.base === 'object';
    return usable ? (state as BuildState) : null;
  } catch {
    return null;
  }
}

/**
 * Whether the folder `dir` is one a build wrote, which a build may replace or delete: empty, holding the build state
 * (a build's staging folder holds it from the start, an old site being removed until the end), or, when that record
 * was lost, a home page beside a search index. Any other folder holds someone's files.
 */
export function isBuiltSite(dir: string): boolean {
  if (!statSync(dir).isDirectory()) return false;
  const has = (name: string) => existsSync(path.join(dir, name));
  return readdirSync(dir).length === 0 || has(BUILD_STATE_FILE) || (has('index.html') && has('pagefind'));
}
