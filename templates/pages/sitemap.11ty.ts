/** sitemap.xml: every page of the site, with the date of each article known to the day. */
import type { ArchiveModel } from '../../src/archive/index.ts';
import { checkXml, html, type SiteData } from '../../src/render/index.ts';

export const data = { permalink: '/sitemap.xml', eleventyExcludeFromCollections: true };

export function render({ archive, site }: { archive: ArchiveModel; site: SiteData }): string {
  const pages = [
    ...['/', '/archive/', '/search/'].map((url) => ({ url, lastmod: null as string | null })),
    ...archive.articles.map((a) => ({ url: a.url, lastmod: a.date?.precision === 'day' ? a.date.iso : null })),
    ...archive.listPages.map((p) => ({ url: p.url, lastmod: null })),
  ];
  const xml = html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${pages.map(
  (p) => html`<url><loc>${site.url}${p.url}</loc>${p.lastmod ? html`<lastmod>${p.lastmod}</lastmod>` : ''}</url>
`,
)}</urlset>
`.toString();
  return checkXml(xml, '/sitemap.xml');
}
