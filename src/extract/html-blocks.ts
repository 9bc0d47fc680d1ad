/** Extract stage: the main content's HTML (as Readability leaves it) → blocks, without lists of links to other stories. Pure. */
import type { Block, RemovedBlock } from '../types.ts';
import { countWords } from './lines.ts';

/** Share of a block's text inside links above which the block is a list of other stories, not article text. */
const LINK_SHARE = 0.6;

const HEADING = /^H[1-6]$/;
/** Elements that show a picture or a video. */
const MEDIA = 'img, picture, video, svg';
/**
 * Most words of a picture's box whose text is its caption and credit ("China has warned … (Image: GETTY )",
 * "Image copyright Getty Images"); a box with more holds article text beside its picture.
 */
const MAX_CAPTION_WORDS = 40;
/** Containers that may be a picture's box. */
const PICTURE_BOX = new Set(['DIV', 'FIGURE', 'SECTION', 'SPAN']);
/** Elements whose text is never article text. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'FIGCAPTION',
  'BUTTON',
  'FORM',
  'NAV',
  'ASIDE',
  'SVG',
  'IFRAME',
]);

function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function linkShare(element: Element): number {
  const total = textOf(element).length;
  if (!total) return 0;
  const linked = [...element.querySelectorAll('a')].reduce((sum, a) => sum + textOf(a).length, 0);
  return linked / total;
}

/**
 * The hover cards inside a paragraph: an inline element right after a link that holds a picture and a link itself,
 * which the page shows when the pointer is over the link's name ("Ilhan Omar", then her photo, her name again and
 * headlines of stories about her). Their text is not the paragraph's, and their links would make the paragraph read
 * as a list of other stories. (An inline picture elsewhere, an emoji in a span of the text, is not one.)
 */
function hoverCards(paragraph: Element): Element[] {
  if (!paragraph.querySelector(MEDIA)) return [];
  return [...paragraph.querySelectorAll('span')].filter(
    (span) =>
      span.previousElementSibling?.tagName.toUpperCase() === 'A' &&
      span.querySelector(MEDIA) !== null &&
      span.querySelector('a') !== null,
  );
}

/** A figure, or a box holding a picture, whose few words are the picture's caption and credit. */
function isPictureBox(element: Element, text: string): boolean {
  if (countWords(text) > MAX_CAPTION_WORDS) return false;
  return element.tagName.toUpperCase() === 'FIGURE' || element.querySelector(MEDIA) !== null;
}

export interface HtmlBlocks {
  blocks: Block[];
  removed: RemovedBlock[];
}

/**
 * Walks the content element in document order: paragraphs, headings, quotes and lists become blocks; other
 * containers are walked into. A list or paragraph made mostly of links ("Related stories", "Read more") is
 * dropped, with the heading that introduced it.
 */
export function collectBlocks(root: Element): HtmlBlocks {
  const blocks: Block[] = [];
  const removed: RemovedBlock[] = [];
  const dropLinks = (element: Element) => {
    const last = blocks[blocks.length - 1];
    const heading = last?.kind === 'heading' ? [last.text] : [];
    if (heading.length) blocks.pop();
    removed.push({ text: [...heading, textOf(element)].join('\n'), reason: 'links to other stories' });
  };
  const visit = (element: Element, pending: Node[]) => {
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    const text = textOf(element);
    if (!text) return;
    if (PICTURE_BOX.has(tag) && isPictureBox(element, text)) {
      removed.push({ text, reason: 'caption or credit of a picture' });
    } else if (HEADING.test(tag)) {
      blocks.push({ kind: 'heading', text });
    } else if (tag === 'UL' || tag === 'OL') {
      if (linkShare(element) > LINK_SHARE) return dropLinks(element);
      const items = [...element.children]
        .filter((li) => li.tagName.toUpperCase() === 'LI')
        .map(textOf)
        .filter(Boolean);
      if (items.length) blocks.push({ kind: 'list', ordered: tag === 'OL', items });
    } else if (tag === 'BLOCKQUOTE') {
      blocks.push({ kind: 'quote', text });
    } else if (tag === 'P' || tag === 'PRE') {
      for (const card of hoverCards(element)) {
        if (!element.contains(card)) continue;
        if (textOf(card)) removed.push({ text: textOf(card), reason: 'hover card of a name inside a paragraph' });
        card.remove();
      }
      const paragraph = textOf(element);
      if (!paragraph) return;
      if (linkShare(element) > LINK_SHARE) return dropLinks(element);
      blocks.push({ kind: 'paragraph', text: paragraph });
    } else {
      const children = [...element.childNodes].filter((child) => child.nodeType === 1 || child.nodeType === 3);
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
    }
  };
  // Walked with a list of nodes still to visit rather than by recursion: a page's nesting never grows the stack.
  const pending: Node[] = [...root.children].reverse();
  while (pending.length) {
    const node = pending.pop()!;
    if (node.nodeType === 1) visit(node as Element, pending);
    else if (textOf(node)) blocks.push({ kind: 'paragraph', text: textOf(node) });
  }
  // A heading left at the end introduced nothing that was kept (a dropped teaser list or comment section).
  for (let last = blocks[blocks.length - 1]; last?.kind === 'heading'; last = blocks[blocks.length - 1]) {
    removed.push({ text: last.text, reason: 'heading with no text after it' });
    blocks.pop();
  }
  return { blocks, removed };
}
