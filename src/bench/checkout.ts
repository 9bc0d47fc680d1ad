/** Bench: the code of another commit, to build or measure beside the working tree's. Runs git and npm. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../build/index.ts';

/**
 * A checkout of `rev` under `work` (the working tree itself when `rev` is null), its packages those of the working
 * tree when its package-lock.json is the same, else installed.
 */
export function checkout(rev: string | null, work: string, name: string): string {
  if (rev === null) return REPO_ROOT;
  const dir = path.join(work, name);
  mkdirSync(dir);
  execFileSync('sh', ['-c', `git archive "$1" | tar -x -C "$2"`, 'sh', rev, dir], { cwd: REPO_ROOT });
  const sameLock =
    readFileSync(path.join(dir, 'package-lock.json'), 'utf8') ===
    readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8');
  if (sameLock) symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  else execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' });
  return dir;
}
