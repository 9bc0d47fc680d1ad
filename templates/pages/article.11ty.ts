/** Article pages: one per article of the archive model (of those the build renders: the others are kept unchanged). */
import type { ArchiveArticle } from '../../src/archive/index.ts';
import { termUrl } from '../../src/archive/index.ts';
import { html } from '../../src/render/index.ts';
import type { Evidence } from '../../src/types.ts';
import { renderBase } from '../layouts/base.ts';
import { renderArticleBody } from '../partials/article-body.ts';
import { renderArticleList } from '../partials/article-list.ts';
import { describeTopicTag } from '../partials/topic.ts';
import { renderAlsoPublished } from '../partials/also-published.ts';

export const data = {
  pagination: { data: 'pages.articles', size: 1, alias: 'article', addAllPagesToCollections: false },
  permalink: (data: { article: ArchiveArticle }) => `${data.article.url}index.html`,
  eleventyComputed: {},
};

function renderEvidence(evidence: Evidence[]) {
  return html`<ul>${evidence.map(
    (e) =>
      html`<li>“${e.sentence.slice(0, e.start)}<mark>${e.match}</mark>${e.sentence.slice(e.start + e.match.length)}”</li>`,
  )}</ul>`;
}

export function render({ article }: { article: ArchiveArticle }): string {
  const primary = article.countries.filter((c) => c.primary);
  const mentioned = article.countries.filter((c) => !c.primary);
  const actors = article.actors.filter((a) => !a.discovered);
  const why = [
    ...article.countries.map((c) => ({
      label: `${c.name} (${c.primary ? 'about' : 'mentioned'})`,
      origin: c.origin,
      evidence: c.evidence,
    })),
    ...actors.map((a) => ({ label: a.name, origin: a.origin, evidence: a.evidence })),
    ...article.topics.map((t) => ({ label: describeTopicTag(t), origin: t.origin, evidence: t.evidence })),
  ];
  const tagGroup = (title: string, items: Array<{ name: string; url: string | null }>) =>
    items.length
      ? html`<div class="tag-group"><h3>${title}</h3><ul class="tag-list">${items.map((i) => html`<li>${i.url ? html`<a href="${i.url}">${i.name}</a>` : i.name}</li>`)}</ul></div>`
      : '';
  return renderBase({
    title: article.title,
    body: html`<article class="article">
<header class="article-header">
  <h1>${article.title}</h1>
  <p class="meta">${article.date ? html`<time datetime="${article.date.iso}">${article.dateLabel}</time>` : html`<span>${article.dateText ? `Undated (page says “${article.dateText}”)` : 'Undated'}</span>`}${article.author ? html` · By ${article.author}` : ''}${article.source ? html` · <span class="source">${article.source}</span>` : ''} · ${article.readingMinutes} min read</p>
</header>
<div class="article-body" data-pagefind-body>
${renderArticleBody(article.blocks)}
</div>
${renderAlsoPublished(article.alsoPublished)}
<section class="tags" aria-labelledby="tags-heading">
  <h2 id="tags-heading">In this article</h2>
${tagGroup(
  'Topics',
  article.topics.map((t) => ({ name: t.title, url: termUrl.topic(t.id) })),
)}
${tagGroup(
  'Countries',
  primary.map((c) => ({ name: c.name, url: termUrl.country(c.code) })),
)}
${tagGroup(
  'Actors',
  actors.map((a) => ({ name: a.name, url: termUrl.actor(a.id) })),
)}
${tagGroup(
  'Also mentioned',
  mentioned.map((c) => ({ name: c.name, url: null })),
)}
${
  why.length
    ? html`<details class="evidence">
<summary>Why these tags?</summary>
<dl>${why.map((w) => html`<dt>${w.label}</dt><dd>${w.origin === 'front-matter' ? html`<p>Set in the article's front matter.</p>` : w.evidence.length ? renderEvidence(w.evidence) : html`<p>Inferred from the actors the article names.</p>`}</dd>`)}</dl>
</details>`
    : ''
}
</section>
${article.related.length ? html`<section class="related" aria-labelledby="related-heading"><h2 id="related-heading">Related articles</h2>${renderArticleList(article.related)}</section>` : ''}
${
  article.previous || article.next
    ? html`<nav class="prev-next" aria-label="Previous and next in time"><ul>
${article.previous ? html`<li class="previous"><span class="label">Previous</span> <a rel="prev" href="${article.previous.url}">${article.previous.title}</a></li>` : ''}
${article.next ? html`<li class="next"><span class="label">Next</span> <a rel="next" href="${article.next.url}">${article.next.title}</a></li>` : ''}
</ul></nav>`
    : ''
}
</article>`,
  });
}
