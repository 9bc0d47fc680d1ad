/** robots.txt: everything may be crawled except the search index's files; points to the sitemap. */
import type { SiteData } from '../../src/render/index.ts';

export const data = { permalink: '/robots.txt', eleventyExcludeFromCollections: true };

export function render({ site }: { site: SiteData }): string {
  return `User-agent: *\nDisallow: /pagefind/\n\nSitemap: ${site.url}/sitemap.xml\n`;
}
