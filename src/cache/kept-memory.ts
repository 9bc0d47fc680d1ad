/**
 * Cache: what the last build with this cache folder kept of its work for the next build process to update where
 * few articles changed, rather than do it again for every article (the related articles' candidates: see
 * `RelatedMemory` in `src/archive/related.ts`; the duplicate groups: `DedupeMemory` in `src/dedupe/`). One file per
 * kind and articles folder, under the fingerprint of the code that made it; a file of other code, or one that
 * cannot be read, is ignored. Touches the disk.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface StoredFile {
  fingerprint: string;
  memory: unknown;
}

function fileFor(cacheDir: string, articlesDir: string, kind: string): string {
  const name = createHash('sha256').update(path.resolve(articlesDir)).digest('hex').slice(0, 20);
  return path.join(cacheDir, `${kind}-${name}.json`);
}

/** The memory of `kind` kept for `articlesDir` by code of `fingerprint`, as JSON gave it back, or null. */
export function loadKeptMemory(cacheDir: string, articlesDir: string, kind: string, fingerprint: string): unknown {
  try {
    const stored = JSON.parse(readFileSync(fileFor(cacheDir, articlesDir, kind), 'utf8')) as StoredFile;
    if (stored.fingerprint === fingerprint) return stored.memory;
  } catch {
    // None kept, or unreadable: the work is done for every article.
  }
  return null;
}

/** Keeps `memory` (as JSON) for the next build of `articlesDir`; a failure to write only costs that build the work. */
export function saveKeptMemory(
  cacheDir: string,
  articlesDir: string,
  kind: string,
  fingerprint: string,
  memory: unknown,
): void {
  const file = fileFor(cacheDir, articlesDir, kind);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ fingerprint, memory } satisfies StoredFile));
    renameSync(temporary, file);
  } catch {
    // Kept only to spare work.
  }
}
