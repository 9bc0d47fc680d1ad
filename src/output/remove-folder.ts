/**
 * Output: removes a folder tree, now or in a detached background process. Removing the previous output (one folder
 * and one file per page, tens of thousands at 10,000 articles) took a third of a rebuild on the benchmark machine;
 * the command-line build does not need to wait for it. Touches the disk.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

/** How the previous output is removed once the new one is in place. */
export type Cleanup = 'wait' | 'background';

/** Removes `dir`: before returning (`wait`), or in a detached process that outlives this one (`background`). */
export function removeFolder(dir: string, cleanup: Cleanup): void {
  if (cleanup === 'wait') {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  const script = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';
  spawn(process.execPath, ['-e', script, dir], { detached: true, stdio: 'ignore' }).unref();
}
