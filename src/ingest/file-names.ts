/** Ingest: names of the files ingest writes: articles by date and slug, originals by hash. Pure. */
import path from 'node:path';
import { slugify } from '../slugify.ts';
import type { PublicationDate } from '../types.ts';
import { formatFrontMatterDate } from './article-markdown.ts';

/**
 * The article's file name under articles/: "2024-06-20-xi-meets-lavrov.md" ("2024-06-…" or "2024-…" for a
 * coarser date, "undated-…" without one). A name already taken (`taken`: in lower case, whatever the case of the
 * file there) gets the start of the original's hash.
 */
export function articleFileName(
  article: { title: string; date: PublicationDate | null },
  sha256: string,
  taken: ReadonlySet<string>,
): string {
  const base = `${article.date ? formatFrontMatterDate(article.date) : 'undated'}-${slugify(article.title)}`;
  const name = `${base}.md`;
  return taken.has(name.toLowerCase()) ? `${base}-${sha256.slice(0, 8)}.md` : name;
}

/** Where the original is kept, relative to the archive folder: sources/<sha256><its extension>. */
export function sourceFileName(sha256: string, originalName: string): string {
  const ext = path.extname(originalName).toLowerCase();
  return `sources/${sha256}${/^\.[a-z0-9]{1,8}$/.test(ext) ? ext : '.txt'}`;
}
