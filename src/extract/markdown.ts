/** Extract stage: curated Markdown → blocks. Raw HTML in the Markdown is not passed through. Pure. */
import { markdownParser, type MarkdownParser } from '../libraries.ts';
import type { Block, ExtractedArticle } from '../types.ts';
import { blocksToText } from './blocks.ts';

type Token = ReturnType<MarkdownParser['parse']>[number];

function inlineText(token: Token | undefined): string {
  if (!token?.children) return token?.content ?? '';
  return token.children
    .map((child: Token) =>
      child.type === 'softbreak' || child.type === 'hardbreak'
        ? ' '
        : child.type === 'text' || child.type === 'code_inline'
          ? child.content
          : '',
    )
    .join('')
    .trim();
}

/** Parses Markdown into blocks; a leading level-1 heading is taken as the title. */
export function extractFromMarkdown(body: string): Omit<ExtractedArticle, 'diagnostics'> {
  const tokens = markdownParser().parse(body, {});
  const blocks: Block[] = [];
  let title = '';
  let listStack: Array<Extract<Block, { kind: 'list' }>> = [];
  let quoteDepth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      const list: Extract<Block, { kind: 'list' }> = {
        kind: 'list',
        ordered: token.type === 'ordered_list_open',
        items: [],
      };
      if (listStack.length === 0) blocks.push(list);
      listStack.push(list);
    } else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') {
      listStack = listStack.slice(0, -1);
    } else if (token.type === 'blockquote_open') {
      quoteDepth++;
    } else if (token.type === 'blockquote_close') {
      quoteDepth--;
    } else if (token.type === 'heading_open') {
      const text = inlineText(tokens[i + 1]);
      if (token.tag === 'h1' && !title && blocks.length === 0) title = text;
      else if (text) blocks.push({ kind: 'heading', text });
    } else if (token.type === 'paragraph_open') {
      const text = inlineText(tokens[i + 1]);
      if (!text) continue;
      if (listStack.length) listStack[0]!.items.push(text);
      else blocks.push(quoteDepth > 0 ? { kind: 'quote', text } : { kind: 'paragraph', text });
    } else if (token.type === 'fence' || token.type === 'code_block') {
      if (token.content.trim()) blocks.push({ kind: 'paragraph', text: token.content.trim() });
    }
  }
  return {
    title,
    date: null,
    dateText: null,
    author: null,
    source: null,
    blocks,
    text: blocksToText(blocks),
    removed: [],
  };
}
