/** Partial: a list of articles, each with its one-sentence summary, date, outlet and topics. */
import { monthAnchor, type ArticleRef } from '../../src/archive/index.ts';
import { html } from '../../src/render/index.ts';

/** What a list leaves out of its items because the page says it already: the topic of a topic page. */
export interface ListContext {
  topic?: string;
  /** Mark each month's first item (`id="month-2024-06"`), where the page's timeline bars lead. */
  monthAnchors?: boolean;
}

function renderItem(a: ArticleRef, context: ListContext, previous: ArticleRef | undefined) {
  const topics = a.topics.filter((t) => t.id !== context.topic).map((t) => t.name);
  const date = a.date ? html`<time datetime="${a.date}">${a.dateLabel}</time>` : a.dateLabel;
  const anchored = context.monthAnchors && a.month && a.month !== previous?.month;
  return html`<li${anchored ? html` id="${monthAnchor(a.month!)}"` : ''}><a href="${a.url}">${a.title}</a>${a.summary ? html`<p class="summary">${a.summary}</p>` : ''}<p class="meta">${date}${a.outlet ? html` · <span class="outlet">${a.outlet}</span>` : ''}${topics.length ? html` · <span class="topics">${topics.join(', ')}</span>` : ''}</p></li>`;
}

/** The articles in the order given; "No articles yet." for none. */
export function renderArticleList(items: ArticleRef[], context: ListContext = {}) {
  if (!items.length) return html`<p class="empty">No articles yet.</p>`;
  return html`<ul class="article-list">${items.map((a, i) => renderItem(a, context, items[i - 1]))}</ul>`;
}

/** Links to terms with their counts. */
export function renderTermLinks(links: Array<{ name: string; url: string; count: number }>) {
  return html`<ul class="term-links">${links.map((l) => html`<li><a href="${l.url}">${l.name}</a> <span class="count">${l.count}</span></li>`)}</ul>`;
}
