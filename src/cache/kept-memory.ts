/**
 * Cache: what the last build with this cache folder kept of its work for the next build process to update where
 * few articles changed, rather than do it again for every article (the related articles' candidates: see
 * `RelatedMemory` in `src/archive/related.ts`; the duplicate groups: `DedupeMemory` in `src/dedupe/`). One file per
 * kind and articles folder, under the fingerprint of the code that made it; a file of other code, or one that
 * cannot be read, is ignored. Touches the disk.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { asciiJsonBytes, decodeText } from './ascii-text.ts';

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
    const stored = JSON.parse(decodeText(readFileSync(fileFor(cacheDir, articlesDir, kind)))) as StoredFile;
    if (stored.fingerprint === fingerprint) return stored.memory;
  } catch {
    // None kept, or unreadable: the work is done for every article.
  }
  return null;
}

/**
 * Keeps `memory` (as JSON, made now) for the next build of `articlesDir`, written in the background through a
 * temporary file: resolves once it is in place, or could not be written, which only costs the next build the work.
 */
export async function saveKeptMemory(
  cacheDir: string,
  articlesDir: string,
  kind: string,
  fingerprint: string,
  memory: unknown,
): Promise<void> {
  const file = fileFor(cacheDir, articlesDir, kind);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const bytes = asciiJsonBytes({ fingerprint, memory } satisfies StoredFile);
    mkdirSync(cacheDir, { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch {
    // Kept only to spare work.
  }
}
