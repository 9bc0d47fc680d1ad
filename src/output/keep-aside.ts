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
import { reachStopPoint } from './kill-point.ts';

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
 * made with their permissions, times and, where this user may give them, their owner and group. A copy begun at `to`
 * by a build killed in the middle of it (`isBegunCopyOf`) is finished: what it holds stays, the rest is made.
 */
function linkFolder(from: string, to: string): void {
  const folder = lstatSync(from);
  if (!lstatSync(to, { throwIfNoEntry: false })) mkdirSync(to, { mode: 0o700 });
  for (const name of readdirSync(from)) {
    const there = lstatSync(path.join(to, name), { throwIfNoEntry: false });
    if (!there || there.isDirectory()) copyEntry(path.join(from, name), path.join(to, name));
    reachStopPoint('keep-aside');
  }
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

/**
 * Whether the folder `to` is a copy of the folder `from` that `linkFolder` began and did not finish (a build killed
 * in the middle of it): every entry it holds is `from`'s of that name, the same file by a link or the same link, or
 * such a begun copy of `from`'s folder. Nothing in it is lost when it is finished: its files are `from`'s own.
 */
function isBegunCopyOf(to: string, from: string): boolean {
  const copy = lstatSync(to);
  const original = lstatSync(from);
  if (!copy.isDirectory() || !original.isDirectory()) return false;
  const names = new Set(readdirSync(from));
  return readdirSync(to).every((name) => {
    if (!names.has(name)) return false;
    const [a, b] = [path.join(to, name), path.join(from, name)];
    const [entry, its] = [lstatSync(a), lstatSync(b)];
    if (entry.isDirectory()) return isBegunCopyOf(a, b);
    if (entry.isSymbolicLink()) return its.isSymbolicLink() && readlinkSync(a) === readlinkSync(b);
    return entry.dev === its.dev && entry.ino === its.ino;
  });
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
      // Begun by a build killed while it made it: finished, not made a second time beside it.
      if (!isBegunCopyOf(to, from)) continue;
      linkFolder(from, to);
      return { file, keptAs };
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
