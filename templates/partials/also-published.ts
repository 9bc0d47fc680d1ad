/** Partial: the other outlets' copies of a story, grouped as duplicates and listed on its page instead of getting pages of their own. */
import { formatDate } from '../../src/archive/index.ts';
import { html } from '../../src/render/index.ts';
import type { AlsoPublished } from '../../src/types.ts';

/** "Also published by": source, date, headline and file of every other copy; nothing when there are none. */
export function renderAlsoPublished(copies: AlsoPublished[] | undefined) {
  if (!copies?.length) return '';
  return html`<section class="also-published" aria-labelledby="also-published-heading" data-pagefind-ignore>
<h2 id="also-published-heading">Also published by</h2>
<ul>${copies.map((c) => html`<li>${c.source ?? 'Unknown source'}, ${formatDate(c.date)}: “${c.title}” <span class="file">(${c.file})</span></li>`)}</ul>
</section>`;
}
