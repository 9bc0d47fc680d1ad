/** Partial: an article's cleaned body as HTML, shared by the article page and the feeds. */
import { html } from '../../src/render/index.ts';
import type { Block } from '../../src/types.ts';

function renderBlock(block: Block) {
  switch (block.kind) {
    case 'heading':
      return html`<h2>${block.text}</h2>`;
    case 'quote':
      return html`<blockquote><p>${block.text}</p></blockquote>`;
    case 'list':
      return block.ordered
        ? html`<ol>${block.items.map((item) => html`<li>${item}</li>`)}</ol>`
        : html`<ul>${block.items.map((item) => html`<li>${item}</li>`)}</ul>`;
    default:
      return html`<p>${block.text}</p>`;
  }
}

/** The blocks in order, every text escaped. */
export function renderArticleBody(blocks: Block[]) {
  return html`${blocks.map(renderBlock)}`;
}
