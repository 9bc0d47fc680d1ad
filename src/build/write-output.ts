/**
 * Build: writes the files of a new build into the staging folder. A file whose bytes equal the previous build's is
 * hard-linked from it instead of written, so it keeps its inode and modification time: nothing is rewritten that
 * did not change, and deploy tools that compare times see only the pages that did. Folders kept whole are moved
 * in when the site is swapped in (`swapInOutput`). Touches the disk.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface OutputWriter {
  /** Writes `content` at `file` (relative to the output folder), or links the previous build's identical file. */
  write(file: string, content: string | Uint8Array): void;
  /** Copies every file of `sourceDir` to `file` under the output folder, the same way. */
  copyTree(sourceDir: string, target: string): void;
  /** True when the previous build has `file` (relative to the output folder), to keep. */
  had(file: string): boolean;
  /** Links the previous build's `files` into the new output unread; each must be there. */
  keepAll(files: string[]): void;
  /**
   * Keeps the previous build's folder `dir` whole: it is moved into the new output as the new output is swapped in
   * (`swapInOutput`), not linked file by file; false when there is no such folder. `files` is how many files it
   * holds, when the caller knows.
   */
  carry(dir: string, files?: number): boolean;
  /** The folders to move in at the swap. */
  readonly carried: string[];
  /** Every file written (or linked because its bytes did not change), relative to the output folder. */
  readonly written: string[];
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

/** Makes folders under `root`: each folder and those above it that it has not made yet, one call each. */
function createFolderMaker(root: string): (folder: string) => void {
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
function linkOrCopy(previous: string, target: string): boolean {
  try {
    linkSync(previous, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    // Another file system, or links not allowed: a copy still leaves the old file's bytes in place.
    copyFileSync(previous, target);
  }
  return true;
}

/**
 * @param stagingDir the folder being built.
 * @param previousDir the output of the previous build, or null when there is none.
 */
export function createOutputWriter(stagingDir: string, previousDir: string | null): OutputWriter {
  const counts = { written: 0, unchanged: 0 };
  const makeFolder = createFolderMaker(stagingDir);
  /** The staging path of `file`, its folder made. */
  const targetOf = (file: string) => {
    const target = path.join(stagingDir, file);
    makeFolder(path.dirname(target));
    return target;
  };
  const written: string[] = [];
  const write = (file: string, content: string | Uint8Array) => {
    written.push(file);
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
  const keepAll = (files: string[]) => {
    for (const file of files) {
      if (!linkOrCopy(path.join(previousDir!, file), targetOf(file))) throw new Error(`the previous build's ${file} went missing during the build`);
      counts.unchanged++;
    }
  };
  const carried: string[] = [];
  const carry = (dir: string, files?: number) => {
    const from = previousDir ? path.join(previousDir, dir) : null;
    if (!from || !existsSync(from)) return false;
    counts.unchanged += files ?? readdirSync(from, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).length;
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
  return { write, copyTree, had, keepAll, carry, carried, written, counts };
}
