/** Search page: Pagefind's UI over the article index, with filters for country, actor, topic, year and source. */
import { html, trusted } from '../../src/render/index.ts';
import { renderBase } from '../layouts/base.ts';

export const data = { permalink: '/search/index.html' };

export function render(): string {
  return renderBase({
    title: 'Search',
    head: html`<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script src="/pagefind/pagefind-ui.js"></script><script src="/assets/search.js" defer></script>`,
    body: html`<h1>Search</h1><div id="search">${trusted('')}</div>`,
  });
}
