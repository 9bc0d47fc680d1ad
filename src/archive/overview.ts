/**
 * Archive stage: the home page's overview, articles per month over the archive's whole span, in all and by topic,
 * every row over the same months so that they can be drawn one above the other on one time axis. Pure.
 */
import type { ArchiveArticle, ArchiveOverview, Term } from './model.ts';
import { timelineOf } from './terms.ts';

/**
 * The overview of `articles`, with a row per topic of `topics` (in their order, those without articles too). The
 * bars of all articles lead to the months' archives, a topic's to the month in the topic's own listing.
 */
export function buildOverview(articles: ArchiveArticle[], topics: Term[]): ArchiveOverview {
  const all = timelineOf(articles);
  const span = all.months.map((m) => m.month);
  const urlOf = new Map(topics.map((t) => [t.id, new Map(t.timeline.months.map((m) => [m.month, m.url]))]));
  return {
    all,
    topics: topics.map((topic) => {
      const ofTopic = articles.filter((a) => a.topics.some((t) => t.id === topic.id));
      return {
        id: topic.id,
        name: topic.name,
        url: topic.url,
        count: ofTopic.length,
        timeline: timelineOf(ofTopic, span, (month) => urlOf.get(topic.id)!.get(month)!),
      };
    }),
  };
}
