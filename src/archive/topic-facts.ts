/** Archive stage: what a topic page shows besides its listing (latest articles, span, feeds, search link). Pure. */
import type { ArticleRef, TopicFacts } from './model.ts';
import { feedUrl, searchUrl } from './urls.ts';

/** Articles in a topic page's "Latest" block: a glance, the full list follows. */
const LATEST_COUNT = 5;

/** The facts of a topic page from its articles (newest first, undated last). */
export function describeTopic(id: string, articles: ArticleRef[]): TopicFacts {
  const dated = articles.filter((a) => a.date);
  return {
    latest: articles.slice(0, LATEST_COUNT),
    span: dated.length ? { from: dated[dated.length - 1]!.dateLabel, to: dated[0]!.dateLabel } : null,
    undatedCount: articles.length - dated.length,
    feeds: { atom: feedUrl.atom(id), json: feedUrl.json(id) },
    searchUrl: searchUrl({ topic: id }),
  };
}

/** Oldest first, undated still last: the other way to read a topic's articles (given newest first, undated last). */
export function orderOldestFirst(articles: ArticleRef[]): ArticleRef[] {
  const dated = articles.filter((a) => a.date);
  return [...dated.reverse(), ...articles.filter((a) => !a.date)];
}
