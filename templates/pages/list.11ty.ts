/** Listing pages: country, actor and topic pages, archives by year and month, undated, and the term indexes. */
import type { ListPage } from '../../src/archive/index.ts';
import { html, renderTimeline } from '../../src/render/index.ts';
import { renderBase } from '../layouts/base.ts';
import { renderArticleList, renderTermLinks } from '../partials/article-list.ts';
import { renderTopicPage } from '../partials/topic.ts';

export const data = {
  pagination: { data: 'archive.listPages', size: 1, alias: 'list', addAllPagesToCollections: false },
  permalink: (data: { list: ListPage }) => `${data.list.url}index.html`,
};

const KIND_LABEL: Record<string, string> = { country: 'Country', actor: 'Actor', topic: 'Topic' };

export function render({ list }: { list: ListPage }): string {
  const term = list.term;
  const pageLabel = list.pages > 1 ? ` (page ${list.page} of ${list.pages})` : '';
  return renderBase({
    title: `${list.title}${pageLabel}`,
    body: list.kind === 'topic' || list.kind === 'topics' ? renderTopicPage(list) : html`<h1>${term ? html`<span class="kind">${KIND_LABEL[term.kind]}:</span> ` : ''}${list.heading}</h1>
${term?.description ? html`<p class="description">${term.description}</p>` : ''}
${term?.details.length ? html`<p class="details">${term.details.join(' · ')}</p>` : ''}
${term ? html`<p class="count">${term.articles.length} article${term.articles.length === 1 ? '' : 's'}</p>` : ''}
${term && list.page === 1 ? renderTimeline(term.timeline, { width: 600, height: 60, label: `Articles per month about ${term.name}` }) : ''}
${term && list.page === 1 && term.topCountries.length ? html`<section><h2>Countries most present</h2>${renderTermLinks(term.topCountries)}</section>` : ''}
${term && list.page === 1 && term.topActors.length ? html`<section><h2>Actors most present</h2>${renderTermLinks(term.topActors)}</section>` : ''}
${list.kind === 'index' ? renderTermLinks(list.links) : html`<section><h2>Articles</h2>${renderArticleList(list.items)}</section>`}
${list.pages > 1 ? html`<nav class="pagination" aria-label="Pages">${list.previousUrl ? html`<a rel="prev" href="${list.previousUrl}">Newer</a>` : ''} <span>Page ${list.page} of ${list.pages}</span> ${list.nextUrl ? html`<a rel="next" href="${list.nextUrl}">Older</a>` : ''}</nav>` : ''}`,
  });
}
