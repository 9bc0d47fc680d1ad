/**
 * Output: how the unchanged pages of the previous site are kept. A folder none of whose files changed (nothing
 * written into it by this build, no page of the previous build in it changed or removed) moves into the new site
 * whole when it is swapped in, one rename; a kept page in a folder that did change is linked on its own. After
 * adding one article to 10,000, a few hundred month and tag folders move instead of 10,000 folders being made
 * and 20,000 files linked. Pure.
 */
import path from 'node:path';

export interface CarryPlan {
  /** Folders (relative to the site) to move whole, in order, with how many kept files each holds. */
  folders: Array<{ folder: string; files: number }>;
  /** Kept files outside those folders, to link one by one. */
  files: string[];
}

/**
 * Plans the keeping of `kept` (files of the previous site, relative to it) given `changed`: the files this build
 * writes, and the previous build's pages it does not keep (changed or removed). A kept file moves with the
 * highest folder above it that holds no changed file; a file with no such folder is linked.
 */
export function planCarry(kept: string[], changed: Iterable<string>): CarryPlan {
  const touched = new Set<string>();
  for (const file of changed) {
    // A folder above a changed file is marked with all those above it, so the first one already marked ends the climb.
    for (let folder = path.dirname(file); folder !== '.' && !touched.has(folder); folder = path.dirname(folder))
      touched.add(folder);
  }
  const folders = new Map<string, number>();
  const files: string[] = [];
  for (const file of kept) {
    let highest: string | null = null;
    for (let folder = path.dirname(file); folder !== '.' && !touched.has(folder); folder = path.dirname(folder))
      highest = folder;
    if (highest === null) files.push(file);
    else folders.set(highest, (folders.get(highest) ?? 0) + 1);
  }
  return {
    folders: [...folders].sort(([a], [b]) => (a < b ? -1 : 1)).map(([folder, count]) => ({ folder, files: count })),
    files,
  };
}
