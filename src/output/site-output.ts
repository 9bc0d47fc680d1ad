/**
 * Output: one build's way from the previous site to the new one. The new site is written into a staging folder
 * beside the output folder, keeping from the previous site what did not change, and swapped in whole only when the
 * build succeeded; a build that fails leaves the previous site as it was. Touches the disk.
 */
import { chmodSync, chownSync, existsSync, lstatSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { makeFolder } from '../make-folder.ts';
import path from 'node:path';
import type { SearchIndexState } from '../search/index.ts';
import {
  BUILD_STATE_FILE,
  readBuildState,
  unusableStateReason,
  type BuildState,
  type SitePages,
} from './build-state.ts';
import { planCarry } from './carry-folders.ts';
import { copyEntry, type KeptAside } from './keep-aside.ts';
import { reachKillPoint } from './kill-point.ts';
import { baseShardDir, holdsSearchIndex, SEARCH_INDEX_DIRS } from './pagefind-files.ts';
import type { Cleanup } from './remove-folder.ts';
import { lockSite, type LockHolder, type SiteLock } from './site-lock.ts';
import {
  carryOwnEntries,
  clearLeftovers,
  isSwapInterrupted,
  stagingDirFor,
  swapInOutput,
  syncToDisk,
  type LeftBeside,
} from './swap-output.ts';
import { createOutputWriter, type OutputWriter } from './write-output.ts';

export interface SiteOutput {
  /** The folder the new site is written into, beside the output folder, until it is swapped in. */
  readonly stagingDir: string;
  /** Writes this build's files into the new site, linking those the previous site has with the same bytes. */
  readonly writer: OutputWriter;
  /** What the build that wrote the previous site remembered of it, or null (no site, or no state this version reads). */
  readonly previousState: BuildState | null;
  /**
   * Why the previous site's state is there but cannot be read, or null: then no page of it is known as the build's,
   * and those this build does not write move into the new site as the archivist's, those it writes anew with other
   * bytes being kept aside.
   */
  readonly unusableState: string | null;
  /** The previous build's search index state, when the previous site still holds the indexes it describes. */
  previousSearchState(): SearchIndexState | null;
  /**
   * Keeps the previous site's files `kept` (relative to the site) in the new one, given the previous site's pages
   * this build does not keep (`dropped`): the folders in which nothing changed move in whole at the swap, the
   * other kept files are linked now. What the previous site holds that no build writes (the archivist's own files
   * put in the site's folders) moves in at the swap too, where it was; such a file where the new site has its own
   * (`pages`: the pages this build renders one per item) is kept aside beside it (`keptAside`).
   */
  keepPrevious(kept: string[], dropped: string[], pages: BuildState['render']['pages']): Promise<void>;
  /** The archivist's files kept aside because the new site took their paths, once it is in place. */
  readonly keptAside: KeptAside[];
  /** What builds killed before left beside the output folder that is not certain to be theirs alone, left there. */
  readonly leftBeside: LeftBeside[];
  /** Writes `state` into the new site, waits for every file, and swaps the new site in. */
  publish(state: BuildState, cleanup: Cleanup): Promise<void>;
  /** Deletes the new site after a failure, once the files being written are done; the previous site stays. */
  abandon(): Promise<void>;
}

/** What identifies a file or folder on disk as the very one seen before: moved, replaced or rewritten, it differs. */
const identityOf = (file: string) => {
  const { dev, ino, size, mtimeMs } = statSync(file);
  return `${dev}:${ino}:${size}:${mtimeMs}`;
};

/** The identity of the state file `file` (see `identityOf`), or null when there is none. */
const stateIdentityOf = (file: string) => (existsSync(file) ? identityOf(file) : null);

/**
 * Fails a build when another build (`npm run build` beside `npm run dev`) has swapped its site in since this one
 * opened the output folder `outDir`: what this one planned to keep, and judged the archivist's, was of the site it
 * read, and another site's folders moved or linked in would mix two sites. Returns the check, made before the swap.
 */
function checkSiteUnreplaced(outDir: string): () => void {
  const stateFile = path.join(outDir, BUILD_STATE_FILE);
  const opened = stateIdentityOf(stateFile);
  return () => {
    if (stateIdentityOf(stateFile) !== opened)
      throw new Error(
        'another build replaced the site while this one ran, so nothing of this one was published: build again',
      );
  };
}

/**
 * The site this process swapped in last, as it swapped it in: the folder and its state file, and the state. A
 * process that builds again and again (`npm run dev`) builds each time from the site it published itself: reading
 * its state again (megabytes of JSON at 10,000 articles) and looking for each of its pages on disk (an `existsSync`
 * each, 0.15-0.3 s for 11,783 pages) found what it had just written.
 */
let lastPublished: { outDir: string; folder: string; stateFile: string; state: BuildState } | null = null;

/** The state this process wrote into `outDir`, when the folder and its state file are still the ones it swapped in. */
function recallPublished(outDir: string): BuildState | null {
  if (lastPublished?.outDir !== outDir) return null;
  try {
    const { folder, stateFile, state } = lastPublished;
    return identityOf(outDir) === folder && identityOf(path.join(outDir, BUILD_STATE_FILE)) === stateFile
      ? state
      : null;
  } catch {
    return null;
  }
}

/**
 * The folder that stands for the output `outDir`: the one a symbolic link there points to, so that the link stays and
 * what it points to is replaced whole (the link itself swapped aside took the kept folders out of that site, leaving it
 * without them, and put a folder in the link's place).
 */
function outputFolder(outDir: string): string {
  try {
    return lstatSync(outDir).isSymbolicLink() ? realpathSync(outDir) : outDir;
  } catch {
    return outDir;
  }
}

/**
 * Takes the lock of the output folder `output` (or the folder a link there points to, which builds through another
 * link share) for a build, waiting while another build holds it (`lockSite`).
 */
export function lockSiteOutput(
  output: string,
  onWaiting?: (holder: LockHolder, file: string) => void,
): Promise<SiteLock> {
  return lockSite(outputFolder(output), onWaiting);
}

/**
 * Gives the new site's folder `staging` the owner, group and permissions of the output folder `outDir` it replaces
 * (one made for a web server: `chown me:www-data`, `chmod 2775`), before anything is made in it, so that what is
 * made in it takes that group as it would in the output folder; the owner keeps the right to write in it, which the
 * next build needs. Only root may give another owner, and a user only a group they are in: what may not be given
 * stays as made.
 */
function giveAccessOf(outDir: string, staging: string): void {
  const { uid, gid, mode } = statSync(outDir);
  for (const owner of [uid, -1]) {
    try {
      chownSync(staging, owner, gid);
      break;
    } catch {
      // Not allowed: tried again with the group alone, then left.
    }
  }
  chmodSync(staging, (mode & 0o7777) | 0o700);
}

/**
 * The folders of `folders` (relative to the site in `dir`) that lie under a symbolic link: the archivist's, as a build
 * writes none, which may lead out of the site. Each folder above them is looked at once.
 */
function foldersUnderLinks(dir: string, folders: string[]): Set<string> {
  const throughLink = new Map<string, boolean>();
  const isThroughLink = (folder: string): boolean => {
    if (folder === '.') return false;
    let known = throughLink.get(folder);
    if (known === undefined) {
      const entry = lstatSync(path.join(dir, folder), { throwIfNoEntry: false });
      known = isThroughLink(path.dirname(folder)) || !!entry?.isSymbolicLink();
      throughLink.set(folder, known);
    }
    return known;
  };
  return new Set(folders.filter((folder) => isThroughLink(path.dirname(folder))));
}

/**
 * Keeps the previous site's files `kept` in the new one through `writer`, given the previous site's pages this build
 * does not keep (`dropped`): the folders in which nothing changed move in whole at the swap, the other kept files are
 * linked now. A folder under a link of the archivist's has its files linked too: moved, it would leave the folder the
 * link leads to, out of the site maybe (a link itself moves as a link).
 */
async function keepPages(writer: OutputWriter, previousDir: string | null, kept: string[], dropped: string[]) {
  const plan = planCarry(kept, [...writer.written, ...dropped]);
  const folders = plan.folders.map(({ folder }) => folder);
  const linked = previousDir ? foldersUnderLinks(previousDir, folders) : new Set<string>();
  const isUnderLink = (file: string) => [...linked].some((folder) => file.startsWith(`${folder}/`));
  const underLinks = linked.size ? kept.filter(isUnderLink) : [];
  await writer.keepAll([...plan.files, ...underLinks]);
  for (const { folder, files } of plan.folders) {
    if (!linked.has(folder) && !writer.carry(folder, files))
      throw new Error(`the previous build's ${folder} went missing during the build`);
  }
}

/**
 * Has `writer` carry into the new site in `staging` what the previous site in `previousDir` holds that no build writes
 * (`carryOwnEntries`, given the two sites' `pages`), moved in at the swap; what stands where the new site has its own
 * is linked or copied now, the previous site untouched, so that a build killed or failed before the swap leaves it as
 * it was.
 */
function keepOwnEntries(previousDir: string, staging: string, writer: OutputWriter, pages: SitePages): KeptAside[] {
  return carryOwnEntries(previousDir, staging, new Set(writer.carried), pages, {
    move: (entry) => writer.carry(entry, 0),
    replace(file) {
      rmSync(path.join(staging, file));
      copyEntry(path.join(previousDir, file), path.join(staging, file));
    },
  });
}

/**
 * Makes the folder the new site of the output folder `outDir` is written into, with the access of the previous site
 * in `previousDir`, if any. It holds a build state from the start (the build's own at the end), which tells it from a
 * folder of someone's own named like it, should the build be killed (`clearLeftovers`).
 */
function makeStagingFolder(outDir: string, previousDir: string | null): string {
  const staging = stagingDirFor(outDir);
  makeFolder(staging);
  if (previousDir) giveAccessOf(previousDir, staging);
  writeFileSync(path.join(staging, BUILD_STATE_FILE), '');
  return staging;
}

/**
 * The state of the previous site in `previousDir` (none without one): the one this process swapped in there
 * (`recalled`), or read; why it cannot be read when it is there (`unusableStateReason`); and the pages it lists as
 * the build's, none when it cannot be read, so that none is deleted as one.
 */
function readPreviousState(previousDir: string | null) {
  const recalled = previousDir ? recallPublished(previousDir) : null;
  const previousState = recalled ?? (previousDir ? readBuildState(previousDir) : null);
  const unusableState = previousDir && !previousState ? unusableStateReason(previousDir) : null;
  const previousPages = previousState?.render.pages ?? (unusableState ? {} : null);
  return { recalled, previousState, unusableState, previousPages };
}

/**
 * Opens the output folder `output` (or the folder a link there points to) for a build: clears what killed builds
 * left, and reads the previous site's state.
 */
export function openSiteOutput(output: string): SiteOutput {
  const outDir = outputFolder(output);
  const { keptAside, leftBeside } = clearLeftovers(outDir);
  const previousDir = existsSync(outDir) ? outDir : null;
  const { recalled, previousState, unusableState, previousPages } = readPreviousState(previousDir);
  const previousFiles = previousState?.render.files ?? null;
  const checkUnreplaced = checkSiteUnreplaced(outDir);
  const staging = makeStagingFolder(outDir, previousDir);
  // The pages of a site this process swapped in are there: it wrote or kept every page its state lists.
  const known = recalled && ((file: string) => Object.hasOwn(recalled.render.pages, file));
  const writer = createOutputWriter(staging, previousDir, known || undefined);
  return {
    stagingDir: staging,
    writer,
    previousState,
    unusableState,
    keptAside,
    leftBeside,
    previousSearchState() {
      if (!previousState) return null;
      const { search } = previousState;
      // A state written before the base had shards names none: its base is indexed again.
      if (!Array.isArray(search.shards)) return null;
      if (!search.shards.every((_, shard) => holdsSearchIndex(outDir, baseShardDir(shard)))) return null;
      return holdsSearchIndex(outDir, SEARCH_INDEX_DIRS.delta) ? search : { ...search, deltaKey: null };
    },
    async keepPrevious(kept, dropped, pages) {
      await keepPages(writer, previousDir, kept, dropped);
      if (previousDir)
        keptAside.push(
          ...keepOwnEntries(previousDir, staging, writer, { previous: previousPages, current: pages, previousFiles }),
        );
    },
    async publish(state, cleanup) {
      await writer.write(BUILD_STATE_FILE, `${JSON.stringify(state)}\n`);
      await writer.settled();
      // On the disk before the swap: emptied by a power cut, it would have the next build delete the archivist's pages.
      syncToDisk(path.join(staging, BUILD_STATE_FILE));
      reachKillPoint('publish');
      lastPublished = null;
      checkUnreplaced();
      const pages = { previous: previousPages, current: state.render.pages, previousFiles };
      // The second read finds again what the first kept aside, still in the previous site.
      const keptBefore = new Set(keptAside.map(({ file }) => file));
      const keptLate = swapInOutput(staging, outDir, cleanup, writer.carried, pages);
      keptAside.push(...keptLate.filter(({ file }) => !keptBefore.has(file)));
      const stateFile = identityOf(path.join(outDir, BUILD_STATE_FILE));
      lastPublished = { outDir, folder: identityOf(outDir), stateFile, state };
    },
    async abandon() {
      // The failure may be a page of the previous site gone: the next build looks for each on disk.
      lastPublished = null;
      // Files still being written would land in the folder after it is removed.
      await writer.settled().catch(() => {});
      // A swap that could not put the previous site back left folders of it in the staging folder, for the next build.
      if (!isSwapInterrupted(outDir)) rmSync(staging, { recursive: true, force: true });
    },
  };
}
