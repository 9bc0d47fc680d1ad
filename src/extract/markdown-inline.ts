import type { Block } from '../types.ts';

/**
 * Extract stage: the Markdown a scraper leaves in a text file ("**bold**", "_italics_", "[Source](https://…)",
 * "`code`", "<excerpt/>", "---" rules) reduced to the words a reader sees. Pure.
 */

/** A thematic break: three or more "-", "*" or "_" alone on a line, possibly spaced. */
const RULE = /^(?:-[ \t]*){3,}$|^(?:\*[ \t]*){3,}$|^(?:_[ \t]*){3,}$/;
/**
 * An image and a link: their text holds no "[" either, so that a run of "[" is passed over once, not read to its end
 * again from each of its brackets (a line of 16,000 took 160 ms, four times as long as one of 8,000).
 */
const IMAGE = /!\[[^[\]\n]*\]\([^)\s]*\)/g;
const LINK = /\[([^[\]\n]+)\]\((?:https?:\/\/|\/|#|mailto:)[^)\s]*\)/g;
const STRONG = /\*\*(?=\S)([^*\n]+?)\*\*|__(?=\S)([^_\n]+?)__/g;
/** Emphasis by single "_" or "*": opened at a word's start and closed at a word's end (not snake_case names). */
const EMPHASIS = /(^|[\s(“"‘'])([_*])(?=\S)([^_*\n]+?)\2(?=$|[\s).,;:!?”"’'])/g;
const CODE = /`([^`'\n]+)`/g;
const EXCERPT_TAG = /<\/?excerpt\s*\/?>/gi;
/** Cheap pre-check: a line without these characters holds no Markdown to remove. */
const MAY_HOLD_MARKDOWN = /[*_`[<]/;

/** True for a Markdown rule ("---") or a Jekyll excerpt separator ("<excerpt/>"): a break, holding no text. */
export function isMarkdownSeparator(line: string): boolean {
  const text = line.trim();
  return RULE.test(text) || text.replace(EXCERPT_TAG, '') === '';
}

/** A line's text without inline Markdown: link and emphasis marks gone, their words kept; images gone. */
export function plainMarkdownText(text: string): string {
  if (!MAY_HOLD_MARKDOWN.test(text)) return text;
  const plain = text
    .replace(EXCERPT_TAG, '')
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(STRONG, (_match, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(EMPHASIS, '$1$3')
    .replace(CODE, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return plain;
}

/** A block of the article's text as a reader sees it: its inline Markdown removed (`plainMarkdownText`). */
export function plainMarkdownBlock(block: Block): Block {
  return block.kind === 'list'
    ? { ...block, items: block.items.map(plainMarkdownText).filter(Boolean) }
    : { ...block, text: plainMarkdownText(block.text) };
}
