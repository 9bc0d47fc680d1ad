/**
 * Output: the output folder is only ever replaced by a complete build, and a build stopped at any point leaves the
 * previous site recoverable exactly; what a killed build left is cleared, or put back. Touches the disk.
 *
 * The swap renames the previous site aside, moves the folders kept whole from it into the new site (each listed
 * first in a journal inside the previous site), and renames the new site in. Until the first rename the previous
 * site is in place and untouched (the build only reads it and links its files); from then until the last, the
 * output folder is absent (never a mix of two sites), and the previous site is whole again once the journal's
 * folders are moved back, which a failed swap does at once and the next build (`clearLeftovers`) does for a killed
 * one. Carrying the folders by hard links instead would leave the previous site in place until a single pair of
 * renames, but after adding one article to 10,000 that is 10,000 folders made and 20,000 files linked (1.8 to 3 s
 * measured), against a few hundred renames.
 */
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { isProcessRunning } from '../process-running.ts';
import {
  BUILD_STATE_FILE,
  entriesNoBuildWrites,
  DEFAULT_FILES,
  entryIn,
  holdsOnlyWhatItsBuildWrote,
  isBuiltSite,
  readBuildState,
  type SitePages,
} from './build-state.ts';
import { keepAside, type KeptAside } from './keep-aside.ts';
import { reachKillPoint } from './kill-point.ts';
import { removeFolder, type Cleanup } from './remove-folder.ts';

/**
 * A build's folders beside the output: its staging folder and the previous site renamed aside, named after the
 * process, and old sites being removed, numbered too (one process swaps once per rebuild); builds of before the
 * number (2026-12-04 to 12-05) named an old site after the process alone.
 */
const LEFTOVER = /^(.*)\.(?:(building|previous)-(\d+)|stale-(\d+)(-\d+)?)$/;
/** How many old sites this process has renamed to be removed: each one's folder has a name of its own. */
let staleCount = 0;
/** In the previous site renamed aside: the folders (relative to the site) moved from it into the new one, and the archivist's entries. */
const JOURNAL_FILE = '.carried-out.json';

/** The folder a build writes into before it is swapped in: beside `outDir`, named after this process. */
export function stagingDirFor(outDir: string, pid = process.pid): string {
  return `${outDir}.building-${pid}`;
}

/** Where the swap renames the previous site, named after the process. */
export function previousDirFor(outDir: string, pid = process.pid): string {
  return `${outDir}.previous-${pid}`;
}

/**
 * Has the system write `file` to the disk now, before what follows: without it, a rename made after a file was
 * written may reach the disk before the file's bytes (ext4 writes them seconds later), so that after a power cut the
 * rename is kept and the file is empty.
 */
