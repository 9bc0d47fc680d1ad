/**
 * Makes a folder and those above it that are missing, as `mkdirSync(dir, { recursive: true })` does, with the real
 * cause of a failure: Node 20's recursive mkdir fails with ENOENT where the disk is read-only (EROFS), which reads as a
 * wrong path. Touches the disk.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** Makes the folder `dir` and the missing ones above it; a failure names the first that could not be made, and why. */
export function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // One at a time from the highest missing: the first that cannot be made fails with its own reason.
    const missing: string[] = [];
    for (let folder = path.resolve(dir); !existsSync(folder); folder = path.dirname(folder)) missing.unshift(folder);
    for (const folder of missing) mkdirSync(folder);
  }
}
