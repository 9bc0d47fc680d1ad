/**
 * Partial: where an article comes from (its outlet, linked to the original when its address is known), and the
 * other outlets' copies of the story, grouped as duplicates and listed on its page instead of pages of their own.
 */
import type { OtherCopy } from '../../src/archive/index.ts';
import type { Outlet } from '../../src/outlets/index.ts';
import { html, safeUrl } from '../../src/render/index.ts';

/** " · BBC News · Read the original" for the meta line of an article page; nothing without an outlet. */
export function renderOutlet(outlet: Outlet | null) {
  if (!outlet) return '';
  return html` · <span class="outlet">${outlet.name}</span>${outlet.url ? html` · <a class="original" href="${safeUrl(outlet.url)}" rel="external">Read the original</a>` : ''}`;
}

/** "Also published by": the outlet (linked to its copy when known), date and headline of every other copy. */
export function renderAlsoPublished(copies: OtherCopy[]) {
  if (!copies.length) return '';
  const outletOf = (c: OtherCopy) =>
    !c.outlet
      ? html`<span class="outlet unnamed">An outlet not named</span>`
      : c.outlet.url
        ? html`<a class="outlet" href="${safeUrl(c.outlet.url)}" rel="external">${c.outlet.name}</a>`
        : html`<span class="outlet">${c.outlet.name}</span>`;
  return html`<section class="also-published" aria-labelledby="also-published-heading">
<h2 id="also-published-heading">Also published by</h2>
<ul>${copies.map((c) => html`<li>${outletOf(c)}, ${c.dateLabel}: “${c.title}”</li>`)}</ul>
</section>`;
}
