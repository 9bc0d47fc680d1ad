/**
 * Serve: tells `npm run dev` that something under its folders changed, as soon as the system says so. Each folder
 * is watched on its own (`fs.watch`, inotify on Linux), and a folder made later is watched as it appears. chokidar,
 * used before, listed a folder again on every file added to it: in a folder of 10,000 articles it told of a new
 * one 0.5 to 1.3 s after it was written, where the system tells at once. Touches the disk.
 */
import { existsSync, readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export interface FolderWatch {
  close(): void;
}

/** `dir` and every folder under it (hidden ones aside, as the build reads none of them). */
function foldersUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return []; // removed since it was seen
  }
  const below = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.'));
  return [dir, ...below.flatMap((e) => foldersUnder(path.join(dir, e.name)))];
}

const isFolder = (file: string) => {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Whether the event the watcher of `folder` tells of `file` is the folder's own: `file` bears the folder's name and is
 * not in it. An entry of the folder named as the folder and just removed is taken for the folder's own event, and
 * the folder, which changed, is told.
 */
const isOwnEvent = (folder: string, file: string) => path.basename(file) === path.basename(folder) && !existsSync(file);

/** The nearest folder above `dir` that exists (the root of the file system at the last). */
function nearestFolderAbove(dir: string): string {
  let above = path.dirname(dir);
  while (!isFolder(above) && path.dirname(above) !== above) above = path.dirname(above);
  return above;
}

/**
 * Closes the watcher of `watchers` (by folder) of the folder `dir` alone: that of a folder watched shallow, whose
 * folders, if watched, are roots of their own.
 */
function closeOne(watchers: Map<string, FSWatcher>, dir: string): void {
  watchers.get(dir)?.close();
  watchers.delete(dir);
}

/** Closes every watcher of `maps`, and empties them. */
function closeAll(...maps: Array<Map<string, FSWatcher>>): void {
  for (const map of maps) {
    for (const watcher of map.values()) watcher.close();
    map.clear();
  }
}

/** Closes the watchers of `watchers` (by folder) of the folder `dir` and of every folder under it. */
function closeUnder(watchers: Map<string, FSWatcher>, dir: string): void {
  for (const [folder, watcher] of watchers) {
    if (folder !== dir && !folder.startsWith(dir + path.sep)) continue;
    watcher.close();
    watchers.delete(folder);
  }
}

/**
 * Watches the folders `roots` and everything under them, and the folders `shallow` without the folders under them,
 * calling `onChange` with the path of each file or folder added, changed or removed. A root missing at the start, or
 * removed since, is watched for from the nearest folder above it, and watched once it is made.
 */
export function watchFolders(roots: string[], onChange: (file: string) => void, shallow: string[] = []): FolderWatch {
  const rootSet = new Set([...roots, ...shallow]);
  const shallowSet = new Set(shallow);
  const watchers = new Map<string, FSWatcher>();
  const unwatch = (dir: string) => (shallowSet.has(dir) ? closeOne : closeUnder)(watchers, dir);
  const watchTree = (dir: string) => (shallowSet.has(dir) ? [dir] : foldersUnder(dir)).forEach((f) => watchOne(f));
  const watchOne = (folder: string) => {
    if (watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (_event, name) => {
        const file = name ? path.join(folder, name.toString()) : folder;
        // The folder itself moved away, back or removed: the system names it by its own name, as it would an entry
        // of that name inside it ("articles/articles" for articles/ restored). It is told as itself, but for a folder
        // under a root that is gone, which the watcher of the folder above tells of.
        if (name && isOwnEvent(folder, file)) {
          // A root gone is watched for again: made anew, it is another folder, which no watcher sees.
          if (rootSet.has(folder) && !isFolder(folder)) watchRoot(folder);
          if (rootSet.has(folder) || isFolder(folder)) onChange(folder);
          return;
        }
        // A folder made (or moved in) under a root watched whole is watched; one removed (or moved away) is watched no
        // more. One named again may have been removed and made again (its inode number too may be the same), which
        // the watcher of the one removed does not see: it is watched anew.
        if (name && !shallowSet.has(folder) && watchers.has(file)) unwatch(file);
        if (name && !shallowSet.has(folder) && isFolder(file) && !path.basename(file).startsWith('.')) watchTree(file);
        onChange(file);
      });
    } catch {
      return; // removed since it was listed
    }
    watcher.on('error', () => unwatch(folder));
    watchers.set(folder, watcher);
  };
  // Roots missing, each watched for from the nearest folder above it that exists (the archive's folder may be gone
  // too: removed with its articles, then restored from a backup), from nearer as those above it are made.
  const waiting = new Map<string, FSWatcher>();
  const watchRoot = (root: string) => {
    unwatch(root);
    if (isFolder(root)) return watchTree(root);
    if (waiting.has(root)) return;
    const above = nearestFolderAbove(root);
    let done = false;
    const changed = () => {
      if (done || watchers.has(root) || (!isFolder(root) && nearestFolderAbove(root) === above)) return;
      done = true;
      watcher.close();
      waiting.delete(root);
      watchRoot(root);
      if (watchers.has(root)) onChange(root);
    };
    const watcher = watch(above, changed);
    waiting.set(root, watcher);
    // Made, or a folder above it made or removed, while the watcher was being set.
    changed();
  };
  for (const root of rootSet) watchRoot(root);
  return { close: () => closeAll(watchers, waiting) };
}
