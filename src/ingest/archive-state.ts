/** Ingest: what an archive already holds (originals' hashes, article names, texts for duplicate checks). Reads the disk. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { addToIndex, createDuplicateIndex, fingerprintText, type DuplicateIndex } from '../dedupe/index.ts';
import { extractArticle } from '../extract/index.ts';
import { hashBytes, isRejection, listArticleFiles, parseFrontMatter, readArticle } from '../read/index.ts';
import { readArticleBytes } from '../read/read-article.ts';

export interface ArchiveState {
  /** sha256 of every original already in the archive → the article file that holds it. */
  known: Map<string, string>;
  /**
   * Names in use under articles/ (relative to it), in lower case: article files, and the entries the build does not
   * read. A name that differs by case alone is the same file on a disk that ignores case (macOS's, Windows').
   */
  taken: Set<string>;
  /** The archive's articles, by file, for duplicate checks. */
  index: DuplicateIndex<string>;
}

/** The sha256 an ingested Markdown file records for its original, if it records one. */
function recordedOriginal(text: string): string | null {
  try {
    const original = (parseFrontMatter(text)?.data as { original?: { sha256?: unknown } } | null)?.original;
    return typeof original?.sha256 === 'string' ? original.sha256 : null;
  } catch {
    return null;
  }
}

/** Reads the articles of an archive: a file counts as known by its own hash and by the original it records. */
export function loadArchiveState(contentDir: string): ArchiveState {
  const state: ArchiveState = { known: new Map(), taken: new Set(), index: createDuplicateIndex() };
  const articlesDir = path.join(contentDir, 'articles');
  if (!existsSync(articlesDir)) return state;
  const listed = listArticleFiles(articlesDir);
  // A name the build does not read (a symbolic link, a file of another type) is still the archivist's.
  for (const entry of listed.skipped) state.taken.add(entry.file.toLowerCase());
  for (const file of listed.files) {
    state.taken.add(file.toLowerCase());
    // A file the build rejects unread (too large, unreadable) holds no story to compare with; its name stays taken.
    const bytes = readArticleBytes(path.join(articlesDir, file), file);
    if (isRejection(bytes)) continue;
    state.known.set(hashBytes(bytes), file);
    const raw = readArticle(file, bytes);
    if (isRejection(raw)) continue;
    const original = raw.format === 'markdown' ? recordedOriginal(new TextDecoder().decode(bytes)) : null;
    if (original) state.known.set(original, file);
    addToIndex(state.index, file, fingerprintText(extractArticle(raw, { retrieved: null }).text));
  }
  return state;
}
