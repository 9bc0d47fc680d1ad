/** Article pages: one per article of the archive model (of those the build renders: the others are kept unchanged). */
import type { ArchiveArticle } from '../../src/archive/index.ts';
import { html, type SiteData } from '../../src/render/index.ts';
import { renderBase } from '../layouts/base.ts';
import { renderArticleBody } from '../partials/article-body.ts';
import { renderArticleList } from '../partials/article-list.ts';
import { renderArticleTags } from '../partials/article-tags.ts';
import { renderAlsoPublished, renderOutlet } from '../partials/also-published.ts';

export const data = {
  pagination: { data: 'pages.articles', size: 1, alias: 'article', addAllPagesToCollections: false },
  permalink: (data: { article: ArchiveArticle }) => `${data.article.url}index.html`,
  eleventyComputed: {},
};

export function render({ article, site }: { article: ArchiveArticle; site: SiteData }): string {
  return renderBase({
    site,
    title: article.title,
    body: html`<article class="article">
<header class="article-header">
  <h1>${article.title}</h1>
  <p class="meta">${article.date ? html`<time datetime="${article.date.iso}">${article.dateLabel}</time>` : html`<span>${article.dateText ? `Undated (page says “${article.dateText}”)` : 'Undated'}</span>`}${article.author ? html` · By ${article.author}` : ''}${renderOutlet(article.outlet)} · ${article.readingMinutes} min read</p>
</header>
<div class="article-body">
${renderArticleBody(article.blocks)}
</div>
${renderAlsoPublished(article.otherCopies)}
${renderArticleTags(article)}
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
