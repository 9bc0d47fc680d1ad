/** Ingest: an analysed article → a Markdown file whose front matter holds what was found, for the archivist to edit. Pure. */
import { dump, JSON_SCHEMA } from 'js-yaml';
import type { AnalyzedArticle, PublicationDate } from '../types.ts';
import { blocksToMarkdown } from './markdown-text.ts';

/** Where an ingested article came from. */
export interface IngestOrigin {
  /** The original file's name as given ("saved-page.html", or "stdin"). */
  file: string;
  /** sha256 of the original's bytes: what makes ingesting it again a no-op. */
  sha256: string;
  /** Where the original is kept, relative to the archive folder ("sources/<sha256>.html"). */
  kept: string;
  /** The retrieval date written into the front matter (YYYY-MM-DD). */
  retrieved: string;
}

/** A date as front matter writes it: its form carries its precision (2024-06-20, 2024-06, 2024). */
export function formatFrontMatterDate(date: PublicationDate): string {
  return date.precision === 'day' ? date.iso : date.precision === 'month' ? date.iso.slice(0, 7) : date.iso.slice(0, 4);
}

/**
 * Renders the Markdown file. Tags are written as a starting point: primary countries, known actors and topics,
 * which the build adds back even if the tagger changes; "-id" entries remove a tag (see README).
 */
export function renderArticleMarkdown(article: AnalyzedArticle, origin: IngestOrigin): string {
  const data: Record<string, unknown> = { title: article.title };
  if (article.date) data.date = formatFrontMatterDate(article.date);
  if (article.author) data.author = article.author;
  if (article.source) data.source = article.source;
  data.retrieved = origin.retrieved;
  data.countries = article.countries.filter((c) => c.primary).map((c) => c.code);
  data.actors = article.actors.filter((a) => !a.discovered).map((a) => a.id);
  data.topics = article.topics.map((t) => t.id);
  data.original = { file: origin.file, sha256: origin.sha256, kept: origin.kept };
  // The JSON schema quotes only what would read back as another type, so dates stay plain and read as dates.
  const frontMatter = dump(data, { lineWidth: -1, schema: JSON_SCHEMA });
  return `---\n${frontMatter}---\n${blocksToMarkdown(article.blocks)}\n`;
}
