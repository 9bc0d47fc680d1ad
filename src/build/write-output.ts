/**
 * Build: writes the files of a new build into the staging folder. A file whose bytes equal the previous build's is
 * hard-linked from it instead of written, so it keeps its inode and modification time: nothing is rewritten that
 * did not change, and deploy tools that compare times see only the pages that did. Files kept unread are linked
 * by a worker thread (`link-worker.ts`) while the build goes on. Touches the disk.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startTypeScriptWorker } from '../worker-thread.ts';
import type { LinkJob, LinkResult } from './link-worker.ts';

export interface OutputWriter {
  /** Writes `content` at `file` (relative to the output folder), or links the previous build's identical file. */
  write(file: string, content: string | Uint8Array): void;
  /** Copies every file of `sourceDir` to `file` under the output folder, the same way. */
  copyTree(sourceDir: string, target: string): void;
  /** True when the previous build has `file` (relative to the output folder), to keep. */
  had(file: string): boolean;
  /** Links the previous build's `files` into the new output unread, on a worker thread; each must be there. */
  keepAll(files: string[]): Promise<void>;
  /**
   * Keeps the previous build's folder `dir` whole: it is moved into the new output as the new output is swapped in
   * (`swapInOutput`), not linked file by file; false when there is no such folder.
   */
  carry(dir: string): boolean;
  /** The folders to move in at the swap. */
  readonly carried: string[];
  /** Files written because they are new or changed, and files kept from the previous build. */
  readonly counts: { written: number; unchanged: number };
}

function sameBytes(file: string, content: Uint8Array): boolean {
  try {
    return Buffer.compare(readFileSync(file), content) === 0;
  } catch {
    return false;
  }
}

/**
 * @param stagingDir the folder being built.
 * @param previousDir the output of the previous build, or null when there is none.
 */
/**
 * Makes folders under `root`: each folder and those above it that it has not made yet, one call each. Another
 * thread may make the same folders at the same time.
 */
export function createFolderMaker(root: string): (folder: string) => void {
  const made = new Set<string>();
  const makeFolder = (folder: string) => {
    if (made.has(folder)) return;
    if (folder === root || path.dirname(folder) === folder) mkdirSync(folder, { recursive: true });
    else {
      makeFolder(path.dirname(folder));
      try {
        mkdirSync(folder);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    made.add(folder);
  };
  return makeFolder;
}

/** Links `previous` to `target` (or, where links fail, copies it); false when there is no `previous`. */
export function linkOrCopy(previous: string, target: string): boolean {
  try {
    linkSync(previous, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    // Another file system, or links not allowed: a copy still leaves the old file's bytes in place.
    copyFileSync(previous, target);
  }
  return true;
}

export function createOutputWriter(stagingDir: string, previousDir: string | null): OutputWriter {
  const counts = { written: 0, unchanged: 0 };
  const makeFolder = createFolderMaker(stagingDir);
  /** The staging path of `file`, its folder made. */
  const targetOf = (file: string) => {
    const target = path.join(stagingDir, file);
    makeFolder(path.dirname(target));
    return target;
  };
  /** Links each `[previous, target]` pair on a worker thread; every previous file must be there. */
  const linkInWorker = (pairs: Array<[string, string]>) =>
    new Promise<void>((resolve, reject) => {
      const worker = startTypeScriptWorker(new URL('./link-worker.ts', import.meta.url), { stagingDir, pairs } satisfies LinkJob);
      worker.once('message', (result: LinkResult) => {
        if ('error' in result) reject(new Error(result.error));
        else {
          counts.unchanged += result.linked;
          resolve();
        }
      });
      worker.once('error', reject);
    });
  const write = (file: string, content: string | Uint8Array) => {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    const target = targetOf(file);
    const previous = previousDir ? path.join(previousDir, file) : null;
    if (previous && sameBytes(previous, bytes) && linkOrCopy(previous, target)) {
      counts.unchanged++;
      return;
    }
    writeFileSync(target, bytes);
    counts.written++;
  };
  const had = (file: string) => previousDir !== null && existsSync(path.join(previousDir, file));
  const keepAll = async (files: string[]) => {
    if (files.length) await linkInWorker(files.map((file) => [path.join(previousDir!, file), path.join(stagingDir, file)]));
  };
  const carried: string[] = [];
  const carry = (dir: string) => {
    const from = previousDir ? path.join(previousDir, dir) : null;
    if (!from || !existsSync(from)) return false;
    counts.unchanged += readdirSync(from, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).length;
    carried.push(dir);
    return true;
  };
  const copyTree = (sourceDir: string, target: string) => {
    for (const entry of readdirSync(sourceDir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      write(path.join(target, path.relative(sourceDir, full)), readFileSync(full));
    }
  };
  return { write, copyTree, had, keepAll, carry, carried, counts };
}
