/** Ingest: new files (saved pages, pasted text, a scraper's folder) → clean Markdown articles with their originals kept. */
export { loadArchiveState, type ArchiveState } from './archive-state.ts';
export { formatFrontMatterDate, renderArticleMarkdown, type IngestOrigin } from './article-markdown.ts';
export { articleFileName, sourceFileName } from './file-names.ts';
export { formatIngestTable } from './format-table.ts';
export { blocksToMarkdown, escapeMarkdown } from './markdown-text.ts';
export { planIngest, type IngestInput, type IngestResult } from './plan-ingest.ts';
export { reviewFlags } from './review-flags.ts';
