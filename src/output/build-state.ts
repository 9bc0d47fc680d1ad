/**
 * Output: what a build remembers of the site it wrote, kept in the site's folder (so it is replaced with the site,
 * and always describes it): the articles it published, the key of every page rendered one per item, and the state
 * of the search index. The next build keeps what did not change, and counts the articles new or changed since.
 * An unreadable state is ignored: the next build renders and indexes all, and counts every article new. Touches
 * the disk.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import type { SearchIndexState } from '../search/index.ts';
import type { PublishedFiles } from './count-changes.ts';
import { holdsSearchIndex, isSearchIndexOutput, SEARCH_INDEX_DIRS } from './pagefind-files.ts';

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
    /**
     * Output file → hash of its bytes, for the files written at the site's root and in `assets/`
     * (`isRootOrAssetFile`), which the next build tells from the archivist's own by them; absent from states written
     * before.
     */
    files?: Record<string, string>;
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
 * Why the state file in the site folder `outDir` is there but cannot be used (`readBuildState` gives null): not a
 * file, not readable, cut short, of another version, or of another shape; null when it is usable or there is none.
 * Then nothing tells the archivist's pages from the build's there.
 */
export function unusableStateReason(outDir: string): string | null {
  const file = path.join(outDir, BUILD_STATE_FILE);
  const entry = lstatSync(file, { throwIfNoEntry: false });
  if (!entry || readBuildState(outDir)) return null;
  if (!entry.isFile()) return 'it is not a file';
  let state: Partial<BuildState>;
  try {
    state = JSON.parse(readFileSync(file, 'utf8')) as Partial<BuildState>;
  } catch (error) {
    return error instanceof SyntaxError ? 'it is not whole JSON (cut short, or edited)' : (error as Error).message;
  }
  return state?.version !== BUILD_STATE_VERSION
    ? `it is of version ${JSON.stringify(state?.version)}, where this build reads version ${BUILD_STATE_VERSION}`
    : 'it lacks what a build records';
}

/** The files at the top of a site besides its folders of pages, of assets and of the search index. */
const SITE_ROOT_FILES = new Set(['index.html', '404.html', 'feed.xml', 'feed.json', 'sitemap.xml', 'robots.txt']);
/** The folders of a site's pages, every file in which, at any depth, is a page or a feed. */
const PAGE_FOLDERS = new Set(['articles', 'countries', 'actors', 'topics', 'archive', 'search']);
const PAGE_FILES = new Set(['index.html', 'feed.xml', 'feed.json']);
/** The pages in the folders of pages that every build writes, outside its state's list. */
const UNLISTED_PAGES = new Set(['archive/index.html', 'search/index.html']);

/** Whether `file` (a path in the site, with `/`) is a file a build writes at the site's root or in `assets/`. */
export function isRootOrAssetFile(file: string): boolean {
  const [top = '', ...rest] = file.split('/');
  return rest.length ? top === 'assets' && rest.length === 1 : SITE_ROOT_FILES.has(top);
}

/**
 * The files a build writes only as defaults, which a file of the archivist's at that path replaces in each new site
 * (their own `robots.txt` for their host, their own icon), where any other of the build's files takes its path.
 */
export const DEFAULT_FILES: ReadonlySet<string> = new Set(['robots.txt', 'assets/favicon.svg']);

/** The hash a state records of a file's `bytes` (see `BuildState['render']['files']`). */
export const hashOfSiteFile = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64url');

/**
 * Whether a build writes a file at `file` (a path in the site, with `/`): a page, a feed, the state, an asset, or
 * one of Pagefind's files or the index's tables in a folder of the search index.
 */
function isSiteFile(file: string): boolean {
  const [top = '', ...rest] = file.split('/');
  if (!rest.length) return SITE_ROOT_FILES.has(top) || top === BUILD_STATE_FILE;
  if (top === 'assets') return rest.length === 1;
  if (PAGE_FOLDERS.has(top)) return PAGE_FILES.has(rest.at(-1)!);
  return isSearchIndexOutput(file);
}

