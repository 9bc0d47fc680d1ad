/** Home page: latest articles, topics, most present countries and actors, search box. */
import type { ArchiveModel } from '../../src/archive/index.ts';
import { html } from '../../src/render/index.ts';
import { renderBase } from '../layouts/base.ts';
import { renderArticleList, renderTermLinks } from '../partials/article-list.ts';

/** Latest articles shown on the home page. */
const LATEST = 10;
/** Countries and actors shown on the home page. */
const TOP = 12;

export const data = { permalink: '/index.html' };

export function render({ archive }: { archive: ArchiveModel }): string {
  const count = (t: { name: string; url: string; articles: unknown[] }) => ({ name: t.name, url: t.url, count: t.articles.length });
  return renderBase({
    title: 'Home',
    body: html`<h1>News archive</h1>
<form class="search-box" action="/search/" method="get" role="search">
  <label for="home-search">Search the archive</label>
  <input id="home-search" type="search" name="q">
  <button type="submit">Search</button>
</form>
<section aria-labelledby="latest"><h2 id="latest">Latest articles</h2>${renderArticleList(
      archive.articles.slice(0, LATEST).map((a) => ({ url: a.url, title: a.title, dateLabel: a.dateLabel, date: a.date?.iso ?? null, source: a.source })),
    )}</section>
<section aria-labelledby="topics"><h2 id="topics">Topics</h2>${renderTermLinks(archive.topics.map(count))}</section>
<section aria-labelledby="countries"><h2 id="countries">Countries</h2>${renderTermLinks(archive.countries.slice(0, TOP).map(count))}</section>
<section aria-labelledby="actors"><h2 id="actors">Actors</h2>${renderTermLinks(archive.actors.slice(0, TOP).map(count))}</section>`,
  });
}
