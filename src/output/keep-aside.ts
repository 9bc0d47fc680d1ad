/**
 * Output: keeps aside a file of the archivist's at a path the new site takes with its own (a page they wrote by hand
 * where an article's tag now brings the build's): it stays in the new site, beside that path, under a name that says
 * it was kept aside, and the previous site is left as it is. Touches the disk.
 */
import { constants, copyFileSync, linkSync, lstatSync, readFileSync } from 'node:fs';
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

/** Whether `a` and `b` are the same file: one inode under two names, or two files of the same bytes. */
function isSameFile(a: string, b: string): boolean {
  const one = lstatSync(a);
  const two = lstatSync(b);
  if (one.dev === two.dev && one.ino === two.ino) return true;
  return one.isFile() && two.isFile() && one.size === two.size && readFileSync(a).equals(readFileSync(b));
}

/**
 * Keeps the file `file` of the site in `fromDir` aside in the site in `toDir`: linked (where links fail, copied) at
 * the first name `keptAsideName` gives that neither site has; null when it is there already under such a name, or
 * it is gone.
 */
export function keepAside(fromDir: string, toDir: string, file: string): KeptAside | null {
  const from = path.join(fromDir, file);
  for (let attempt = 1; ; attempt++) {
    const keptAs = keptAsideName(file, attempt);
    const to = path.join(toDir, keptAs);
    if (lstatSync(to, { throwIfNoEntry: false })) {
      if (isSameFile(from, to)) return null;
      continue;
    }
    // A file the archivist keeps under that name in the previous site moves into the new one.
    if (lstatSync(path.join(fromDir, keptAs), { throwIfNoEntry: false })) continue;
    try {
      linkSync(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      copyFileSync(from, to, constants.COPYFILE_EXCL);
    }
    return { file, keptAs };
  }
}
