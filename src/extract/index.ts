/** Extract stage: a RawArticle → its clean text and metadata, as the page gives them. */
import type { Diagnostic, ExtractedArticle, RawArticle } from '../types.ts';
import { blocksToText } from './blocks.ts';
import { extractFromText, type ExtractOptions } from './extract-text.ts';
import { extractFromHtml } from './html.ts';
import { extractFromMarkdown } from './markdown.ts';
import { stripSiteName } from './title.ts';

export { extractFromText, type ExtractOptions } from './extract-text.ts';
export { blocksToText, buildBlocks } from './blocks.ts';
export { repairText } from './repair.ts';
export { findDateInLine } from './date.ts';
export { extractFromHtml } from './html.ts';
export { parseByline, parseSourceLine } from './byline.ts';

/** The code of the warning for a page with no headline. */
export const NO_TITLE = 'no-title';

/**
 * Extracts an article: what the page says. Markdown is taken as curated: its body is parsed as Markdown and not
 * cleaned. Raw text goes through boilerplate removal; a saved web page through Readability and its own markup.
 * Front matter is not read here: `src/analyze/front-matter.ts` lays it over the result; but a page with no headline
 * of its own takes the `<title>` a crawler's header gives (`pageTitle`), less the site's name after it ("… - ICIJ"
 * on icij.org). A page with neither is "Untitled", with a warning.
 */
export function extractArticle(raw: RawArticle, options: ExtractOptions): ExtractedArticle {
  const found =
    raw.format === 'markdown'
      ? extractFromMarkdown(raw.body)
      : raw.format === 'html'
        ? extractFromHtml(raw.body, options)
        : extractFromText(raw.body, options);
  const { pageTitle, sourceUrl } = raw.frontMatter;
  const title = found.title || (pageTitle ? stripSiteName(pageTitle, sourceUrl ?? null) : '');
  const diagnostics: Diagnostic[] = [];
  if (!title) diagnostics.push({ level: 'warning', stage: 'extract', code: NO_TITLE, message: 'no headline found' });
  if (!found.blocks.length) {
    diagnostics.push({
      level: 'warning',
      stage: 'extract',
      code: 'no-body',
      message: 'no article text left after cleaning',
    });
  }
  return { ...found, title: title || 'Untitled', text: found.text || blocksToText(found.blocks), diagnostics };
}
