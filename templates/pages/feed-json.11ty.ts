/** JSON Feeds: the whole archive's at /feed.json and each topic's at /topics/ID/feed.json. */
import type { SiteData } from '../../src/render/index.ts';
import { renderArticleBody } from '../partials/article-body.ts';
import { feedDate, feedPages, type Feed } from '../partials/feed.ts';

export const data = feedPages((feed) => feed.jsonUrl);

/** Built as an object and serialised with JSON.stringify, so every string is escaped as JSON. */
export function render({ feed, site }: { feed: Feed; site: SiteData }): string {
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    description: feed.description,
    home_page_url: `${site.url}${feed.pageUrl}`,
    feed_url: `${site.url}${feed.jsonUrl}`,
    language: site.language,
    items: feed.items.map((a) => ({
      id: `${site.url}${a.url}`,
      url: `${site.url}${a.url}`,
      title: a.title,
      content_html: renderArticleBody(a.blocks).toString(),
      date_published: feedDate(a),
      ...(a.author ? { authors: [{ name: a.author }] } : {}),
      tags: a.topics.map((t) => t.title),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
