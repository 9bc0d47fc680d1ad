/** Output: the output folder is only ever replaced by a complete build; what a killed build left is cleared. Touches the disk. */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { removeFolder, type Cleanup } from './remove-folder.ts';
import path from 'node:path';

const LEFTOVER = /^(.*)\.(building|previous)-(\d+)$/;

/** The folder a build writes into before it is swapped in: beside `outDir`, named after this process. */
export function stagingDirFor(outDir: string): string {
  return `${outDir}.building-${process.pid}`;
}

/** True when another process with this id is running; this process is not building yet when leftovers are cleared. */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Clears what builds that were killed left beside `outDir`: their staging folders are deleted and, if one was
 * killed between moving the old site aside and moving the new one in, the old site is put back. Folders of a
 * build still running are left alone.
 */
export function clearLeftovers(outDir: string): void {
  const parent = path.dirname(outDir);
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent).sort()) {
    const match = LEFTOVER.exec(name);
    if (!match || match[1] !== path.basename(outDir) || isRunning(Number(match[3]))) continue;
    const leftover = path.join(parent, name);
    if (match[2] === 'previous' && !existsSync(outDir)) renameSync(leftover, outDir);
    else rmSync(leftover, { recursive: true, force: true });
  }
}

/**
 * Replaces `outDir` by the complete site in `staging`, keeping the old site until the new one is in place. The
 * old site's folders `carried` (relative to it) are first moved into the new one whole: one rename each, where
 * linking their files one by one took a rebuild seconds at 10,000 articles. The old site is without each from
 * its rename until the swap, which follows the last of them (a few hundred after adding one article to 10,000).
 */
export function swapInOutput(staging: string, outDir: string, cleanup: Cleanup, carried: string[] = []): void {
  const previous = `${outDir}.previous-${process.pid}`;
  for (const parent of new Set(carried.map((dir) => path.dirname(path.join(staging, dir)))))
    mkdirSync(parent, { recursive: true });
  for (const dir of carried) renameSync(path.join(outDir, dir), path.join(staging, dir));
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  if (existsSync(previous)) removeFolder(previous, cleanup);
}
