/**
 * Archive stage: related articles. Two articles are related by the tags they share, each weighed by how rare it is
 * in the archive (as TF-IDF weighs words) and by its kind (topics and actors say more than a country), as the cosine
 * of their tag vectors, so an article with many tags is not close to everything; then scaled by how close the two
 * are in time. No article is suggested on more than a tenth of the pages that list related articles. Pure.
 */
import type { AnalyzedArticle } from '../types.ts';

/** What relatedness compares of an article: its tags and date. */
type Tagged = Pick<AnalyzedArticle, 'actors' | 'topics' | 'countries' | 'date'>;

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
 * Largest share of the pages listing related articles on which one article may be suggested (at least one page).
 * Without it, a story naming many leaders was suggested on 53 of 130 such pages (41 %); readers follow links to what
 * is close to the story they read, and a hub reached from everywhere is close to none.
 */
export const MAX_SUGGESTED_SHARE = 0.1;
/** Candidates kept per article before the cap is applied: enough that an article whose best are full finds others. */
const CANDIDATES = RELATED_COUNT * 4;
/**
 * Smallest similarity (cosine of the weighted tag vectors, times the date factor) worth suggesting: below it two
 * articles share little beyond a country most of the archive is about. On the 139-file test archive (the seeds, the
 * scraped and the Ukraine-crisis corpus folders), 97 % of the candidate pairs under 0.02 shared countries and nothing
 * else, against 53 % from 0.02 to 0.04.
 */
const MIN_SIMILARITY = 0.02;

/**
 * The archive's tags as numbers. An article's weight for a tag is the tag's own (kind × rarity) over the article's
 * norm, so the dot product of two articles is the sum of the shared tags' squared weights over the two norms: the
 * sum is accumulated first, the norms applied once per pair.
 */
interface WeighedTags {
  /** Per article: the ids of its tags. */
  tags: Int32Array[];
  /** Per tag id: the tag's squared weight. */
  squares: Float64Array;
  /** Per tag id: the articles carrying it. */
  postings: Int32Array[];
  /** Per article: one over the length of its weight vector (0 for an article without tags). */
  inverseNorms: Float64Array;
}

function tagsOf(article: Tagged): Array<[string, number]> {
  return [
    ...article.actors.filter((a) => !a.discovered).map((a): [string, number] => [`a:${a.id}`, RELATED_WEIGHTS.actor]),
    ...article.topics.map((t): [string, number] => [`t:${t.id}`, RELATED_WEIGHTS.topic]),
    ...article.countries
      .filter((c) => c.primary)
      .map((c): [string, number] => [`c:${c.code}`, RELATED_WEIGHTS.country]),
  ];
}

/**
 * How rare a tag carried by `count` articles is: 1/√count, the count rounded down to a power of two. TF-IDF's
 * ln(N/df) would move every score whenever the archive grows; this moves only when a tag's count crosses a power of
 * two, so an article's related list changes only when an article sharing one of its tags comes or goes (and
 * seldom then), and a rebuild after adding an unrelated article keeps its page. On the 139-file test archive it
 * chose the same articles as ln(N/df) for the Xi–Lavrov, Orbán and sanctions stories, in nearly the same order.
 */
function rarityOf(count: number): number {
  return 1 / Math.sqrt(2 ** Math.floor(Math.log2(count)));
}

/** Each article's tags weighed by kind and rarity, and the articles of every tag. */
function weighTags(articles: Tagged[]): WeighedTags {
  const idOf = new Map<string, number>();
  const kinds: number[] = [];
  const tags = articles.map((article) =>
    Int32Array.from(tagsOf(article), ([key, kind]) => {
      if (!idOf.has(key)) {
        idOf.set(key, idOf.size);
        kinds.push(kind);
      }
      return idOf.get(key)!;
    }),
  );
  const counts = new Int32Array(idOf.size);
  for (const ids of tags) for (const id of ids) counts[id]!++;
  const squares = Float64Array.from(counts, (count, id) => (kinds[id]! * rarityOf(count)) ** 2);
  const postings = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(idOf.size);
  tags.forEach((ids, i) => ids.forEach((id) => (postings[id]![filled[id]!++] = i)));
  const inverseNorms = Float64Array.from(tags, (ids) => {
    const sum = ids.reduce((total, id) => total + squares[id]!, 0);
    return sum ? 1 / Math.sqrt(sum) : 0;
  });
  return { tags, squares, postings, inverseNorms };
}

/** An article's day number, NaN when it is undated. */
function dayNumber(article: Tagged): number {
  return article.date ? Date.parse(article.date.iso) / 86_400_000 : NaN;
}

function dateFactor(a: number, b: number): number {
  return Number.isNaN(a - b) ? UNDATED_FACTOR : 1 / (1 + Math.abs(a - b) / DATE_HALF_LIFE_DAYS);
}

/** Every article's best candidates, best first: the article indexes and their scores. */
interface Candidates {
  articles: Int32Array[];
  scores: Float64Array[];
}

/** The best few candidates of one article, best first (ties by index), in fixed typed arrays. */
class BestList {
  readonly articles = new Int32Array(CANDIDATES);
  readonly scores = new Float64Array(CANDIDATES);
  size = 0;

