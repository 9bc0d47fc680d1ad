/**
 * Output: removes a folder tree, now, in a detached background process, or in this process without waiting.
 * Removing the previous output (one folder and one file per page, tens of thousands at 10,000 articles) took a third
 * of a rebuild on the benchmark machine; the command-line build does not need to wait for it. Touches the disk.
 */
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * How the previous output is removed once the new one is in place: before going on (`wait`), by a detached process
 * that outlives this one (`background`, for a command that exits), or by this process's file threads while it goes
 * on (`alongside`, for a process that stays: starting the remover took `npm run dev`'s build process 77 ms of its
 * thread on each rebuild at 10,000 articles, at a load of 15-20, before the tab could reload).
 */
export type Cleanup = 'wait' | 'background' | 'alongside';

/**
 * Removes `dir` as `cleanup` says, its file `last` after everything else in it: a removal cut short leaves that file,
 * by which the next build knows the folder for one a build wrote (`clearLeftovers` deletes no other).
 */
export function removeFolder(dir: string, cleanup: Cleanup, last = ''): void {
  if (cleanup === 'wait') {
    for (const name of readdirSync(dir))
      if (name !== last) rmSync(path.join(dir, name), { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  if (cleanup === 'alongside') {
    // A folder left by a failure is removed by the next build of another process (`clearLeftovers`).
    readdir(dir)
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name !== last)
            .map((name) => rm(path.join(dir, name), { recursive: true, force: true })),
        ),
      )
      .then(() => rm(dir, { recursive: true, force: true }))
      .catch(() => {});
    return;
  }
  const script =
    'const fs = require("node:fs"), path = require("node:path"), [dir, last] = process.argv.slice(1);' +
    'for (const name of fs.readdirSync(dir)) if (name !== last) fs.rmSync(path.join(dir, name), { recursive: true, force: true });' +
    'fs.rmSync(dir, { recursive: true, force: true })';
  spawn(process.execPath, ['-e', script, dir, last], { detached: true, stdio: 'ignore' }).unref();
}
