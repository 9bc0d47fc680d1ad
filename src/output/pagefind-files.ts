/**
 * Output: what the site's search index files are called, where they go and what they hold, so no other module
 * needs Pagefind's file names: the base's, its shards' and the delta's folders, which of Pagefind's files the search
 * page loads, whether a site holds an index, and the URL in a fragment. Reads the disk only in `holdsSearchIndex`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { constants, gunzipSync } from 'node:zlib';

/**
 * The Pagefind indexes of a site: the base, indexed whole now and then (past the site's shard size, as several
 * shards: the first is `base`, whose folder holds Pagefind's script, the others `shard`), and the delta of what
 * changed since.
 */
export type SearchIndexKind = 'base' | 'shard' | 'delta';

/** Folder of the base (its first shard) and of the delta in the site, which is also its URL. */
export const SEARCH_INDEX_DIRS: Readonly<Record<'base' | 'delta', string>> = {
  base: 'pagefind',
  delta: 'pagefind-delta',
};

/** Folder of the base's shard `shard` (from 0): `pagefind` for the first, `pagefind-2`, `pagefind-3`… after it. */
export function baseShardDir(shard: number): string {
  return shard === 0 ? SEARCH_INDEX_DIRS.base : `${SEARCH_INDEX_DIRS.base}-${shard + 1}`;
}

/** A path in the folder of the base, of one of its other shards (`baseShardDir`) or of the delta. */
const SEARCH_INDEX_FILE = new RegExp(`^(${SEARCH_INDEX_DIRS.base}(-\\d+)?|${SEARCH_INDEX_DIRS.delta})/`);

/** True when `file` (a path in the site) is in a folder of the search index. */
export function isSearchIndexFile(file: string): boolean {
  return SEARCH_INDEX_FILE.test(file);
}

/** The date table and the word table beside each index (`src/search/date-table.ts`, `src/search/word-table.ts`). */
export const DATE_TABLE_FILE = 'dates.json';
export const WORD_TABLE_FILE = 'words.json';

/**
 * The files Pagefind writes in an index's folder (its scripts and styles, its entry, WebAssembly and metadata, and
 * the chunks of its index, filters and fragments), and the tables beside them.
 */
const INDEX_FOLDER_FILE = new RegExp(
  `^(pagefind[\\w.-]*\\.(js|css|json|pf_meta)|wasm\\.[\\w-]+\\.pagefind|(index|filter|fragment)/[\\w-]+\\.pf_\\3|` +
    `${[DATE_TABLE_FILE, WORD_TABLE_FILE].map((name) => name.replace('.', '\\.')).join('|')})$`,
);

/** True when `file` (a path in the site) is a file a build writes in a folder of the search index. */
export function isSearchIndexOutput(file: string): boolean {
  const folder = SEARCH_INDEX_FILE.exec(file);
  return folder !== null && INDEX_FOLDER_FILE.test(file.slice(folder[0].length));
}

/** The file every Pagefind index has, which the search page loads first. */
const ENTRY_FILE = 'pagefind-entry.json';

/**
 * What the search page loads of Pagefind's files: of the base, the index itself, and Pagefind's search script and
 * WebAssembly (it runs Pagefind without a web worker, so not the worker's script); of the base's other shards and
 * the delta, the index alone (the base's script and WebAssembly search them all).
 */
const INDEX_FILES = /^(pagefind-entry\.json|[^/]+\.pf_meta|(index|filter|fragment)\/.*)$/;
const LOADED_FILES: Readonly<Record<SearchIndexKind, RegExp>> = {
  base: /^(pagefind-entry\.json|pagefind\.js|wasm\.[\w-]+\.pagefind|[^/]+\.pf_meta|(index|filter|fragment)\/.*)$/,
  shard: INDEX_FILES,
  delta: INDEX_FILES,
};

/** True when the search page loads `file` (a path in the index's folder, as Pagefind names it) of an index of `kind`. */
export function isLoadedBySearchPage(kind: SearchIndexKind, file: string): boolean {
  return LOADED_FILES[kind].test(file);
}

/** True when the site in `siteDir` holds an index in its folder `dir`. */
export function holdsSearchIndex(siteDir: string, dir: string): boolean {
  return existsSync(path.join(siteDir, dir, ENTRY_FILE));
}

const FRAGMENT_PREFIX = 'fragment/';
const FRAGMENT_SUFFIX = '.pf_fragment';
/** Pagefind's files are gzip-compressed, and start with this signature once uncompressed. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/**
 * Compressed bytes of a fragment uncompressed to read its URL, which Pagefind writes first: they give a few hundred
 * characters of its text, and a URL of the site is far shorter. A fragment whose URL they do not hold whole is
 * uncompressed whole.
 */
const URL_PREFIX_BYTES = 512;
/** The start of a fragment as Pagefind writes it, up to the end of its URL (a JSON string). */
const FRAGMENT_URL = new RegExp(`^${PAGEFIND_SIGNATURE}\\{"url":("(?:[^"\\\\]|\\\\.)*")`);

/** The result id of the page a fragment file describes (the file's name), or null when `file` is no fragment. */
export function fragmentIdOf(file: string): string | null {
  if (!file.startsWith(FRAGMENT_PREFIX) || !file.endsWith(FRAGMENT_SUFFIX)) return null;
  return file.slice(FRAGMENT_PREFIX.length, -FRAGMENT_SUFFIX.length);
}

/**
 * The URL of the page a fragment (`file`, with its bytes) describes. Only its start is uncompressed: uncompressing
 * and parsing every fragment whole (each holds its page's text) took the build's thread seconds at 10,000 articles.
 */
export function readFragmentUrl(file: string, content: Uint8Array): string {
  const start = gunzipSync(content.subarray(0, URL_PREFIX_BYTES), { finishFlush: constants.Z_SYNC_FLUSH });
  const url = FRAGMENT_URL.exec(start.toString('utf8'))?.[1];
  if (url !== undefined) return JSON.parse(url) as string;
  const text = gunzipSync(content).toString('utf8');
  if (!text.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment`);
  return (JSON.parse(text.slice(PAGEFIND_SIGNATURE.length)) as { url: string }).url;
}
