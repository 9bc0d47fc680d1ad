/** Partial: the feeds of an archive (the whole archive's and each topic's), as data for the Atom and JSON templates. */
import dateToRfc3339 from '@11ty/eleventy-plugin-rss/src/dateRfc3339.js';
import { feedUrl, type ArchiveArticle, type ArchiveModel } from '../../src/archive/index.ts';
import type { SiteData } from '../../src/render/index.ts';

/** Entries per feed: the newest, as feed readers only need what is recent. */
const FEED_SIZE = 50;
/** `updated` of a feed with no dated article at all: a fixed date, never the clock, so builds stay identical. */
const NO_DATE = '1970-01-01';

/** One feed, in both formats: what it follows and its newest entries. */
export interface Feed {
  title: string;
  description: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  atomUrl: string;
  jsonUrl: string;
  /** RFC 3339. */
  updated: string;
  /** Newest first. Undated articles are left out: a feed announces articles in time order. */
  items: ArchiveArticle[];
}

/** An article's date in RFC 3339, or null when it is undated. */
export function feedDate(article: Pick<ArchiveArticle, 'date'>): string | null {
  return article.date ? dateToRfc3339(new Date(`${article.date.iso}T00:00:00Z`)) : null;
}

/**
 * The whole archive's feed first, then one per topic, titled with the site's name; `updated` comes from the articles,
 * as the model's does.
 */
export function listFeeds(archive: ArchiveModel, site: Pick<SiteData, 'name'>): Feed[] {
  const byUrl = new Map(archive.articles.map((a) => [a.url, a]));
  const updatedOf = (items: ArchiveArticle[]) =>
    dateToRfc3339(new Date(`${items[0]?.date?.iso ?? archive.updated ?? NO_DATE}T00:00:00Z`));
  const whole = archive.articles.filter((a) => a.date).slice(0, FEED_SIZE);
  return [
    {
      title: site.name,
      description: 'The newest articles of the archive.',
      pageUrl: '/',
      atomUrl: feedUrl.atom(),
      jsonUrl: feedUrl.json(),
      updated: updatedOf(whole),
      items: whole,
    },
    ...archive.topics.map((topic) => {
      const items = topic.articles
        .filter((a) => a.date)
        .slice(0, FEED_SIZE)
        .map((a) => byUrl.get(a.url)!);
      return {
        title: `${topic.name} · ${site.name}`,
        description: topic.description ?? `The newest articles about ${topic.name}.`,
        pageUrl: topic.url,
        atomUrl: feedUrl.atom(topic.id),
        jsonUrl: feedUrl.json(topic.id),
        updated: updatedOf(items),
        items,
      };
    }),
  ];
}

/** The front matter of a feed template: one page a feed, at the address `urlOf` gives it. */
export function feedPages(urlOf: (feed: Feed) => string) {
  return {
    pagination: {
      data: 'archive',
      size: 1,
      alias: 'feed',
      before: (_keys: unknown, data: { archive: ArchiveModel; site: SiteData }) => listFeeds(data.archive, data.site),
      addAllPagesToCollections: false,
    },
    permalink: (data: { feed: Feed }) => urlOf(data.feed),
    eleventyExcludeFromCollections: true,
  };
}
