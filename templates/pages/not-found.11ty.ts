/** 404 page: served by static hosts for any address the site does not have. */
import { html, type SiteData } from '../../src/render/index.ts';
import { renderBase } from '../layouts/base.ts';
import { renderSearchBox } from '../partials/search-box.ts';

export const data = { permalink: '/404.html' };

export function render({ site }: { site: SiteData }): string {
  return renderBase({
    site,
    title: 'Page not found',
    body: html`<h1>Page not found</h1>
<p>There is no page at this address. It may have been mistyped, or the link that led here may be wrong.</p>
${renderSearchBox('not-found-search', 'Search the archive for what you were looking for')}
<ul>
  <li><a href="/">The latest articles</a></li>
  <li>Browse by <a href="/topics/">topic</a>, <a href="/countries/">country</a>, <a href="/actors/">actor</a> or <a href="/archive/">date</a></li>
</ul>`,
  });
}