/**
 * Up to `most` entries under `dir` (relative to it) that no build writes there: files at other places than a site's
 * pages, feeds, assets and search index (or, given `isBuilds`, that it does not take for a build's), and anything but
 * files and folders (a build writes no symbolic link).
 */
export function filesNoBuildWrites(dir: string, most: number, isBuilds = isSiteFile): string[] {
  const found: string[] = [];
  const visit = (relative: string) => {
    const entries = readdirSync(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (found.length >= most) return;
      const file = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(file);
      else if (!entry.isFile() || !isBuilds(file)) found.push(file);
    }
  };
  visit('');
  return found;
}

/** The pages the build that wrote a site rendered one per item (its state's), or null when it left none this version reads. */
type ItemPages = BuildState['render']['pages'] | null;

/** Whether the file `file` is a page the state's `listing` lists, or one beside such a page (a topic's feeds). */
const isListed = (listing: ItemPages, file: string) =>
  listing !== null &&
  (Object.hasOwn(listing, file) || Object.hasOwn(listing, `${path.posix.dirname(file)}/index.html`));

/**
 * Whether no file in the site folder `dir` may be the archivist's, its state and `ignored` aside: every file is at a
 * place a build writes one, a page or feed in the folders of pages is one the state of the build that wrote it lists
 * (or the archive's and the search page, which every build writes outside it), and an asset has its name among
 * `assets` (the assets of the build in place). False when its state cannot be read.
 */
export function holdsOnlyWhatItsBuildWrote(dir: string, ignored: string, assets: ReadonlySet<string>): boolean {
  const pages = readBuildState(dir)?.render.pages ?? null;
  if (!pages) return false;
  const wrote = (file: string) => {
    if (file === ignored || !isSiteFile(file)) return file === ignored;
    const [top = '', ...rest] = file.split('/');
    if (top === 'assets') return assets.has(rest.join('/'));
    return !PAGE_FOLDERS.has(top) || UNLISTED_PAGES.has(file) || isListed(pages, file);
  };
  return filesNoBuildWrites(dir, 1, wrote).length === 0;
}

/**
 * What stands at `entry` (relative) in the site folder `site`, a link not followed; undefined where nothing does,
 * a path through a file of the site included (`index.html/notes.txt`).
 */