export function syncToDisk(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** What a disk that does not sync folders answers (a network or FUSE disk; Windows opens no folder as a file). */
const FOLDER_SYNC_REFUSED = new Set(['EISDIR', 'EINVAL', 'ENOTSUP', 'EPERM', 'EACCES', 'EBADF']);

/**
 * Has the system write the entries of `folder` (a file just made in it) to the disk now, as `syncToDisk` does for a
 * file's bytes, where the disk does so: one that refuses gives its renames no more than its own order, and the build
 * goes on, as it went before folders were synced.
 */
function syncFolderToDisk(folder: string): void {
  try {
    syncToDisk(folder);
  } catch (error) {
    if (!FOLDER_SYNC_REFUSED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}

/** True when another process with this id is running; this process is not building yet when leftovers are cleared. */
const isRunning = (pid: number) => pid !== process.pid && isProcessRunning(pid);

/**
 * Moves the folder `from`, which its owner may not write, to `to` in another folder, as `moveEntry` does: writable by
 * its owner for the rename, then given its permissions (`mode`) back; when that may not be done, fails with `refused`.
 */
function moveReadOnlyFolder(from: string, to: string, mode: number, refused: unknown): void {
  try {
    chmodSync(from, mode | 0o200);
  } catch {
    throw refused;
  }
  let at = from;
  try {
    renameSync(from, to);
    at = to;
  } finally {
    chmodSync(at, mode);
  }
}

/**
 * Renames `from` to `to`, in another folder. A folder moves so only when it may be written, as its entry for the
 * folder above it changes: one the archivist made read-only (`chmod a-w photos`) is made writable by its owner for the
 * rename and given its permissions back (a build killed in between leaves it writable by its owner); one of another
 * owner fails as it did.
 */
function moveEntry(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    const entry = lstatSync(from, { throwIfNoEntry: false });
    if ((error as NodeJS.ErrnoException).code !== 'EACCES' || !entry?.isDirectory() || entry.mode & 0o200) throw error;
    moveReadOnlyFolder(from, to, entry.mode & 0o7777, error);
  }
}

/**
 * The folders the journal in `previous` lists; none when it is missing (none had moved), null when it cannot be read:
 * a power cut may leave it empty while the renames after it were kept.
 */
function readJournal(previous: string): string[] | null {
  let folders: unknown;
  try {
    folders = JSON.parse(readFileSync(path.join(previous, JOURNAL_FILE), 'utf8'));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? [] : null;
  }
  return Array.isArray(folders) && folders.every((f) => typeof f === 'string') ? folders : null;
}

/**
 * Makes the previous site in `previous` whole again and puts it back at `outDir`: every entry its journal lists
 * that is in `staging` and not back yet is moved back, the journal removed, the site renamed back. False when the
 * journal could not be read: what had moved is still in `staging`.
 */
function restorePrevious(previous: string, staging: string, outDir: string): boolean {
  const journal = readJournal(previous);
  for (const folder of journal ?? []) {
    // An entry of the archivist's may be a link that leads nowhere: it is there all the same.
    if (entryIn(staging, folder) && !entryIn(previous, folder))
      moveEntry(path.join(staging, folder), path.join(previous, folder));
  }
  rmSync(path.join(previous, JOURNAL_FILE), { force: true });
  renameSync(previous, outDir);
  return journal !== null;
}

/**
 * Whether `dir` is a folder a build wrote (`isBuiltSite`), or a previous site in the middle of its swap (its journal
 * written); false when there is none.
 */
const isBuiltFolder = (dir: string) =>
  existsSync(dir) && (isBuiltSite(dir) || existsSync(path.join(dir, JOURNAL_FILE)));

/** How `carryOwnEntries` puts an entry of the previous site (relative to it) into the new one. */
export interface EntryPlacing {
  /** Puts the entry where it was, where the new site has nothing. */
  move(entry: string): void;
  /** Puts the file in place of the new site's own (`DEFAULT_FILES`). */
  replace(file: string): void;
}

/**
 * Carries into the new site in `newSite` what the previous site in `previous` holds that no build writes
 * (`entriesNoBuildWrites`, outside `moving`, given the two sites' `pages`), through `placing`: each where it was, a
 * default file of the build's replaced by the archivist's; any other that stands where the new site has its own is
 * kept aside there (`keepAside`, a copy, the previous site untouched), and returned, with what was kept aside there
 * before. Reads the folders the new site writes anew, and those only the previous site has: its remover reads them too.
 */
export function carryOwnEntries(
  previous: string,
  newSite: string,
  moving: ReadonlySet<string>,
  pages: SitePages,
  placing: EntryPlacing,
): KeptAside[] {
  const { free, displaced } = entriesNoBuildWrites(previous, moving, newSite, pages);
  for (const entry of free) placing.move(entry);
  return displaced.flatMap((entry) => {
    if (!DEFAULT_FILES.has(entry)) return keepAside(previous, newSite, entry) ?? [];
    placing.replace(entry);
    return [];
  });
}

/**
 * Moves into the new site in `outDir` what the archivist saved into the previous site (`previous`, swapped out) after
 * the build read it for their entries (`carryOwnEntries`: what was there when it was read has moved in with the
 * journal's folders), each by a rename.
 */
function moveLateEntries(previous: string, outDir: string, pages: SitePages): KeptAside[] {
  return carryOwnEntries(previous, outDir, new Set([JOURNAL_FILE]), pages, {
    move(entry) {
      const to = path.join(outDir, entry);
      mkdirSync(path.dirname(to), { recursive: true });
      moveEntry(path.join(previous, entry), to);
    },
    replace: (file) => renameSync(path.join(previous, file), path.join(outDir, file)),
  });
}

/**
 * Whether the old site in `stale` holds nothing but what the build that wrote it wrote, its journal aside
 * (`holdsOnlyWhatItsBuildWrote`, an asset known by the site in `outDir`): builds from before the archivist's files
 * were moved into the new site left them in the old one, which then stays (false), as does one whose state cannot be
 * read (nothing tells a page of the archivist's from the build's there); null when it cannot be read (its remover may
 * be at work on it).
 */
function holdsOnlyBuildFiles(stale: string, outDir: string): boolean | null {
  try {
    const assets = new Set(existsSync(path.join(outDir, 'assets')) ? readdirSync(path.join(outDir, 'assets')) : []);
    return readdirSync(stale).length === 0 || holdsOnlyWhatItsBuildWrote(stale, JOURNAL_FILE, assets);
  } catch {
    return null;
  }
}

/**
 * A folder a killed build left beside the site that no build deletes, as nothing makes it certain that all it holds
 * is the build's: the previous site of a swap that could not be put back or cleared, with the new
 * site of that build beside it (`swapped-aside`, `staging`); the new site of a swap whose previous site was put back
 * without its journal, which may hold folders moved out of it (`moved-out`); or an old site holding what no build
 * writes there or a state that cannot be read (`old-site`).
 */
export interface LeftBeside {
  folder: string;
  kind: 'swapped-aside' | 'moved-out' | 'old-site';
  staging?: string;
}

/**
 * Where a killed build's folders that are left beside `outDir` are moved, out of the names later builds reuse: a later
 * build may have the same process id (a container started again), and would write its new site into that one's, or
 * take it for a staging folder of its own to delete. `<out>.kept-previous-<id>` and `<out>.kept-new-<id>`, the id the
 * build's process id, numbered past pairs kept before.
 */
const KEPT = /^(.*)\.kept-(previous|new)-(\d+(?:-\d+)?)$/;

/** Moves a killed build's previous site and new site (either may be absent) to kept names; returns where they are. */
function moveToKeptNames(outDir: string, pid: number, folders: { previous?: string; staging?: string }): LeftBeside {
  let id = String(pid);
  for (let n = 2; existsSync(`${outDir}.kept-previous-${id}`) || existsSync(`${outDir}.kept-new-${id}`); n++)
    id = `${pid}-${n}`;
  const move = (folder: string | undefined, to: string) => {
    if (!folder) return undefined;
    try {
      renameSync(folder, to);
      return to;
    } catch {
      return folder;
    }
  };
  const previous = move(folders.previous, `${outDir}.kept-previous-${id}`);
  const staging = move(folders.staging, `${outDir}.kept-new-${id}`);
  return keptPair(previous, staging);
}

/** The folders kept beside `outDir` by builds before (`moveToKeptNames`), each pair listed once. */
function keptBefore(outDir: string, names: string[]): LeftBeside[] {
  const ids = new Map<string, { previous?: string; staging?: string }>();
  for (const name of names) {
    const match = KEPT.exec(name);
    if (!match || match[1] !== path.basename(outDir)) continue;
    const pair = ids.get(match[3]!) ?? {};
    pair[match[2] === 'previous' ? 'previous' : 'staging'] = path.join(path.dirname(outDir), name);
    ids.set(match[3]!, pair);
  }
  return [...ids.values()].map(({ previous, staging }) => keptPair(previous, staging));
}

/** What a kept pair is to the archivist: a previous site (its new site beside it, if any), or a new site alone. */
function keptPair(previous: string | undefined, staging: string | undefined): LeftBeside {
  return previous ? { folder: previous, kind: 'swapped-aside', staging } : { folder: staging!, kind: 'moved-out' };
}

/** What `clearLeftovers` did not delete: what it kept aside in the site, and the folders it left beside it. */
export interface LeftoversCleared {
  keptAside: KeptAside[];
  leftBeside: LeftBeside[];
}

/**
 * Clears what builds that were killed left beside `outDir`: the previous site is put back whole when one was killed
 * in the middle of its swap, what the archivist saved into it late is moved into the new site when one was killed
 * once the new site was in place, and staging folders and old sites are deleted. Folders of a build still running,
 * the old sites this process handed to removers in the background, and any folder a build did not write (a folder of
 * the user's named like a leftover, `_site.previous-2024`, or the archive itself) or did not rename aside (a copy of
 * the site kept as `_site.previous-2024`), are left alone. A previous site that cannot be put back or cleared for
 * certain (its state and journal gone, the staging folder of its build beside it), and old sites holding what no
 * build writes or an unreadable state, are left too (the first two moved to kept names, `moveToKeptNames`), and
 * returned with those kept before (`leftBeside`), so that the archivist is told at every build.
 */
export function clearLeftovers(outDir: string): LeftoversCleared {
  const parent = path.dirname(outDir);
  const keptAside: KeptAside[] = [];
  const leftBeside: LeftBeside[] = [];
  if (!existsSync(parent)) return { keptAside, leftBeside };
  const deadBuilds = new Set<number>();
  const staleSites: Array<{ stale: string; counted: boolean }> = [];
  const names = readdirSync(parent);
  leftBeside.push(...keptBefore(outDir, names));
  for (const name of names) {
    const match = LEFTOVER.exec(name);
    if (!match || match[1] !== path.basename(outDir)) continue;
    const pid = Number(match[3] ?? match[4]);
    // This process's own old sites are being removed by the removers it started (`npm run dev` swaps at every rebuild).
    if (!match[2]) {
      if (pid !== process.pid && !isRunning(pid))
        staleSites.push({ stale: path.join(parent, name), counted: !!match[5] });
    } else if (!isRunning(pid)) deadBuilds.add(pid);
  }
  for (const pid of deadBuilds) {
    const previous = previousDirFor(outDir, pid);
    const staging = stagingDirFor(outDir, pid);
    // The previous site a build renamed aside holds its journal, written next, or has that build's new site beside
    // it (killed before the journal, or putting it back): a copy of a site kept under such a name has neither.
    const journal = existsSync(path.join(previous, JOURNAL_FILE));
    const staged = isBuiltFolder(staging);
    const swappedAside = isBuiltFolder(previous) && (journal || staged);
    if (swappedAside && !existsSync(outDir)) {
      if (!restorePrevious(previous, staging, outDir) && staged) {
        // Folders of the site, the archivist's among them, may be in the new site: it is not deleted.
        leftBeside.push(moveToKeptNames(outDir, pid, { staging }));
        continue;
      }
    } else if (swappedAside && journal && !existsSync(staging)) {
      // Killed once its new site was in place, before the previous one was read again: what the archivist saved into
      // it after the first read goes to the new site. Should a file not move, the previous site is left where it is.
      const previousRender = readBuildState(previous)?.render;
      const pages = {
        previous: previousRender?.pages ?? null,
        current: readBuildState(outDir)?.render.pages ?? null,
        previousFiles: previousRender?.files ?? null,
      };
      try {
        keptAside.push(...moveLateEntries(previous, outDir, pages));
      } catch {
        leftBeside.push({ folder: previous, kind: 'old-site' });
        continue;
      }
      rmSync(previous, { recursive: true, force: true });
    } else if (existsSync(previous) && staged) {
      // A folder took the output's place during the swap, or the previous site lost its state and journal (a site
      // renamed aside by hand has no staging folder of the same process beside it): nothing is deleted.
      leftBeside.push(moveToKeptNames(outDir, pid, { previous, staging }));
      continue;
    }
    if (staged) rmSync(staging, { recursive: true, force: true });
  }
  leftBeside.push(...clearOldSites(staleSites, outDir));
  return { keptAside, leftBeside };
}

/**
 * Deletes the old sites `staleSites` beside `outDir` whose removers were stopped, when they are a build's and hold
 * only what it wrote; returns those left that are a build's, as they hold more.
 */
function clearOldSites(staleSites: Array<{ stale: string; counted: boolean }>, outDir: string): LeftBeside[] {
  const left: LeftBeside[] = [];
  for (const { stale, counted } of staleSites) {
    // An old site named after the process alone is a build's when it holds the swap's journal: one renamed aside by
    // hand (`_site.stale-2025`) has none, and one that lost it to its remover is left, as may be any.
    const built = counted ? isBuiltFolder(stale) : existsSync(path.join(stale, JOURNAL_FILE));
    if (!built) continue;
    const onlyBuildFiles = holdsOnlyBuildFiles(stale, outDir);
    if (onlyBuildFiles) rmSync(stale, { recursive: true, force: true });
    else if (onlyBuildFiles === false) left.push({ folder: stale, kind: 'old-site' });
  }
  return left;
}

/**
 * Moves the folders `carried` of the previous site in `previous` into the new one in `staging`, journal first, on the
 * disk (with its entry in the folder) before any of them moves: a journal lost to a power cut after the moves made the
 * next build keep the new site beside the site for the archivist to sort out. A journal that cannot be written (a full
 * disk) fails naming it, and the swap puts the previous site back.
 */
function moveCarried(previous: string, staging: string, carried: string[]): void {
  try {
    writeFileSync(path.join(previous, JOURNAL_FILE), JSON.stringify(carried));
    syncToDisk(path.join(previous, JOURNAL_FILE));
    syncFolderToDisk(previous);
  } catch (error) {
    throw new Error(
      `could not write the swap's journal (${JOURNAL_FILE}), so the previous site was put back as it was: ` +
        (error as Error).message,
      { cause: error },
    );
  }
  for (const parent of new Set(carried.map((dir) => path.dirname(path.join(staging, dir)))))
    mkdirSync(parent, { recursive: true });
  for (const dir of carried) {
    moveEntry(path.join(previous, dir), path.join(staging, dir));
    reachKillPoint('swap-carry');
  }
  reachKillPoint('swap-carried');
}

/**
 * Replaces `outDir` by the complete site in `staging`, with the previous site's folders `carried` (relative to it)
 * moved into the new one whole: one rename each. When any step fails, the previous site is put back as it was
 * before the error is thrown; should even that fail, the next build puts it back. Once the new site is in place,
 * the previous one is read again, and what the archivist saved into it since the build read it is moved in too
 * (`moveLateEntries`, given the two sites' `pages`); returns what of the previous site is kept aside in the new one.
 */
export function swapInOutput(
  staging: string,
  outDir: string,
  cleanup: Cleanup,
  carried: string[] = [],
  pages: SitePages = { previous: null, current: null },
): KeptAside[] {
  if (!existsSync(outDir) && !carried.length) {
    renameSync(staging, outDir);
    return [];
  }
  const previous = previousDirFor(outDir);
  renameSync(outDir, previous);
  reachKillPoint('swap-aside');
  try {
    moveCarried(previous, staging, carried);
    renameSync(staging, outDir);
  } catch (error) {
    restorePrevious(previous, staging, outDir);
    throw error;
  }
  reachKillPoint('swap-in');
  const keptAside = moveLateEntries(previous, outDir, pages);
  // Renamed first, so that a build killed while it is being removed never takes it for a site to put back.
  staleCount += 1;
  const stale = `${outDir}.stale-${process.pid}-${staleCount}`;
  renameSync(previous, stale);
  removeFolder(stale, cleanup, BUILD_STATE_FILE);
  return keptAside;
}

/** True when a swap of this process stopped before it could put the previous site back: its staging folder holds parts of it. */
export function isSwapInterrupted(outDir: string): boolean {
  return existsSync(previousDirFor(outDir));
}
