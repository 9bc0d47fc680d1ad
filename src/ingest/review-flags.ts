/** Ingest: what about an analysed article needs a human look before it is trusted. Pure. */
import type { AnalyzedArticle } from '../types.ts';

/**
 * Title lengths, in words, outside which a headline is probably a fragment or a paragraph taken for a title.
 * Chosen from the corpus headlines, which run from 3 to about 20 words.
 */
const TITLE_WORDS = { min: 3, max: 20 };

/** Reasons to look at an article: undated, no actors found, a title the extractor was not sure of. */
export function reviewFlags(article: AnalyzedArticle): string[] {
  const flags: string[] = [];
  if (!article.date) flags.push(article.dateText ? `undated (page says "${article.dateText}")` : 'undated');
  if (!article.actors.some((a) => !a.discovered)) flags.push('no actors found');
  const words = article.title.split(/\s+/).filter(Boolean).length;
  const noTitle = article.diagnostics.some((d) => d.code === 'no-title');
  if (noTitle || words < TITLE_WORDS.min || words > TITLE_WORDS.max || /(\.\.\.|…)$/.test(article.title))
    flags.push('low-confidence title');
  if (!article.blocks.length) flags.push('no article text');
  return flags;
}
