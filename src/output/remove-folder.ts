/**
 * Output: removes a folder tree, now, in a detached background process, or in this process without waiting.
 * Removing the previous output (one folder and one file per page, tens of thousands at 10,000 articles) took a third
 * of a rebuild on the benchmark machine; the command-line build does not need to wait for it. Touches the disk.
 */
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * How the previous output is removed once the new one is in place: before going on (`wait`), by a detached process
 * that outlives this one (`background`, for a command that exits), or by this process's file threads while it goes
 * on (`alongside`, for a process that stays: starting the remover took `npm run dev`'s build process 77 ms of its
 * thread on each rebuild at 10,000 articles, at a load of 15-20, before the tab could reload).
 */
export type Cleanup = 'wait' | 'background' | 'alongside';

/** How each path is removed: a folder with all it holds, and nothing said of one that is gone already. */
const WHOLE = { recursive: true, force: true } as const;

/** Run by the detached process: removes the paths it is given, in their order. */
const REMOVE_IN_ORDER =
  'const fs = require("node:fs");' +
  'for (const file of process.argv.slice(1)) fs.rmSync(file, { recursive: true, force: true })';

/**
 * Removes `dir` as `cleanup` says, its file `last` after everything else in it: a removal cut short leaves that file,
 * by which the next build knows the folder for one a build wrote (`clearLeftovers` deletes no other).
 */
export function removeFolder(dir: string, cleanup: Cleanup, last: string): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).flatMap((name) => (name === last ? [] : [path.join(dir, name)]));
  } catch (error) {
    // Only a removal waited for says it failed; a folder left so is removed by the next build of another process.
    if (cleanup === 'wait') throw error;
    return;
  }
  if (cleanup === 'wait') {
    for (const entry of [...entries, dir]) rmSync(entry, WHOLE);
  } else if (cleanup === 'alongside') {
    Promise.all(entries.map((entry) => rm(entry, WHOLE)))
      .then(() => rm(dir, WHOLE))
      .catch(() => {});
  } else {
    spawn(process.execPath, ['-e', REMOVE_IN_ORDER, ...entries, dir], { detached: true, stdio: 'ignore' }).unref();
  }
}
