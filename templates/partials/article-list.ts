/** Partial: a list of articles with their dates and sources. */
import type { ArticleRef } from '../../src/archive/index.ts';
import { html } from '../../src/render/index.ts';

export function renderArticleList(items: ArticleRef[]) {
  if (!items.length) return html`<p class="empty">No articles yet.</p>`;
  return html`<ul class="article-list">${items.map(
    (a) =>
      html`<li><a href="${a.url}">${a.title}</a> <span class="meta">${a.date ? html`<time datetime="${a.date}">${a.dateLabel}</time>` : a.dateLabel}${a.source ? html` · ${a.source}` : ''}</span></li>`,
  )}</ul>`;
}

/** Links to terms with their counts. */
export function renderTermLinks(links: Array<{ name: string; url: string; count: number }>) {
  return html`<ul class="term-links">${links.map((l) => html`<li><a href="${l.url}">${l.name}</a> <span class="count">${l.count}</span></li>`)}</ul>`;
}
