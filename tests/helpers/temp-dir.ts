/**
 * Temporary folders for tests, each deleted when the process that ran the test exits, whether its tests passed or
 * not (the test runner runs many test files in one process).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];

process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Makes an empty folder under the system's temporary folder, named from `prefix`, deleted at the process's exit. */
export function makeTempDir(prefix = 'news-archive-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
