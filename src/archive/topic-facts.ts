/** Archive stage: what a topic page shows besides its listing (span, undated count, feeds, search link). Pure. */
import type { ArticleRef, TopicFacts } from './model.ts';
import { feedUrl, searchUrl } from './urls.ts';

/** The facts of a topic page from its articles (newest first, undated last). */
export function describeTopic(id: string, articles: ArticleRef[]): TopicFacts {
  const dated = articles.filter((a) => a.date);
  return {
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
