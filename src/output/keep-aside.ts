/**
 * Output: keeps aside a file of the archivist's at a path the new site takes with its own (a page they wrote by hand
 * where an article's tag now brings the build's): it stays in the new site, beside that path, under a name that says
 * it was kept aside, and the previous site is left as it is. Touches the disk.
 */
import {
  chmodSync,
  chownSync,
  constants,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  utimesSync,
} from 'node:fs';
import path from 'node:path';

/** A file kept aside: its path, and the one it is kept at in the new site, relative to the site. */
export interface KeptAside {
  file: string;
  keptAs: string;
}

/**
 * The name a file is kept aside under, at its `attempt`th try: `countries/xx/index.html` →
 * `countries/xx/index.kept-aside.html`, then `index.kept-aside-2.html`…; `countries/xx` → `countries/xx.kept-aside`.
 */
export function keptAsideName(file: string, attempt: number): string {
  const extension = path.posix.extname(file);
  return `${file.slice(0, file.length - extension.length)}.kept-aside${attempt > 1 ? `-${attempt}` : ''}${extension}`;
}

/**
 * Whether `a` and `b` are the same entry: one inode under two names, two files of the same bytes, two links to the
 * same place, or two folders of the same names holding the same entries (a folder and its copy).
 */
function isSameEntry(a: string, b: string): boolean {
  const one = lstatSync(a);
  const two = lstatSync(b);
  if (one.dev === two.dev && one.ino === two.ino) return true;
  if (one.isFile() && two.isFile()) return one.size === two.size && readFileSync(a).equals(readFileSync(b));
  if (one.isSymbolicLink() && two.isSymbolicLink()) return readlinkSync(a) === readlinkSync(b);
  if (!one.isDirectory() || !two.isDirectory()) return false;
  const names = readdirSync(a).sort();
  const others = readdirSync(b).sort();
  return (
    names.length === others.length &&
    names.every((name, i) => name === others[i] && isSameEntry(path.join(a, name), path.join(b, name)))
  );
}

/**
 * Links the file or symbolic link `from` at `to`, so that it keeps its owner, permissions, times, access list,
 * extended attributes and its other links; where links fail (across disks), a file is copied with its permissions and
 * times, a symbolic link made anew.
 */
function linkEntry(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    const entry = lstatSync(from);
    if (entry.isSymbolicLink()) return symlinkSync(readlinkSync(from), to);
    copyFileSync(from, to, constants.COPYFILE_EXCL);
    utimesSync(to, entry.atime, entry.mtime);
  }
}

/**
 * Makes the folder `from` again at `to`, `from` staying as it is: its files and links linked (`linkEntry`), its folders
 * made with their permissions, times and, where this user may give them, their owner and group.
 */
function linkFolder(from: string, to: string): void {
  const folder = lstatSync(from);
  mkdirSync(to, { mode: 0o700 });
  for (const name of readdirSync(from)) copyEntry(path.join(from, name), path.join(to, name));
  for (const owner of [folder.uid, -1]) {
    try {
      chownSync(to, owner, folder.gid);
      break;
    } catch {
      // Not allowed: tried again with the group alone, then left.
    }
  }
  chmodSync(to, folder.mode & 0o7777);
  utimesSync(to, folder.atime, folder.mtime);
}

/** Puts at `to` what is at `from`, which stays: a file or a link linked (`linkEntry`), a folder made again. */
export function copyEntry(from: string, to: string): void {
  if (lstatSync(from).isDirectory()) linkFolder(from, to);
  else linkEntry(from, to);
}

/**
 * Keeps the entry `file` of the site in `fromDir` aside in the site in `toDir` (`copyEntry`), at the first name
 * `keptAsideName` gives that neither site has, or the one it is kept under already (by the swap's first read, or by a
 * build killed before it could say so); null when it is gone.
 */
export function keepAside(fromDir: string, toDir: string, file: string): KeptAside | null {
  const from = path.join(fromDir, file);
  for (let attempt = 1; ; attempt++) {
    const keptAs = keptAsideName(file, attempt);
    const to = path.join(toDir, keptAs);
    if (lstatSync(to, { throwIfNoEntry: false })) {
      if (isSameEntry(from, to)) return { file, keptAs };
      continue;
    }
    // A file the archivist keeps under that name in the previous site moves into the new one.
    if (lstatSync(path.join(fromDir, keptAs), { throwIfNoEntry: false })) continue;
    try {
      copyEntry(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return { file, keptAs };
  }
}
