/** Partial: a search box that opens the search page with the words typed (the home page and the 404 page). */
import { html } from '../../src/render/index.ts';

/** The form; `id` names its input, `label` is what the box is for. */
export function renderSearchBox(id: string, label: string) {
  return html`<form class="search-box" action="/search/" method="get" role="search" aria-label="${label}">
  <label for="${id}">${label}</label>
  <input id="${id}" type="search" name="q">
  <button type="submit">Search</button>
</form>`;
}
