/**
 * Output: keeps aside a file of the archivist's at a path the new site takes with its own (a page they wrote by hand
 * where an article's tag now brings the build's): it stays in the new site, beside that path, under a name that says
 * it was kept aside, and the previous site is left as it is. Touches the disk.
 */
import { constants, copyFileSync, cpSync, linkSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
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

/** Puts at `to` what is at `from`, which stays: a file linked (where links fail, copied), a folder copied whole. */
export function copyEntry(from: string, to: string): void {
  if (lstatSync(from).isDirectory()) {
    cpSync(from, to, {
      recursive: true,
      errorOnExist: true,
      force: false,
      preserveTimestamps: true,
      verbatimSymlinks: true,
    });
    return;
  }
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    copyFileSync(from, to, constants.COPYFILE_EXCL);
  }
}

/**
 * Keeps the entry `file` of the site in `fromDir` aside in the site in `toDir`: a file linked (where links fail,
 * copied), a folder copied whole, at the first name `keptAsideName` gives that neither site has, or the one it is kept
 * under already (by the swap's first read, or by a build killed before it could say so); null when it is gone.
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
