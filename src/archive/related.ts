/**
 * Archive stage: related articles. Two articles are related by the tags they share, each weighed by how rare it is
 * in the archive (as TF-IDF weighs words) and by its kind (topics and actors say more than a country), as the cosine
 * of their tag vectors, so an article with many tags is not close to everything; then scaled by how close the two
 * are in time. No article is suggested on more than a tenth of the pages. Pure.
 */
import type { AnalyzedArticle } from '../types.ts';

/**
 * How much a shared tag of each kind counts, before its rarity: a topic (the archive's own subjects) says most, an
 * actor more than a country.
 */
export const RELATED_WEIGHTS = { actor: 2, topic: 3, country: 1 };
/** Related articles shown per article. */
export const RELATED_COUNT = 5;
/**
 * Days over which the date factor halves: a story two years away counts half as much as one from the same day.
 * With one year, the Xi–Lavrov seed (June 2024) ranked Orbán's "peace broker" story (July 2024, sharing Putin and
 * Diplomacy) above "Xi visits Moscow" (March 2023), which shares both leaders and both topics; an archive spans
 * years, and a reader following a story's thread expects its earlier chapters.
 */
const DATE_HALF_LIFE_DAYS = 730;
/** The date factor of a pair in which either article is undated: as if two years apart. */
const UNDATED_FACTOR = 0.5;
/**
 * Largest share of the archive's articles on whose pages one article may be suggested (at least one page). Without
 * it, a story naming many leaders was suggested on 53 of 136 pages (39 %); readers follow links to what is close to
 * the story they read, and a hub reached from everywhere is close to none.
 */
export const MAX_SUGGESTED_SHARE = 0.1;
/** Candidates kept per article before the cap is applied: enough that an article whose best are full finds others. */
const CANDIDATES = RELATED_COUNT * 4;
/**
 * Smallest similarity (cosine of the weighted tag vectors, times the date factor) worth suggesting: below it two
 * articles share little beyond a country most of the archive is about. On the 139-file test archive (the seeds, the
 * scraped and the Ukraine-crisis corpus folders), 96 % of the candidate pairs under 0.02 shared countries and nothing
 * else, against 47 % from 0.02 to 0.04.
 */
const MIN_SIMILARITY = 0.02;

type Keys = Array<[key: string, weight: number]>;

function tagsOf(article: AnalyzedArticle): Array<[string, number]> {
  return [
    ...article.actors.filter((a) => !a.discovered).map((a): [string, number] => [`a:${a.id}`, RELATED_WEIGHTS.actor]),
    ...article.topics.map((t): [string, number] => [`t:${t.id}`, RELATED_WEIGHTS.topic]),
    ...article.countries
      .filter((c) => c.primary)
      .map((c): [string, number] => [`c:${c.code}`, RELATED_WEIGHTS.country]),
  ];
}

/**
 * Each article's tags weighed by kind and rarity, scaled to unit length; and the articles of every tag. Rarity is
 * 1/√(articles carrying the tag) rather than TF-IDF's ln(N/df): it does not depend on the archive's size, so an
 * article's related list changes only when an article sharing one of its tags comes or goes, and a rebuild after
 * adding an unrelated article keeps its page (with ln(N/df) every score moved). On the 139-file test archive the two
 * chose the same articles for the Xi–Lavrov, Orbán and sanctions stories, in nearly the same order.
 */
function weighTags(articles: AnalyzedArticle[]): { keys: Keys[]; postings: Map<string, number[]> } {
  const tags = articles.map(tagsOf);
  const postings = new Map<string, number[]>();
  tags.forEach((list, i) => {
    for (const [key] of list) {
      const posting = postings.get(key);
      if (posting) posting.push(i);
      else postings.set(key, [i]);
    }
  });
  const keys = tags.map((list) => {
    const weighed = list.map(([key, kind]): [string, number] => [key, kind / Math.sqrt(postings.get(key)!.length)]);
    const norm = Math.hypot(...weighed.map(([, w]) => w));
    return norm ? weighed.map(([key, w]): [string, number] => [key, w / norm]) : [];
  });
  return { keys, postings };
}

function dayNumber(article: AnalyzedArticle): number | null {
  return article.date ? Date.parse(article.date.iso) / 86_400_000 : null;
}

function dateFactor(a: number | null, b: number | null): number {
  return a === null || b === null ? UNDATED_FACTOR : 1 / (1 + Math.abs(a - b) / DATE_HALF_LIFE_DAYS);
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
 * Every article's best candidates, as `[i, j, score]` triples. Scores accumulate in one typed array reused for
 * every article, and only the best few are kept, rather than a map and a full sort per article: a common tag (a
 * country in a third of the archive) makes each article touch thousands of others.
 */
function scoreCandidates(articles: AnalyzedArticle[]): Array<[number, number, number]> {
  const { keys, postings } = weighTags(articles);
  const days = articles.map(dayNumber);
  const weights = keys.map((list) => new Map(list));
  const scores = new Float64Array(articles.length);
  const touched: number[] = [];
  const pairs: Array<[number, number, number]> = [];
  articles.forEach((_, i) => {
    for (const [key, weight] of keys[i]!) {
      for (const j of postings.get(key)!) {
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j] = scores[j]! + weight * weights[j]!.get(key)!;
      }
    }
    const best: Array<[number, number]> = [];
    for (const j of touched) {
      const score = scores[j]! * dateFactor(days[i]!, days[j]!);
      if (score >= MIN_SIMILARITY) keepBest(best, j, score, CANDIDATES);
      scores[j] = 0;
    }
    touched.length = 0;
    for (const [j, score] of best) pairs.push([i, j, score]);
  });
  return pairs;
}

/**
 * For each article (by index), the indexes of its related articles, best first. Pairs are taken best first across
 * the whole archive, and an article stops being suggested once it is on `MAX_SUGGESTED_SHARE` of the pages, so the
 * result does not depend on the order in which pages are filled.
 */
export function findRelated(articles: AnalyzedArticle[]): number[][] {
  const cap = Math.max(1, Math.floor(articles.length * MAX_SUGGESTED_SHARE));
  const pairs = scoreCandidates(articles).sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const related: number[][] = articles.map(() => []);
  const suggested = new Uint32Array(articles.length);
  for (const [i, j] of pairs) {
    if (related[i]!.length >= RELATED_COUNT || suggested[j]! >= cap) continue;
    related[i]!.push(j);
    suggested[j]!++;
  }
  return related;
}
