/** Ingest: article blocks → Markdown that reads back to the same blocks and text. Pure. */
import type { Block } from '../types.ts';

/**
 * Characters Markdown (as markdown-it reads it, with tables and strikethrough) could take for markup inside a
 * line: emphasis, code, links, HTML, entities, table cells. Escaped with a backslash wherever they stand.
 */
const INLINE_MARKUP = /[\\`*_[\]<>&|~]/g;
/** Line starts that would open a heading, quote, list or thematic break. */
const BLOCK_START = /^(#|>|[-+=]|\d+[.)])/;

/** Escapes a line of text so Markdown shows it as written. */
export function escapeMarkdown(text: string): string {
  const escaped = text.replace(/\s+/g, ' ').trim().replace(INLINE_MARKUP, '\\$&');
  return escaped.replace(BLOCK_START, (start) => (/^\d/.test(start) ? start.replace(/([.)])$/, '\\$1') : `\\${start}`));
}

/** One block as Markdown. */
function blockToMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `## ${escapeMarkdown(block.text)}`;
    case 'quote':
      return `> ${escapeMarkdown(block.text)}`;
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${escapeMarkdown(item)}`).join('\n');
    default:
      return escapeMarkdown(block.text);
  }
}

/** The article body as Markdown: blocks separated by blank lines. */
export function blocksToMarkdown(blocks: Block[]): string {
  return blocks.map(blockToMarkdown).join('\n\n');
}
