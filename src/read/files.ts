/**
 * Read stage: finds the article files of an archive, and names a file's format and hash. Touches the disk. Loads no
 * library: a build that takes every article from the cache hashes files without loading the decoders.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Rejection, SourceFormat } from '../types.ts';

/** How a file is read, by its extension. */
export function formatOf(file: string): SourceFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'text';
}

/** The sha256 of a file's bytes, in hex: what the analysis cache and the stat index know a file by. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Extensions the pipeline reads as articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

export interface ArticleFiles {
  /** Paths relative to the articles folder, forward slashes, sorted. */
  files: string[];
  /**
   * Entries that were seen but are not read, with the reason: symbolic links, other file types, folders that
   * cannot be listed. Hidden entries (names starting with ".") are not listed at all.
   */
  skipped: Rejection[];
}

/** A symbolic link under the articles folder, or standing for it: never followed, and said so. */
const symlinkRejection = (file: string): Rejection => ({
  file,
  code: 'symlink',
  reason: 'symbolic link: not followed',
});

/**
 * Whether the entry listed as `file` is not there by that name: its name's bytes are not UTF-8, which the listing shows
 * with U+FFFD, so no file of that name can be opened (one whose name holds U+FFFD itself can).
 */
const isNameNotUtf8 = (file: string) => file.includes('\ufffd') && !lstatSync(file, { throwIfNoEntry: false });

/**
 * Lists article files under `dir`, recursively. Symbolic links are never followed, `dir` itself included: a link there
 * is listed as skipped (".") rather than read as an empty folder, which would publish a site of no articles without a
 * word.
 */
export function listArticleFiles(dir: string): ArticleFiles {
  const files: string[] = [];
  const skipped: Rejection[] = [];
  const walk = (relative: string) => {
    let entries;
    try {
      entries = readdirSync(path.join(dir, relative), { withFileTypes: true });
    } catch (error) {
      skipped.push({
        file: relative || '.',
        code: 'unreadable',
        reason: `folder cannot be listed: ${(error as Error).message}`,
      });
      return;
    }
    for (const entry of entries) {
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.name.startsWith('.')) continue;
      if (isNameNotUtf8(path.join(dir, rel))) {
        skipped.push({
          file: rel,
          code: 'unreadable',
          reason: 'name is not valid UTF-8 (shown here with \ufffd), so it cannot be opened: rename it',
        });
      } else if (entry.isSymbolicLink()) {
        skipped.push(symlinkRejection(rel));
      } else if (entry.isDirectory()) {
        walk(rel);
      } else if (entry.isFile()) {
        if (ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) files.push(rel);
        else
          skipped.push({
            file: rel,
            code: 'extension',
            reason: `not an article file (${path.extname(entry.name) || 'no extension'})`,
          });
      } else {
        skipped.push({ file: rel, code: 'not-a-file', reason: 'not a regular file (device, socket or pipe)' });
      }
    }
  };
  const root = lstatSync(dir);
  if (root.isSymbolicLink()) skipped.push(symlinkRejection('.'));
  else if (root.isDirectory()) walk('');
  files.sort();
  return { files, skipped };
}
