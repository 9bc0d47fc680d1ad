/** Extract stage: a RawArticle → its clean text and metadata, front matter first, then what the page says. */
import type { Diagnostic, ExtractedArticle, RawArticle } from '../types.ts';
import { blocksToText } from './blocks.ts';
import { extractFromText, type ExtractOptions } from './extract-text.ts';
import { extractFromHtml } from './html.ts';
import { extractFromMarkdown } from './markdown.ts';

export { extractFromText, type ExtractOptions } from './extract-text.ts';
export { blocksToText, buildBlocks } from './blocks.ts';
export { repairText } from './repair.ts';
export { findDateInLine } from './date.ts';
export { extractFromHtml } from './html.ts';
export { parseByline, parseSourceLine } from './byline.ts';

/** Extraction options for a whole build. */
export interface ExtractSettings {
  /** Retrieval date used for relative dates when the article's front matter gives none. */
  retrieved: string | null;
}

/**
 * Extracts an article. Markdown is taken as curated: its body is parsed as Markdown and not cleaned.
 * Raw text goes through boilerplate removal; a saved web page through Readability and its own markup.
 * Front matter wins over all of them.
 */
export function extractArticle(raw: RawArticle, settings: ExtractSettings): ExtractedArticle {
  const options: ExtractOptions = { retrieved: raw.frontMatter.retrieved ?? settings.retrieved };
  const found =
    raw.format === 'markdown'
      ? extractFromMarkdown(raw.body)
      : raw.format === 'html'
        ? extractFromHtml(raw.body, options)
        : extractFromText(raw.body, options);
  const fm = raw.frontMatter;
  const diagnostics: Diagnostic[] = [];
  const title = fm.title ?? found.title;
  if (!title) diagnostics.push({ level: 'warning', stage: 'extract', code: 'no-title', message: 'no headline found' });
  if (!found.blocks.length) {
    diagnostics.push({
      level: 'warning',
      stage: 'extract',
      code: 'no-body',
      message: 'no article text left after cleaning',
    });
  }
  return {
    ...found,
    title: title || 'Untitled',
    date: fm.date ?? found.date,
    dateText: fm.date ? null : found.dateText,
    author: fm.author ?? found.author,
    source: fm.source ?? found.source,
    text: found.text || blocksToText(found.blocks),
    diagnostics,
  };
}
