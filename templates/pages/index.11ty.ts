/**
 * Home page: search box, the archive over time (all articles and each topic, per month), latest articles, most
 * present countries and actors.
 */
import { refOf, type ArchiveModel, type Term } from '../../src/archive/index.ts';
import { html, type SiteData } from '../../src/render/index.ts';
import { renderBase } from '../layouts/base.ts';
import { renderArticleList, renderTermLinks } from '../partials/article-list.ts';
import { renderOverview } from '../partials/overview.ts';
import { renderSearchBox } from '../partials/search-box.ts';

/** Latest articles shown on the home page. */
const LATEST = 10;
/** Countries and actors shown on the home page. */
const TOP = 12;

export const data = { permalink: '/index.html' };

const count = (t: Term) => ({ name: t.name, url: t.url, count: t.articles.length });

export function render({ archive, site }: { archive: ArchiveModel; site: SiteData }): string {
  return renderBase({
    site,
    title: 'Home',
    description: site.description,
    body: html`<h1>${site.name}</h1>
${renderSearchBox('home-search', 'Search the archive')}
${renderOverview(archive.overview)}
<div class="home-grid">
<section class="latest" aria-labelledby="latest"><h2 id="latest">Latest articles</h2>${renderArticleList(archive.articles.slice(0, LATEST).map(refOf))}<p><a href="/archive/">All articles by date</a></p></section>
<div class="most-present-home">
<section aria-labelledby="countries"><h2 id="countries">Countries most present</h2>${renderTermLinks(archive.countries.slice(0, TOP).map(count))}<p><a href="/countries/">All countries</a></p></section>
<section aria-labelledby="actors"><h2 id="actors">Actors most present</h2>${renderTermLinks(archive.actors.slice(0, TOP).map(count))}<p><a href="/actors/">All actors</a></p></section>
</div>
</div>`,
  });
}
