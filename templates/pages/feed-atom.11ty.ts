/** Atom feeds: the whole archive's at /feed.xml and each topic's at /topics/ID/feed.xml. */
import { checkXml, html, type SiteData } from '../../src/render/index.ts';
import { renderArticleBody } from '../partials/article-body.ts';
import { feedDate, feedPages, type Feed } from '../partials/feed.ts';

export const data = feedPages((feed) => feed.atomUrl);

/** Every text is escaped once for XML; the entry's HTML content, itself escaped, is escaped again as Atom requires. */
export function render({ feed, site }: { feed: Feed; site: SiteData }): string {
  const xml = html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language}">
<title>${feed.title}</title>
<subtitle>${feed.description}</subtitle>
<link rel="self" type="application/atom+xml" href="${site.url}${feed.atomUrl}"/>
<link rel="alternate" type="text/html" href="${site.url}${feed.pageUrl}"/>
<id>${site.url}${feed.atomUrl}</id>
<updated>${feed.updated}</updated>
<author><name>${site.name}</name></author>
${feed.items.map(
  (a) => html`<entry>
<title>${a.title}</title>
<link rel="alternate" type="text/html" href="${site.url}${a.url}"/>
<id>${site.url}${a.url}</id>
<updated>${feedDate(a)}</updated>
${a.author ? html`<author><name>${a.author}</name></author>` : ''}
${a.topics.map((t) => html`<category term="${t.id}" label="${t.title}"/>`)}
<content type="html">${renderArticleBody(a.blocks).toString()}</content>
</entry>
`,
)}</feed>
`.toString();
  return checkXml(xml, feed.atomUrl);
}
