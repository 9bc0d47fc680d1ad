/** Partial: the links between the pages of a long list, at stable URLs (/…/page/2/). */
import { pageUrl, type ListPage } from '../../src/archive/index.ts';
import { html } from '../../src/render/index.ts';

/** Pages linked on each side of the current one; the first and last are always linked. */
const NEIGHBOURS = 2;

/** Newer and older links, and page numbers around the current page, with gaps marked. Nothing for one page. */
export function renderPagination(list: ListPage) {
  if (list.pages < 2) return html``;
  const first = list.page === 1 ? list.url : list.url.replace(/page\/\d+\/$/, '');
  const numbers: Array<number | null> = [];
  for (let n = 1; n <= list.pages; n++) {
    if (n === 1 || n === list.pages || Math.abs(n - list.page) <= NEIGHBOURS) numbers.push(n);
    else if (numbers[numbers.length - 1] !== null) numbers.push(null);
  }
  // Lists run newest first, except a topic's oldest-first listing.
  const [towardsStart, towardsEnd] = list.order?.current === 'oldest' ? ['Older', 'Newer'] : ['Newer', 'Older'];
  return html`<nav class="pagination" aria-label="Pages of this list"><ul>
${list.previousUrl ? html`<li><a rel="prev" href="${list.previousUrl}">← ${towardsStart}</a></li>` : ''}
${numbers.map((n) =>
  n === null
    ? html`<li aria-hidden="true">…</li>`
    : n === list.page
      ? html`<li><a aria-current="page" href="${pageUrl(first, n)}">${n}</a></li>`
      : html`<li><a href="${pageUrl(first, n)}" aria-label="Page ${n}">${n}</a></li>`,
)}
${list.nextUrl ? html`<li><a rel="next" href="${list.nextUrl}">${towardsEnd} →</a></li>` : ''}
</ul></nav>`;
}
