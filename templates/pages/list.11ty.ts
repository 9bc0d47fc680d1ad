/**
 * Listing pages: country, actor and topic pages, archives by year and month, undated, and the term indexes (of
 * those the build renders: the others are kept unchanged).
 */
import { feedUrl, type ListPage } from '../../src/archive/index.ts';
import { html, type SiteData } from '../../src/render/index.ts';
import { renderBase } from '../layouts/base.ts';
import { renderArticleList, renderTermLinks } from '../partials/article-list.ts';
import { renderPagination } from '../partials/pagination.ts';
import { renderTermIntro } from '../partials/term.ts';
import { renderTopicPage } from '../partials/topic.ts';

export const data = {
  pagination: { data: 'pages.lists', size: 1, alias: 'list', addAllPagesToCollections: false },
  permalink: (data: { list: ListPage }) => `${data.list.url}index.html`,
};

const KIND_LABEL: Record<string, string> = { country: 'Country', actor: 'Actor', topic: 'Topic' };

export function render({ list, site }: { list: ListPage; site: SiteData }): string {
  const term = list.term;
  const pageLabel = list.pages > 1 ? ` (page ${list.page} of ${list.pages})` : '';
  return renderBase({
    site,
    title: `${list.title}${pageLabel}`,
    head:
      term?.kind === 'topic'
        ? html`<link rel="alternate" type="application/atom+xml" title="${term.name} (Atom)" href="${feedUrl.atom(term.id)}">
<link rel="alternate" type="application/feed+json" title="${term.name} (JSON Feed)" href="${feedUrl.json(term.id)}">`
        : undefined,
    body:
      list.kind === 'topic' || list.kind === 'topics'
        ? renderTopicPage(list)
        : html`<h1>${term ? html`<span class="kind">${KIND_LABEL[term.kind]}</span> ` : ''}${list.heading}${pageLabel ? html` <span class="page-label">${pageLabel}</span>` : ''}</h1>
${term ? renderTermIntro(term, list.page) : ''}
${
  list.kind === 'index'
    ? renderTermLinks(list.links)
    : html`<section aria-labelledby="articles-heading"><h2 id="articles-heading">Articles</h2>${renderArticleList(list.items, { monthAnchors: !!term })}</section>`
}
${renderPagination(list)}`,
  });
}
