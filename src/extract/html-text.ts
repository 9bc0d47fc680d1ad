/** Extract stage: a parsed page → its text, one line per block element, for pages Readability cannot read. Pure. */

/** Elements whose content is never the page's text. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Elements after which a line ends. */
const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BR',
  'TR',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
]);

/**
 * The text of `root`, with a line break after each block element and without scripts and styles. The page is
 * walked with a list of what is left to visit, not by recursion, and is left as it was.
 */
export function pageText(root: Element): string {
  const parts: string[] = [];
  // A node to visit, or the line break that follows a block element once its content is done.
  const pending: Array<Node | '\n'> = [root];
  while (pending.length) {
    const node = pending.pop()!;
    if (node === '\n') {
      parts.push(node);
    } else if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
    } else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (HIDDEN.has(tag)) continue;
      if (BLOCK.has(tag)) pending.push('\n');
      const children = [...node.childNodes];
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
    }
  }
  return parts.join('');
}
