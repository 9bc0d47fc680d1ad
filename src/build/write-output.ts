/**
 * Build: writes the files of a new build into the staging folder. A file whose bytes equal the previous build's is
 * hard-linked from it instead of written, so it keeps its inode and modification time: nothing is rewritten that
 * did not change, and deploy tools that compare times see only the pages that did. Touches the disk.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface OutputWriter {
  /** Writes `content` at `file` (relative to the output folder), or links the previous build's identical file. */
  write(file: string, content: string | Uint8Array): void;
  /** Copies every file of `sourceDir` to `file` under the output folder, the same way. */
  copyTree(sourceDir: string, target: string): void;
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
  const write = (file: string, content: string | Uint8Array) => {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    const target = path.join(stagingDir, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const previous = previousDir ? path.join(previousDir, file) : null;
    if (previous && sameBytes(previous, bytes)) {
      try {
        linkSync(previous, target);
      } catch {
        // Another file system, or links not allowed: a copy still leaves the old file's bytes in place.
        copyFileSync(previous, target);
      }
      counts.unchanged++;
      return;
    }
    writeFileSync(target, bytes);
    counts.written++;
  };
  const copyTree = (sourceDir: string, target: string) => {
    for (const entry of readdirSync(sourceDir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      write(path.join(target, path.relative(sourceDir, full)), readFileSync(full));
    }
  };
  return { write, copyTree, counts };
}
