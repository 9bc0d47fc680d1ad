/** Partial: the body of a topic page (overview on its first page, then its articles newest or oldest first) and of the topics index. */
import type { ListPage, Term } from '../../src/archive/index.ts';
import { html, renderTimeline } from '../../src/render/index.ts';
import { renderArticleList } from './article-list.ts';
import { renderCooccurrence } from './cooccurrence.ts';
import { renderPagination } from './pagination.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "12 articles, from 3 March 2022 to 20 June 2024 (2 undated)"; "3 articles, dated 20 June 2024" for one day. */
function describeCount(term: Term) {
  const facts = term.topic;
  const { from, to } = facts?.span ?? {};
  const span = from ? (from === to ? `, dated ${from}` : `, from ${from} to ${to}`) : '';
  const undated = facts?.undatedCount ? ` (${facts.undatedCount} undated)` : '';
  return html`<p class="count">${plural(term.articles.length, 'article')}${span}${undated}</p>`;
}

/** Feeds and search pre-filtered on the topic. */
function renderFollow(term: Term) {
  if (!term.topic) return '';
  const { feeds, searchUrl } = term.topic;
  return html`<ul class="term-links topic-follow"><li><a href="${feeds.atom}" type="application/atom+xml">Atom feed</a></li><li><a href="${feeds.json}" type="application/feed+json">JSON feed</a></li><li><a href="${searchUrl}">Search within ${term.name}</a></li></ul>`;
}

/** What the archive knows about the topic at a glance: timeline, the countries, actors and topics most often with it. */
function renderOverview(term: Term) {
  return html`${renderTimeline(term.timeline, { label: `Articles per month about ${term.name}`, barsLeadToList: true })}
${renderCooccurrence(term)}`;
}

/** "Newest first | Oldest first", the current order marked. */
function renderOrderSwitch(list: ListPage) {
  if (!list.order) return '';
  const link = (order: 'newest' | 'oldest', url: string, label: string) =>
    list.order!.current === order
      ? html`<a href="${url}" aria-current="true">${label}</a>`
      : html`<a href="${url}">${label}</a>`;
  return html`<nav class="sort-order" aria-label="Order of the articles">${link('newest', list.order.newestUrl, 'Newest first')} | ${link('oldest', list.order.oldestUrl, 'Oldest first')}</nav>`;
}

/** Every topic with its count and description. */
function renderTopicsIndex(list: ListPage) {
  return html`<h1>${list.heading}</h1>
<dl class="topic-index">${list.links.map(
    (l) =>
      html`<dt><a href="${l.url}">${l.name}</a> <span class="count">${plural(l.count, 'article')}</span></dt><dd>${l.description ?? ''}</dd>`,
  )}</dl>`;
}

/** The body of the topics index (`kind: 'topics'`) or of one page of a topic's listing. */
export function renderTopicPage(list: ListPage) {
  if (!list.term) return renderTopicsIndex(list);
  const term = list.term;
  const front = list.page === 1 && list.order?.current !== 'oldest';
  return html`<h1><span class="kind">Topic</span> ${term.name}</h1>
${term.description ? html`<p class="description">${term.description}</p>` : ''}
${describeCount(term)}
${renderFollow(term)}
${front ? renderOverview(term) : ''}
<section aria-labelledby="articles-heading"><h2 id="articles-heading">All articles${list.order?.current === 'oldest' ? ', oldest first' : ''}</h2>
${renderOrderSwitch(list)}
${renderArticleList(list.items, { topic: term.id, monthAnchors: true })}
${renderPagination(list)}
</section>`;
}