export function entryIn(site: string, entry: string): Stats | undefined {
  try {
    return lstatSync(path.join(site, entry));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/**
 * Whether the file `file` of the site folder `dir` is in the site folder `newSite` with the same bytes (linked by the
 * writer, as they did not change): nothing of it is lost there, whoever wrote it.
 */
function isSameFileIn(dir: string, newSite: string, file: string): boolean {
  const [one, two] = [path.join(dir, file), path.join(newSite, file)];
  const [a, b] = [lstatSync(one), lstatSync(two)];
  if (!b.isFile()) return false;
  return (a.dev === b.dev && a.ino === b.ino) || (a.size === b.size && readFileSync(one).equals(readFileSync(two)));
}

/** The pages rendered one per item by the build that wrote the previous site, and by this one (their states'). */
export interface SitePages {
  previous: ItemPages;
  current: ItemPages;
  /** The hashes of the files the previous build wrote at the root and in `assets/` (its state's), or null. */
  previousFiles?: Record<string, string> | null;
}

/** What a previous site holds that no build writes, by where it goes in the new site. */
export interface EntriesNoBuildWrites {
  /** Entries at paths the new site leaves free, to move in where they are. */
  free: string[];
  /** Entries at paths the new site takes (a page of the archivist's where the build now writes one), to keep aside. */
  displaced: string[];
}

/**
 * What the site folder `dir` holds that no build writes (paths relative to it, sorted), outside the folders
 * `moving`, by what the new site in the folder `newSite` has at its path: files at other places than a site's pages,
 * feeds, state and search index, a file in `assets/` that the new site does not have (every build writes all its
 * assets), a page or feed in the folders of pages that the build that wrote `dir` did not write (`pages.previous`:
 * the pages its state lists; null when it left none this version reads, and any page is a build's), and anything but
 * files (a build writes no symbolic link). A folder that holds nothing else, or nothing at all, is given whole. Such
 * an entry at a path the new site takes is `displaced` when the new site writes its own there: a folder, or a page
 * the new state lists (`pages.current`, or a feed beside one), and a folder is displaced whole where the new site
 * has a file; the pages every build writes outside the state (the archive's and the search page) stay the build's.
 * A file at the root or in `assets/` is the build's when its bytes are those the previous build wrote there
 * (`pages.previousFiles`: one the archivist edited or put there is theirs, displaced where the new site writes its
 * own); without that record, by its name. Reads every folder but those in `moving`, and those files.
 */
export function entriesNoBuildWrites(
  dir: string,
  moving: ReadonlySet<string>,
  newSite: string,
  pages: SitePages,
): EntriesNoBuildWrites {
  const taken = (entry: string) => entryIn(newSite, entry) !== undefined;
  // A page a build wrote is in its state, or beside one that is (a topic's feeds beside its page).
  const wrote = (file: string) =>
    !pages.previous || !PAGE_FOLDERS.has(file.split('/', 1)[0]!) || isListed(pages.previous, file);
  const free: string[] = [];
  const displaced: string[] = [];
  // Whether the entry `file`, no folder, is one no build writes at a path the new site leaves free; one at a path it
  // takes with its own is displaced.
  const { previousFiles } = pages;
  // Whether the file `file` at the root or in `assets/` holds other bytes than the previous build wrote there.
  const changedSinceBuilt = (file: string) =>
    previousFiles?.[file] !== hashOfSiteFile(readFileSync(path.join(dir, file)));
  const isOwnEntry = (file: string, entry: Dirent): boolean => {
    if (previousFiles && entry.isFile() && isRootOrAssetFile(file)) {
      if (!changedSinceBuilt(file)) return false;
      if (!taken(file)) return true;
      displaced.push(file);
      return false;
    }
    // A page, feed or index file a build wrote is the build's without asking the disk whether the new site has it.
    const isPage = entry.isFile() && isSiteFile(file) && !file.startsWith('assets/');
    if (isPage && wrote(file)) return false;
    if (!taken(file)) return true;
    if (isPage && isSameFileIn(dir, newSite, file)) return false;
    if (!entry.isFile() || !isSiteFile(file) || (isPage && isListed(pages.current, file))) displaced.push(file);
    return false;
  };
  // Whether the folder `relative` holds nothing a build writes, to be given whole; else its entries that are not are found.
  const visit = (relative: string): boolean => {
    const own: string[] = [];
    let onlyOwn = true;
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const file = relative ? `${relative}/${entry.name}` : entry.name;
      // A folder where the new site has a file (one of the archivist's named as a page) cannot take its entries.
      const displacedWhole = entry.isDirectory() && entryIn(newSite, file)?.isDirectory() === false;
      if (displacedWhole && !moving.has(file)) displaced.push(file);
      const isOwn =
        !moving.has(file) && !displacedWhole && (entry.isDirectory() ? visit(file) : isOwnEntry(file, entry));
      if (isOwn) own.push(file);
      else onlyOwn = false;
    }
    if (onlyOwn && relative && !taken(relative)) return true;
    free.push(...own);
    return false;
  };
  visit('');
  return { free: free.sort(), displaced: displaced.sort() };
}

/**
 * Whether the folder `dir` is one a build wrote, which a build may replace or delete: empty, holding the build state
 * (a build's staging folder holds it from the start, an old site being removed until the end), or, when that record
 * is missing (a site built before builds kept one, or copied without its hidden files), a home page beside a search
 * index with nothing in it that a build does not write. Any other folder holds someone's files: another generator's
 * site, or the user's own beside a site.
 */
export function isBuiltSite(dir: string): boolean {
  if (!statSync(dir).isDirectory()) return false;
  if (readdirSync(dir).length === 0 || existsSync(path.join(dir, BUILD_STATE_FILE))) return true;
  return (
    existsSync(path.join(dir, 'index.html')) &&
    holdsSearchIndex(dir, SEARCH_INDEX_DIRS.base) &&
    filesNoBuildWrites(dir, 1).length === 0
  );
}
