/**
 * Build: writes the files of a new build into the staging folder. A file whose bytes equal the previous build's is
 * hard-linked from it instead of written, so it keeps its inode and modification time: nothing is rewritten that
 * did not change, and deploy tools that compare times see only the pages that did. Touches the disk.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface OutputWriter {
  /** Writes `content` at `file` (relative to the output folder), or links the previous build's identical file. */
  write(file: string, content: string | Uint8Array): void;
  /** Copies every file of `sourceDir` to `file` under the output folder, the same way. */
  copyTree(sourceDir: string, target: string): void;
  /** Links the previous build's `file` into the new output unread; false when there is no such file. */
  keep(file: string): boolean;
  /** Links every file of the previous build's folder `dir` into the new output; false when there is no such folder. */
  keepTree(dir: string): boolean;
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
export function createOutputWriter(stagingDir: string, previousDir: string | null): OutputWriter {
  const counts = { written: 0, unchanged: 0 };
  const made = new Set<string>();
  /** Makes `folder` and the folders above it that this writer has not made yet, one call each. */
  const makeFolder = (folder: string) => {
    if (made.has(folder)) return;
    if (folder === stagingDir || path.dirname(folder) === folder) mkdirSync(folder, { recursive: true });
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
  /** The staging path of `file`, its folder made. */
  const targetOf = (file: string) => {
    const target = path.join(stagingDir, file);
    makeFolder(path.dirname(target));
    return target;
  };
  /** Links (or, where links fail, copies) `previous` to `target`; false when there is no `previous`. */
  const link = (previous: string, target: string) => {
    try {
      linkSync(previous, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      // Another file system, or links not allowed: a copy still leaves the old file's bytes in place.
      copyFileSync(previous, target);
    }
    counts.unchanged++;
    return true;
  };
  const write = (file: string, content: string | Uint8Array) => {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    const target = targetOf(file);
    const previous = previousDir ? path.join(previousDir, file) : null;
    if (previous && sameBytes(previous, bytes) && link(previous, target)) return;
    writeFileSync(target, bytes);
    counts.written++;
  };
  const keep = (file: string) => previousDir !== null && link(path.join(previousDir, file), targetOf(file));
  const keepTree = (dir: string) => {
    const from = previousDir ? path.join(previousDir, dir) : null;
    if (!from || !existsSync(from)) return false;
    for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      link(full, targetOf(path.relative(previousDir!, full)));
    }
    return true;
  };
  const copyTree = (sourceDir: string, target: string) => {
    for (const entry of readdirSync(sourceDir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      write(path.join(target, path.relative(sourceDir, full)), readFileSync(full));
    }
  };
  return { write, copyTree, keep, keepTree, counts };
}
