/** Measuring: the files of a folder, and their contents' hashes, to compare two sites (or two states of one) whole. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, relative with forward slashes, sorted; symbolic links are listed, not followed. */
export function listFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((entry) => {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(dir, child) : [child];
    })
    .sort();
}

/** Every file under `dir` with the sha256 of its bytes. */
export function snapshotTree(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );
}
