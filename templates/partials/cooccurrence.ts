/**
 * Partial: who and what appears most often with a country, an actor or a topic: the countries, actors and topics of
 * its articles, each a link with how many of them it is in, and a bar of that share.
 */
import type { Term } from '../../src/archive/index.ts';
import { html } from '../../src/render/index.ts';

type Cooccurring = Term['topCountries'];

function renderGroup(term: Term, heading: string, items: Cooccurring) {
  if (!items.length) return '';
  const total = term.articles.length;
  const id = `with-${heading.toLowerCase()}`;
  return html`<section aria-labelledby="${id}"><h3 id="${id}">${heading}</h3><ol class="cooccurrence-list">${items.map(
    (item) =>
      html`<li><a href="${item.url}">${item.name}</a> <span class="count">${item.count} of ${total}</span><svg class="share" aria-hidden="true" width="100%" height="6"><rect class="track" x="0" y="0" width="100%" height="6"></rect><rect class="part" x="0" y="0" width="${((item.count / total) * 100).toFixed(1)}%" height="6"></rect></svg></li>`,
  )}</ol></section>`;
}

/** "Most often with Russia": nothing when its articles name nothing else. */
export function renderCooccurrence(term: Term) {
  const groups = [
    renderGroup(term, 'Countries', term.topCountries),
    renderGroup(term, 'Actors', term.topActors),
    renderGroup(term, 'Topics', term.topTopics),
  ].filter(Boolean);
  if (!groups.length) return '';
  const n = term.articles.length;
  return html`<section class="cooccurrence" aria-labelledby="cooccurrence-heading"><h2 id="cooccurrence-heading">Most often with ${term.name}</h2>
<p class="count">In how many of its ${n} article${n === 1 ? '' : 's'} each appears.</p>
<div class="cooccurrence-groups">${groups}</div></section>`;
}
