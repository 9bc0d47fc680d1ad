/**
 * Archive stage: related articles, scored on shared actors, primary countries and topics, weighted, and scaled
 * by how close the two articles are in time (as Hugo's related content does). Uses inverted indexes so the
 * cost follows the number of shared tags, not the square of the archive. Pure.
 */
import type { AnalyzedArticle } from '../types.ts';

export const RELATED_WEIGHTS = { actor: 3, topic: 2, country: 1 };
/** Related articles shown per article. */
export const RELATED_COUNT = 5;
/** Days over which the date factor halves: a story a year away counts half as much as one from the same day. */
const DATE_HALF_LIFE_DAYS = 365;

function keysOf(article: AnalyzedArticle): Array<[string, number]> {
  return [
    ...article.actors.map((a): [string, number] => [`a:${a.id}`, RELATED_WEIGHTS.actor]),
    ...article.topics.map((t): [string, number] => [`t:${t.id}`, RELATED_WEIGHTS.topic]),
    ...article.countries
      .filter((c) => c.primary)
      .map((c): [string, number] => [`c:${c.code}`, RELATED_WEIGHTS.country]),
  ];
}

function dayNumber(article: AnalyzedArticle): number | null {
  return article.date ? Date.parse(article.date.iso) / 86_400_000 : null;
}

/** Inserts `[j, score]` into `best` (kept sorted, best first, ties by index) when it ranks among the first `limit`. */
function keepBest(best: Array<[number, number]>, j: number, score: number, limit: number): void {
  let at = best.length;
  while (at > 0 && (best[at - 1]![1] < score || (best[at - 1]![1] === score && best[at - 1]![0] > j))) at--;
  if (at >= limit) return;
  best.splice(at, 0, [j, score]);
  if (best.length > limit) best.pop();
}

/**
 * For each article (by index), the indexes of its related articles, best first. Scores accumulate in one typed
 * array reused for every article, and only the best few are kept, rather than a map and a full sort per article:
 * a common tag (a country in a third of the archive) makes each article touch thousands of others.
 */
export function findRelated(articles: AnalyzedArticle[]): number[][] {
  const postings = new Map<string, number[]>();
  const keys = articles.map(keysOf);
  keys.forEach((list, i) => {
    for (const [key] of list) {
      const posting = postings.get(key) ?? [];
      posting.push(i);
      postings.set(key, posting);
    }
  });
  const days = articles.map(dayNumber);
  const scores = new Float64Array(articles.length);
  const touched: number[] = [];
  return articles.map((_, i) => {
    for (const [key, weight] of keys[i]!) {
      for (const j of postings.get(key)!) {
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j] = scores[j]! + weight;
      }
    }
    const best: Array<[number, number]> = [];
    for (const j of touched) {
      const a = days[i];
      const b = days[j];
      const factor = a == null || b == null ? 0.5 : 1 / (1 + Math.abs(a - b) / DATE_HALF_LIFE_DAYS);
      keepBest(best, j, scores[j]! * factor, RELATED_COUNT);
      scores[j] = 0;
    }
    touched.length = 0;
    return best.map(([j]) => j);
  });
}
