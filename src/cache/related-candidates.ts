/**
 * Cache: the candidates for related articles of the last archive model built with this cache folder (one file per
 * articles folder), for the next build process to update where few articles changed rather than score every
 * article again (see `RelatedMemory` in `src/archive/related.ts`). Kept under the fingerprint of the code that
 * scores them; a file of other code, or one that cannot be read, is ignored. Touches the disk.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  createRelatedMemory,
  restoreRelatedMemory,
  storeRelatedMemory,
  type RelatedMemory,
  type StoredRelatedMemory,
} from '../archive/index.ts';

interface StoredFile {
  fingerprint: string;
  memory: StoredRelatedMemory;
}

function fileFor(cacheDir: string, articlesDir: string): string {
  const name = createHash('sha256').update(path.resolve(articlesDir)).digest('hex').slice(0, 20);
  return path.join(cacheDir, `related-${name}.json`);
}

/** The candidates kept for `articlesDir` by code of `fingerprint`, or an empty memory. */
export function loadRelatedCandidates(cacheDir: string, articlesDir: string, fingerprint: string): RelatedMemory {
  try {
    const stored = JSON.parse(readFileSync(fileFor(cacheDir, articlesDir), 'utf8')) as StoredFile;
    if (stored.fingerprint === fingerprint) return restoreRelatedMemory(stored.memory);
  } catch {
    // None kept, or unreadable: every article is scored.
  }
  return createRelatedMemory();
}

/** Keeps `memory` for the next build of `articlesDir`; a failure to write only costs that build the scoring. */
export function saveRelatedCandidates(
  cacheDir: string,
  articlesDir: string,
  fingerprint: string,
  memory: RelatedMemory,
): void {
  const file = fileFor(cacheDir, articlesDir);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ fingerprint, memory: storeRelatedMemory(memory) } satisfies StoredFile));
    renameSync(temporary, file);
  } catch {
    // Kept only to spare work.
  }
}
