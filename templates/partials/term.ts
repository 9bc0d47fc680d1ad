/** Partial: the top of a country or actor page: facts, count, timeline, search link, who and what appears with it. */
import { searchUrl, type Term } from '../../src/archive/index.ts';
import { html, renderTimeline } from '../../src/render/index.ts';
import { renderCooccurrence } from './cooccurrence.ts';

/** The link to a search within a term: a country by its code, an actor or a topic by its id. */
export function termSearchUrl(term: Term): string {
  return searchUrl({ [term.kind]: term.id });
}

/** On the first page the timeline and who and what appears with the term; on later pages the facts and the count. */
export function renderTermIntro(term: Term, page: number) {
  const count = term.articles.length;
  return html`${term.description ? html`<p class="description">${term.description}</p>` : ''}
${term.details.length ? html`<p class="details">${term.details.join(' · ')}</p>` : ''}
<p class="term-summary"><span class="count">${count} article${count === 1 ? '' : 's'}</span> · <a href="${termSearchUrl(term)}">Search within ${term.name}</a></p>
${
  page === 1
    ? html`${renderTimeline(term.timeline, { label: `Articles per month about ${term.name}`, barsLeadToList: true })}
${renderCooccurrence(term)}`
    : ''
}`;
}
