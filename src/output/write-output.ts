/**
 * Output: writes the files of a new build into the staging folder. A file whose bytes equal the previous build's is
 * hard-linked from it instead of written, so it keeps its inode and modification time: nothing is rewritten that
 * did not change, and deploy tools that compare times see only the pages that did. Folders kept whole are moved
 * in when the site is swapped in (`swapInOutput`). Files are written in the background, a few at a time, so the
 * build's thread renders the next pages while the system makes folders and files (on a slow disk that took
 * longer than rendering). Touches the disk.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hashOfSiteFile, isRootOrAssetFile } from './build-state.ts';
import { reachKillPoint } from './kill-point.ts';
import { isSearchIndexFile } from './pagefind-files.ts';

export interface OutputWriter {
  /**
   * Writes `content` at `file` (relative to the output folder), or links the previous build's identical file, in
   * the background: resolves once the writer has room for it, rejects once a write has failed.
   */
  write(file: string, content: string | Uint8Array): Promise<void>;
  /** Copies every file of `sourceDir` to `file` under the output folder, the same way. */
  copyTree(sourceDir: string, target: string): Promise<void>;
  /** Resolves when every file handed to `write` is on disk; rejects with the first write that failed. */
  settled(): Promise<void>;
  /** True when the previous build has `file` (relative to the output folder), to keep. */
  had(file: string): boolean;
  /** Links the previous build's `files` into the new output unread, the same way; each must be there. */
  keepAll(files: string[]): Promise<void>;
  /**
   * Keeps the previous build's folder `dir` whole (or any entry of it): it is moved into the new output as the new
   * output is swapped in (`swapInOutput`), not linked file by file; false when there is no such entry. `files` is how
   * many of the site's files it holds, when the caller knows.
   */
  carry(dir: string, files?: number): boolean;
  /** The folders to move in at the swap. */
  readonly carried: string[];
  /** Every file written (or linked because its bytes did not change), relative to the output folder. */
  readonly written: string[];
  /** Files written because they are new or changed, and files kept from the previous build (once settled). */
  readonly counts: { written: number; unchanged: number };
  /** The hash of each file written at the site's root and in `assets/`, for the build state. */
  readonly rootAndAssetFiles: Record<string, string>;
}

async function sameBytes(file: string, content: Uint8Array): Promise<boolean> {
  try {
    return Buffer.compare(await readFile(file), content) === 0;
  } catch {
    return false;
  }
}

/** Files being written at once: enough to keep the system's file threads busy, few enough to hold little memory. */
const WRITES_IN_FLIGHT = 32;

const ignoreExisting = (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EEXIST') throw error;
};

/** Makes folders under `root` in the background: each folder and those above it that are not made yet, each once. */
function createFolderMaker(root: string): (folder: string) => Promise<void> {
  const making = new Map<string, Promise<void>>();
  const make = (folder: string): Promise<void> => {
    let promise = making.get(folder);
    if (!promise) {
      const parent = path.dirname(folder);
      promise =
        folder === root || parent === folder
          ? mkdir(folder, { recursive: true }).then(() => {})
          : make(parent).then(() => mkdir(folder).then(() => {}, ignoreExisting));
      making.set(folder, promise);
    }
    return promise;
  };
  return make;
}

/** Links `previous` to `target` (or, where links fail, copies it); false when there is no `previous`. */
async function linkOrCopy(previous: string, target: string): Promise<boolean> {
  try {
    await link(previous, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    // Another file system, or links not allowed: a copy still leaves the old file's bytes in place.
    await copyFile(previous, target);
  }
  return true;
}

/** Work on files of the staging folder run in the background, a few at a time. */
interface WriteQueue {
  /** Runs `work` on `file` (its full path given) once there is room; rejects once any work has failed. */
  schedule(file: string, work: (target: string) => Promise<void>): Promise<void>;
  /** Resolves when every work scheduled is done; rejects with the first that failed. */
  settled(): Promise<void>;
}

function createWriteQueue(stagingDir: string): WriteQueue {
  const makeFolder = createFolderMaker(stagingDir);
  const inFlight = new Set<Promise<void>>();
  const waitingForRoom: Array<() => void> = [];
  let failure: Error | null = null;
  const schedule = async (file: string, work: (target: string) => Promise<void>) => {
    while (inFlight.size >= WRITES_IN_FLIGHT && !failure)
      await new Promise<void>((resume) => waitingForRoom.push(resume));
    if (failure) throw failure;
    const target = path.join(stagingDir, file);
    const running: Promise<void> = makeFolder(path.dirname(target))
      .then(() => work(target))
      .then(
        () => {
          inFlight.delete(running);
          waitingForRoom.shift()?.();
        },
        (error: Error) => {
          failure ??= new Error(`could not write ${file}: ${error.message}`, { cause: error });
          inFlight.delete(running);
          for (const resume of waitingForRoom.splice(0)) resume();
        },
      );
    inFlight.add(running);
  };
  const settled = async () => {
    while (inFlight.size) await Promise.all(inFlight);
    if (failure) throw failure;
  };
  return { schedule, settled };
}

/** The build stage that writes `file`: indexing writes the search indexes' folders, rendering everything else. */
const stageWriting = (file: string) => (isSearchIndexFile(file) ? 'index' : 'render');

/** Counts the files of the folder `dir` and those below it. */
const countFiles = (dir: string) =>
  readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).length;

/**
 * @param stagingDir the folder being built.
 * @param previousDir the output of the previous build, or null when there is none.
 * @param knownInPrevious tells files the previous output is known to hold, which `had` does not look for on disk.
 */
export function createOutputWriter(
  stagingDir: string,
  previousDir: string | null,
  knownInPrevious: (file: string) => boolean = () => false,
): OutputWriter {
  const counts = { written: 0, unchanged: 0 };
  const { schedule, settled } = createWriteQueue(stagingDir);
  const written: string[] = [];
  const carried: string[] = [];
  const rootAndAssetFiles: Record<string, string> = {};
  const write = (file: string, content: string | Uint8Array) => {
    reachKillPoint(stageWriting(file));
    written.push(file);
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    if (isRootOrAssetFile(file)) rootAndAssetFiles[file] = hashOfSiteFile(bytes);
    return schedule(file, async (target) => {
      const previous = previousDir ? path.join(previousDir, file) : null;
      if (previous && (await sameBytes(previous, bytes)) && (await linkOrCopy(previous, target))) {
        counts.unchanged++;
        return;
      }
      await writeFile(target, bytes);
      counts.written++;
    });
  };
  return {
    write,
    settled,
    carried,
    written,
    counts,
    rootAndAssetFiles,
    had: (file) => previousDir !== null && (knownInPrevious(file) || existsSync(path.join(previousDir, file))),
    async keepAll(files) {
      for (const file of files) {
        await schedule(file, async (target) => {
          if (!(await linkOrCopy(path.join(previousDir!, file), target)))
            throw new Error(`the previous build's ${file} went missing during the build`);
          counts.unchanged++;
        });
      }
      await settled();
    },
    carry(dir, files) {
      const from = previousDir ? path.join(previousDir, dir) : null;
      if (!from || !lstatSync(from, { throwIfNoEntry: false })) return false;
      counts.unchanged += files ?? countFiles(from);
      carried.push(dir);
      return true;
    },
    async copyTree(sourceDir, target) {
      for (const entry of readdirSync(sourceDir, { withFileTypes: true, recursive: true })) {
        if (!entry.isFile()) continue;
        const full = path.join(entry.parentPath, entry.name);
        await write(path.join(target, path.relative(sourceDir, full)), readFileSync(full));
      }
    },
  };
}
