/** Article pages: one per article of the archive model. */
import type { ArchiveArticle } from '../../src/archive/index.ts';
import { termUrl } from '../../src/archive/index.ts';
import { html } from '../../src/render/index.ts';
import type { Block, Evidence } from '../../src/types.ts';
import { renderBase } from '../layouts/base.ts';
import { renderArticleList } from '../partials/article-list.ts';
import { renderAlsoPublished } from '../partials/also-published.ts';

export const data = {
  pagination: { data: 'archive.articles', size: 1, alias: 'article', addAllPagesToCollections: false },
  permalink: (data: { article: ArchiveArticle }) => `${data.article.url}index.html`,
  eleventyComputed: {},
};

function renderBlock(block: Block) {
  switch (block.kind) {
    case 'heading':
      return html`<h2>${block.text}</h2>`;
    case 'quote':
      return html`<blockquote><p>${block.text}</p></blockquote>`;
    case 'list':
      return block.ordered
        ? html`<ol>${block.items.map((item) => html`<li>${item}</li>`)}</ol>`
        : html`<ul>${block.items.map((item) => html`<li>${item}</li>`)}</ul>`;
    default:
      return html`<p>${block.text}</p>`;
  }
}

function renderEvidence(evidence: Evidence[]) {
  return html`<ul>${evidence.map(
    (e) => html`<li>“${e.sentence.slice(0, e.start)}<mark>${e.match}</mark>${e.sentence.slice(e.start + e.match.length)}”</li>`,
  )}</ul>`;
}

export function render({ article }: { article: ArchiveArticle }): string {
  const primary = article.countries.filter((c) => c.primary);
  const mentioned = article.countries.filter((c) => !c.primary);
  const actors = article.actors.filter((a) => !a.discovered);
  const why = [
    ...article.countries.map((c) => ({ label: `${c.name} (${c.primary ? 'about' : 'mentioned'})`, origin: c.origin, evidence: c.evidence })),
    ...actors.map((a) => ({ label: a.name, origin: a.origin, evidence: a.evidence })),
    ...article.topics.map((t) => ({ label: `${t.title} (score ${t.score})`, origin: t.origin, evidence: t.evidence })),
  ];
  return renderBase({
    title: article.title,
    body: html`<article>
<header class="article-header">
  <h1>${article.title}</h1>
  <p class="meta">${article.date ? html`<time datetime="${article.date.iso}">${article.dateLabel}</time>` : html`<span>${article.dateText ? `Undated (page says “${article.dateText}”)` : 'Undated'}</span>`}${article.author ? html` · By ${article.author}` : ''}${article.source ? html` · ${article.source}` : ''} · ${article.readingMinutes} min read</p>
</header>
<div class="article-body" data-pagefind-body>
${article.blocks.map(renderBlock)}
</div>
${renderAlsoPublished(article.alsoPublished)}
<section class="tags" aria-labelledby="tags-heading">
  <h2 id="tags-heading">Tags</h2>
  ${article.topics.length ? html`<h3>Topics</h3><ul class="tag-list">${article.topics.map((t) => html`<li><a href="${termUrl.topic(t.id)}">${t.title}</a></li>`)}</ul>` : ''}
  ${primary.length ? html`<h3>Countries</h3><ul class="tag-list">${primary.map((c) => html`<li><a href="${termUrl.country(c.code)}">${c.name}</a></li>`)}</ul>` : ''}
  ${mentioned.length ? html`<h3>Also mentioned</h3><ul class="tag-list">${mentioned.map((c) => html`<li>${c.name}</li>`)}</ul>` : ''}
  ${actors.length ? html`<h3>Actors</h3><ul class="tag-list">${actors.map((a) => html`<li><a href="${termUrl.actor(a.id)}">${a.name}</a></li>`)}</ul>` : ''}
  <details class="evidence">
    <summary>Why these tags?</summary>
    <dl>${why.map((w) => html`<dt>${w.label}</dt><dd>${w.origin === 'front-matter' ? html`<p>Set in the article's front matter.</p>` : renderEvidence(w.evidence)}</dd>`)}</dl>
  </details>
</section>
${article.related.length ? html`<section aria-labelledby="related-heading"><h2 id="related-heading">Related articles</h2>${renderArticleList(article.related)}</section>` : ''}
<nav class="prev-next" aria-label="Previous and next in time">
  ${article.previous ? html`<a rel="prev" href="${article.previous.url}">← ${article.previous.title}</a>` : ''}
  ${article.next ? html`<a rel="next" href="${article.next.url}">${article.next.title} →</a>` : ''}
</nav>
</article>`,
  });
}
