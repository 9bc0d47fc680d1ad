/** Archive stage: the one-sentence summary lists show under an article's headline. Pure. */
import { splitSentences } from '../tag/sentences.ts';
import type { Block } from '../types.ts';

/** Longest summary, in characters: two lines of a list at desktop width, four on a phone. */
const MAX_SUMMARY_CHARS = 220;
/** Fewest words a sentence needs to stand for the article: shorter ones are datelines, credits or captions. */
const MIN_SUMMARY_WORDS = 6;

/** `text` cut at a word before `MAX_SUMMARY_CHARS`, with an ellipsis, when longer. */
function shorten(text: string): string {
  if (text.length <= MAX_SUMMARY_CHARS) return text;
  const cut = text.slice(0, MAX_SUMMARY_CHARS - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_SUMMARY_CHARS / 2)).replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * The article's description when it has one (the standfirst its page or front matter gives), else the first
 * sentence of its text that is long enough to say something and is not the headline again.
 */
export function summarize(article: { title: string; blocks: Block[]; description?: string | null }): string {
  if (article.description?.trim()) return shorten(article.description.trim());
  const title = article.title.trim().toLowerCase();
  for (const block of article.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'quote') continue;
    for (const { text } of splitSentences(block.text)) {
      if (text.split(/\s+/).length >= MIN_SUMMARY_WORDS && text.toLowerCase() !== title) return shorten(text);
    }
  }
  return '';
}