  /** The score a candidate must beat to enter the list. */
  get floor(): number {
    return this.size < CANDIDATES ? MIN_SIMILARITY : this.scores[CANDIDATES - 1]!;
  }

  offer(j: number, score: number): void {
    let at = this.size;
    while (at > 0 && (this.scores[at - 1]! < score || (this.scores[at - 1] === score && this.articles[at - 1]! > j))) {
      at--;
    }
    if (at >= CANDIDATES) return;
    const end = Math.min(this.size, CANDIDATES - 1);
    this.articles.copyWithin(at + 1, at, end);
    this.scores.copyWithin(at + 1, at, end);
    this.articles[at] = j;
    this.scores[at] = score;
    this.size = end + 1;
  }
}

/** Adds the squared weights of the tags `i` shares with every other article into `sums`, and lists those reached. */
function accumulate(i: number, weighed: WeighedTags, sums: Float64Array, touched: number[]): void {
  for (const id of weighed.tags[i]!) {
    const posting = weighed.postings[id]!;
    const square = weighed.squares[id]!;
    for (let p = 0; p < posting.length; p++) {
      const j = posting[p]!;
      if (sums[j] === 0) touched.push(j);
      sums[j] = sums[j]! + square;
    }
  }
}

/**
 * Sums accumulate in one typed array reused for every article, and only the best few are kept, rather than a map
 * and a full sort per article: a common tag (a country in a third of the archive) makes each article touch
 * thousands of others.
 */
function scoreCandidates(articles: Tagged[]): Candidates {
  const weighed = weighTags(articles);
  const days = Float64Array.from(articles, dayNumber);
  const sums = new Float64Array(articles.length);
  const touched: number[] = [];
  const found: Candidates = { articles: [], scores: [] };
  for (let i = 0; i < articles.length; i++) {
    accumulate(i, weighed, sums, touched);
    sums[i] = 0;
    const best = new BestList();
    const inverseNorm = weighed.inverseNorms[i]!;
    let floor = best.floor;
    for (const j of touched) {
      const cosine = sums[j]! * inverseNorm * weighed.inverseNorms[j]!;
      sums[j] = 0;
      // The date factor is at most 1: a candidate below the list's floor before it cannot enter.
      if (cosine < floor) continue;
      const score = cosine * dateFactor(days[i]!, days[j]!);
      if (score < floor) continue;
      best.offer(j, score);
      floor = best.floor;
    }
    touched.length = 0;
    found.articles.push(best.articles.slice(0, best.size));
    found.scores.push(best.scores.slice(0, best.size));
  }
  return found;
}

/** True when no article is among the first `RELATED_COUNT` candidates of more than `cap` articles. */
function fitsCap(candidates: Candidates, cap: number): boolean {
  const wanted = new Int32Array(candidates.articles.length);
  for (const list of candidates.articles) for (const j of list.subarray(0, RELATED_COUNT)) wanted[j]!++;
  return wanted.every((n) => n <= cap);
}

/**
 * The candidates taken best first across the whole archive (ties by article, then candidate), each article
 * suggested until it is on `cap` pages.
 */
function takeUnderCap(candidates: Candidates, cap: number): number[][] {
  const rows: number[] = [];
  const columns: number[] = [];
  candidates.articles.forEach((list, i) => list.forEach((_, k) => (rows.push(i), columns.push(k))));
  const order = Uint32Array.from(rows.keys()).sort((a, b) => {
    const [ia, ib] = [rows[a]!, rows[b]!];
    return candidates.scores[ib]![columns[b]!]! - candidates.scores[ia]![columns[a]!]! || ia - ib || a - b;
  });
  const related: number[][] = candidates.articles.map(() => []);
  const suggested = new Uint32Array(candidates.articles.length);
  for (const pair of order) {
    const i = rows[pair]!;
    const j = candidates.articles[i]![columns[pair]!]!;
    if (related[i]!.length >= RELATED_COUNT || suggested[j]! >= cap) continue;
    related[i]!.push(j);
    suggested[j]!++;
  }
  return related;
}

/** The largest number of pages one article may be suggested on when `pages` pages list related articles. */
function capFor(pages: number): number {
  return Math.max(1, Math.floor(pages * MAX_SUGGESTED_SHARE));
}

/**
 * For each article (by index), the indexes of its related articles, best first. Candidates are taken best first
 * across the whole archive, and an article stops being suggested once it is on `MAX_SUGGESTED_SHARE` of the pages
 * that list related articles, so the result does not depend on the order in which pages are filled. Capping can
 * leave a page whose every candidate is full with no list, and so lower the pages that list: the cap is lowered
 * until it is a tenth of the pages that list under it (one page at least: with fewer than ten such pages, that is
 * more than a tenth). When no article would pass the cap (most large archives), that is every article's own best.
 */
export function findRelated(articles: Tagged[]): number[][] {
  const candidates = scoreCandidates(articles);
  let cap = capFor(candidates.articles.filter((list) => list.length > 0).length);
  if (fitsCap(candidates, cap)) return candidates.articles.map((list) => [...list.subarray(0, RELATED_COUNT)]);
  for (;;) {
    const related = takeUnderCap(candidates, cap);
    const fitting = capFor(related.filter((list) => list.length > 0).length);
    if (fitting >= cap) return related;
    cap = fitting;
  }
}
