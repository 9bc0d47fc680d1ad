/**
 * Archive stage: related articles. Two articles are related by the tags they share, each weighed by how rare it is
 * in the archive (as TF-IDF weighs words) and by its kind (topics and actors say more than a country), as the cosine
 * of their tag vectors, so an article with many tags is not close to everything; then scaled by how close the two
 * are in time. No article is suggested on more than a tenth of the pages that list related articles. Pure.
 */
import type { AnalyzedArticle } from '../types.ts';

/**
 * What relatedness compares of an article: its tags and date; its title and address (when it has one) tell it
 * from the others from one call to the next (see `RelatedMemory`).
 */
type Tagged = Pick<AnalyzedArticle, 'actors' | 'topics' | 'countries' | 'date' | 'title'> & { url?: string };

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
  /** Per tag id: its key (`a:`, `t:` or `c:` and the tag's id). */
  keys: string[];
  /** Per tag id: the tag's squared weight. */
  squares: Float64Array;
  /** Per tag id: the articles carrying it, by day (ties by index), the undated last. */
  postings: Int32Array[];
  /** Per tag id: the days of its articles, in the order of `postings`. */
  postingDays: Float64Array[];
  /** Per tag id: how many of its articles are dated (they come first in `postings`). */
  datedCounts: Int32Array;
  /** Per article: one over the length of its weight vector (0 for an article without tags). */
  inverseNorms: Float64Array;
  /** Whether no article carries a tag twice (the bounds of `bestByDay` hold only then). */
  distinct: boolean;
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

/** What relatedness reads of one article: its tags (key and kind), its day and its identity (see `RelatedMemory`). */
interface Described {
  tags: Array<[string, number]>;
  day: number;
  identity: string;
}

/**
 * Each article's description, made once per article object: a model's objects are never changed once made, and
 * a process that builds again and again (`npm run dev`) gives most of them again at every build.
 */
const descriptions = new WeakMap<Tagged, Described>();

function descriptionOf(article: Tagged): Described {
  let described = descriptions.get(article);
  if (!described) {
    const tags = tagsOf(article);
    const keys = tags.map(([key]) => key).join(' ');
    const identity = `${article.url ?? ''}\0${article.title}\0${article.date?.iso ?? ''}\0${keys}`;
    described = { tags, day: dayNumber(article), identity };
    descriptions.set(article, described);
  }
  return described;
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

/** Article indexes by day, ties by index, the undated (NaN) last. */
function byDay(days: Float64Array): Int32Array {
  const order = Int32Array.from(days.keys());
  return order.sort((a, b) => {
    const [da, db] = [days[a]!, days[b]!];
    if (Number.isNaN(da) || Number.isNaN(db)) return Number(Number.isNaN(da)) - Number(Number.isNaN(db)) || a - b;
    return da - db || a - b;
  });
}

/** Each article's tags weighed by kind and rarity, and the articles of every tag by day. */
function weighTags(articles: Described[], days: Float64Array): WeighedTags {
  const idOf = new Map<string, number>();
  const kinds: number[] = [];
  const tags = articles.map((article) =>
    Int32Array.from(article.tags, ([key, kind]) => {
      if (!idOf.has(key)) {
        idOf.set(key, idOf.size);
        kinds.push(kind);
      }
      return idOf.get(key)!;
    }),
  );
  const keys = [...idOf.keys()];
  const counts = new Int32Array(idOf.size);
  for (const ids of tags) for (const id of ids) counts[id]!++;
  const squares = Float64Array.from(counts, (count, id) => (kinds[id]! * rarityOf(count)) ** 2);
  const postings = Array.from(counts, (count) => new Int32Array(count));
  const postingDays = Array.from(counts, (count) => new Float64Array(count));
  const datedCounts = new Int32Array(idOf.size);
  const filled = new Int32Array(idOf.size);
  for (const i of byDay(days)) {
    for (const id of tags[i]!) {
      postingDays[id]![filled[id]!] = days[i]!;
      postings[id]![filled[id]!++] = i;
      if (!Number.isNaN(days[i]!)) datedCounts[id]!++;
    }
  }
  const inverseNorms = Float64Array.from(tags, (ids) => {
    const sum = ids.reduce((total, id) => total + squares[id]!, 0);
    return sum ? 1 / Math.sqrt(sum) : 0;
  });
  const distinct = tags.every((ids) => new Set(ids).size === ids.length);
  return { tags, keys, squares, postings, postingDays, datedCounts, inverseNorms, distinct };
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

/** The score a candidate must beat to enter a list of `size` candidates whose last one scored `last`. */
function floorOf(size: number, last: number): number {
  return size < CANDIDATES ? MIN_SIMILARITY : last;
}

/** The best few candidates of one article, best first (ties by index), in fixed typed arrays. */
class BestList {
  readonly articles = new Int32Array(CANDIDATES);
  readonly scores = new Float64Array(CANDIDATES);
  size = 0;

  /** A list holding `articles` with their `scores`, best first. */
  static of(articles: Int32Array, scores: Float64Array): BestList {
    const list = new BestList();
    list.articles.set(articles);
    list.scores.set(scores);
    list.size = articles.length;
    return list;
  }

  /** The score a candidate must beat to enter the list. */
  get floor(): number {
    return floorOf(this.size, this.scores[CANDIDATES - 1]!);
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

/** What scoring needs of the whole archive: the weighed tags, each article's day, and the scratch arrays reused. */
interface Scoring {
  weighed: WeighedTags;
  days: Float64Array;
  sums: Float64Array;
  touched: number[];
  /** Per article: one more than the last article whose candidates it was scored as (see `bestByDay`). */
  metBy: Int32Array;
}

function startScoring(described: Described[]): Scoring {
  const days = Float64Array.from(described, (d) => d.day);
  return {
    weighed: weighTags(described, days),
    days,
    sums: new Float64Array(described.length),
    touched: [],
    metBy: new Int32Array(described.length),
  };
}

/**
 * The best candidates of article `i`. Sums accumulate in one typed array reused for every article, and only the
 * best few are kept, rather than a map and a full sort per article: a common tag (a country in a third of the
 * archive) makes each article touch thousands of others. `onTouched`, when given, is told every article `j` that
 * shares a tag with `i`.
 */
function bestOf(i: number, scoring: Scoring, onTouched?: (j: number) => void): BestList {
  const { weighed, days, sums, touched } = scoring;
  accumulate(i, weighed, sums, touched);
  sums[i] = 0;
  const best = new BestList();
  const inverseNorm = weighed.inverseNorms[i]!;
  let floor = best.floor;
  for (const j of touched) {
    if (sums[j] === 0) continue;
    onTouched?.(j);
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
  return best;
}

/**
 * The score of `j` as a candidate of `i`, computed as `bestOf(i)` computes it (the shared tags summed in the order
 * of `i`'s, the norms applied in its order), so that it is the same number to the last bit.
 */
function scoreOf(i: number, j: number, { weighed, days }: Scoring): number {
  const theirs = weighed.tags[j]!;
  let sum = 0;
  for (const id of weighed.tags[i]!) for (const other of theirs) if (other === id) sum = sum + weighed.squares[id]!;
  return sum * weighed.inverseNorms[i]! * weighed.inverseNorms[j]! * dateFactor(days[i]!, days[j]!);
}

/**
 * Slack on the bounds of `bestByDay`, against a rounding that would put a bound a bit under the score it bounds
 * (the two are computed in different orders).
 */
const BOUND_SLACK = 1 + 1e-9;

/** The first index of `days` (sorted, of length `end`) whose day is not before `day`. */
function firstFrom(days: Float64Array, end: number, day: number): number {
  let [low, high] = [0, end];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle]! < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The best candidates of article `i`, as `bestOf` finds them, without reading the whole list of each tag it
 * carries. Its tags are read rarest first. An article first met in the list of its tag number `m` shares with `i`
 * none of the rarer ones, and its cosine with `i` is at most √(the squared weights of tags `m` and on) times `i`'s
 * inverse norm (Cauchy–Schwarz over the tags they share: the other article's norm is at least theirs); times the
 * date factor, that bounds its score. Each tag's articles are read by day, outwards from `i`'s, and a side is left
 * once its bound falls under the list's floor, which only rises: a common country's list, a fixed share of the
 * archive, is read over a few days around the article's instead of whole. Each article met is scored once
 * (`scoreOf`, the same number as `bestOf`'s).
 */
function bestByDay(i: number, scoring: Scoring): BestList {
  const { weighed, days, metBy } = scoring;
  const { postings, postingDays, datedCounts, squares } = weighed;
  const best = new BestList();
  const day = days[i]!;
  const mark = i + 1;
  metBy[i] = mark;
  const rarestFirst = Array.from(weighed.tags[i]!).sort((a, b) => postings[a]!.length - postings[b]!.length || a - b);
  let rest = rarestFirst.reduce((sum, id) => sum + squares[id]!, 0);
  // Scores a candidate met for the first time; false once `bound` times its date factor is under the floor.
  const meet = (j: number, bound: number): boolean => {
    if (bound * dateFactor(day, days[j]!) < best.floor) return false;
    if (metBy[j] === mark) return true;
    metBy[j] = mark;
    const score = scoreOf(i, j, scoring);
    if (score >= best.floor) best.offer(j, score);
    return true;
  };
  for (const id of rarestFirst) {
    const bound = Math.sqrt(rest) * weighed.inverseNorms[i]! * BOUND_SLACK;
    rest -= squares[id]!;
    if (bound < best.floor) break;
    const posting = postings[id]!;
    const dated = datedCounts[id]!;
    if (Number.isNaN(day)) {
      for (let p = 0; p < posting.length && meet(posting[p]!, bound); p++);
      continue;
    }
    // Outwards from the article's day: the nearer side first, each side left at its first article under the floor.
    let after = firstFrom(postingDays[id]!, dated, day);
    let before = after - 1;
    let [beforeOpen, afterOpen] = [before >= 0, after < dated];
    while (beforeOpen || afterOpen) {
      const takeBefore =
        beforeOpen && (!afterOpen || day - postingDays[id]![before]! <= postingDays[id]![after]! - day);
      if (takeBefore) beforeOpen = meet(posting[before]!, bound) && --before >= 0;
      else afterOpen = meet(posting[after]!, bound) && ++after < dated;
    }
    for (let p = dated; p < posting.length && meet(posting[p]!, bound); p++);
  }
  return best;
}

function toCandidates(lists: BestList[]): Candidates {
  return {
    articles: lists.map((best) => best.articles.slice(0, best.size)),
    scores: lists.map((best) => best.scores.slice(0, best.size)),
  };
}

/** How an article's best candidates are found: `bestByDay`, or `bestOf` when some article carries a tag twice. */
function bestFor(scoring: Scoring): (i: number, scoring: Scoring) => BestList {
  return scoring.weighed.distinct ? bestByDay : bestOf;
}

function scoreCandidates(scoring: Scoring): Candidates {
  const best = bestFor(scoring);
  return toCandidates(Array.from(scoring.days, (_, i) => best(i, scoring)));
}

/**
 * What `findRelated` keeps from one call for the next, in a process that builds again and again (`npm run dev`):
 * the identity of each article of the last call, in its order (its address, title, date and tags: what its
 * candidates and its place in the order depend on), each one's candidates by their places in that order, and each
 * tag's squared weight.
 */
export interface RelatedMemory {
  identities: string[];
  /** Each identity's place in `identities`. */
  placeOf: Map<string, number>;
  candidates: Candidates;
  squares: Map<string, number>;
}

export function createRelatedMemory(): RelatedMemory {
  return { identities: [], placeOf: new Map(), candidates: { articles: [], scores: [] }, squares: new Map() };
}

/** The memory as JSON holds it. */
export interface StoredRelatedMemory {
  identities: string[];
  /** Per identity: its candidates' places in `identities`, and their scores (JSON gives a number back exactly). */
  candidates: Array<[number[], number[]]>;
  squares: Array<[string, number]>;
}

export function storeRelatedMemory(memory: RelatedMemory): StoredRelatedMemory {
  const { articles, scores } = memory.candidates;
  return {
    identities: memory.identities,
    candidates: articles.map((of, i): [number[], number[]] => [Array.from(of), Array.from(scores[i]!)]),
    squares: [...memory.squares],
  };
}

export function restoreRelatedMemory(stored: StoredRelatedMemory): RelatedMemory {
  const { identities } = stored;
  if (stored.candidates.length !== identities.length) throw new Error('a kept list of candidates per identity');
  return {
    identities,
    placeOf: new Map(identities.map((identity, i) => [identity, i])),
    candidates: {
      articles: stored.candidates.map(([of]) => Int32Array.from(of)),
      scores: stored.candidates.map(([, scores]) => Float64Array.from(scores)),
    },
    squares: new Map(stored.squares),
  };
}

/**
 * Share of the archive's articles, new, changed, gone or carrying a tag whose weight changed, up to which the
 * candidates are updated from the memory rather than scored again for every article.
 */
const UPDATE_SHARE = 0.05;

/** Each article's identity, or null when two articles have the same (the memory cannot tell them apart). */
function identitiesOf(described: Described[]): string[] | null {
  const identities = described.map((d) => d.identity);
  return new Set(identities).size === identities.length ? identities : null;
}

/**
 * A list of the last call (`of`, by places in its order, and `scores`) with its articles' places now (`now`, -1 for
 * one gone), without those gone or `rescored`: the same scores when it lost none, null when it was full and lost
 * some (its next candidate was not kept).
 */
function keptList(
  of: Int32Array,
  scores: Float64Array,
  now: Int32Array,
  rescored: Set<number>,
): [Int32Array, Float64Array] | null {
  const articles = new Int32Array(of.length);
  const kept: number[] = [];
  for (let k = 0; k < of.length; k++) {
    const j = now[of[k]!]!;
    if (j >= 0 && !rescored.has(j)) articles[kept.push(k) - 1] = j;
  }
  if (kept.length === of.length) return [articles, scores];
  if (of.length === CANDIDATES) return null;
  return [articles.slice(0, kept.length), Float64Array.from(kept, (k) => scores[k]!)];
}

/**
 * The candidates of every article, as `scoreCandidates` gives them, from those of the previous call: only the
 * articles whose scores may have changed are scored again. An article is new (or changed) when its identity is;
 * its norm changes with it, and when a tag's weight changes (its count crossed a power of two), for every article
 * carrying it. An article none of those touches keeps its list; one they touch has them offered again at their new
 * score; one whose full list loses one of them is scored again (its next candidate is not kept). Null when too
 * many changed, or the memory holds nothing usable.
 */
function updateCandidates(scoring: Scoring, identities: string[], memory: RelatedMemory): Candidates | null {
  const { weighed } = scoring;
  const n = identities.length;
  const changedTags = new Set<number>();
  weighed.keys.forEach((key, id) => {
    if (memory.squares.get(key) !== weighed.squares[id]) changedTags.add(id);
  });
  // Each article's place in the last call (-1 when new), and each place's article now (-1 when gone).
  const before = new Int32Array(n);
  const now = new Int32Array(memory.identities.length).fill(-1);
  const rescored = new Set<number>();
  identities.forEach((identity, i) => {
    const place = memory.placeOf.get(identity);
    before[i] = place ?? -1;
    if (place !== undefined) now[place] = i;
    if (place === undefined || weighed.tags[i]!.some((id) => changedTags.has(id))) rescored.add(i);
  });
  const gone = now.reduce((count, i) => (i < 0 ? count + 1 : count), 0);
  if (!memory.identities.length || rescored.size + gone > Math.max(1, n * UPDATE_SHARE)) return null;
  // Each kept list without the rescored and gone articles (the same list when it holds none of them); a full one
  // that lost some is scored again. The others keep their order in the model, so a kept list stays in the order of
  // its scores, ties by article.
  const candidates: Candidates = { articles: new Array(n), scores: new Array(n) };
  const again = new Set<number>();
  identities.forEach((_, i) => {
    if (rescored.has(i)) return;
    const kept = keptList(
      memory.candidates.articles[before[i]!]!,
      memory.candidates.scores[before[i]!]!,
      now,
      rescored,
    );
    if (!kept) again.add(i);
    else [candidates.articles[i], candidates.scores[i]] = kept;
  });
  // The kept lists a rescored article entered, and the lists scored again.
  const offered = new Map<number, BestList>();
  const results = new Map<number, BestList>();
  for (const i of again) results.set(i, bestFor(scoring)(i, scoring));
  for (const j of rescored) {
    results.set(
      j,
      bestOf(j, scoring, (i) => {
        if (rescored.has(i) || again.has(i)) return;
        const score = scoreOf(i, j, scoring);
        const list = offered.get(i);
        const [articles, scores] = [candidates.articles[i]!, candidates.scores[i]!];
        // A list is copied into one that takes offers only once an offer would enter it.
        if (score < (list ? list.floor : floorOf(articles.length, scores.at(-1) ?? 0))) return;
        if (list) list.offer(j, score);
        else offered.set(i, BestList.of(articles, scores)).get(i)!.offer(j, score);
      }),
    );
  }
  for (const [i, list] of [...offered, ...results]) {
    candidates.articles[i] = list.articles.slice(0, list.size);
    candidates.scores[i] = list.scores.slice(0, list.size);
  }
  return candidates;
}

/** Keeps the candidates of this call in `memory`, for the next. */
function remember(memory: RelatedMemory, identities: string[], scoring: Scoring, candidates: Candidates): void {
  memory.identities = identities;
  memory.placeOf = new Map(identities.map((identity, i) => [identity, i]));
  memory.candidates = candidates;
  memory.squares = new Map(scoring.weighed.keys.map((key, id) => [key, scoring.weighed.squares[id]!]));
}

/** The candidates, updated from `memory` when it serves, and kept in it for the next call. */
function candidatesWith(articles: Tagged[], memory: RelatedMemory): Candidates {
  const described = articles.map(descriptionOf);
  const scoring = startScoring(described);
  const identities = identitiesOf(described);
  const candidates = (identities && updateCandidates(scoring, identities, memory)) ?? scoreCandidates(scoring);
  if (identities) remember(memory, identities, scoring, candidates);
  else Object.assign(memory, createRelatedMemory());
  return candidates;
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
 * With `memory`, the candidates are updated from those of the previous call where few articles changed (the same
 * candidates, found with less work), and kept for the next.
 */
export function findRelated(articles: Tagged[], memory?: RelatedMemory): number[][] {
  const candidates = memory
    ? candidatesWith(articles, memory)
    : scoreCandidates(startScoring(articles.map(descriptionOf)));
  let cap = capFor(candidates.articles.filter((list) => list.length > 0).length);
  if (fitsCap(candidates, cap)) return candidates.articles.map((list) => [...list.subarray(0, RELATED_COUNT)]);
  for (;;) {
    const related = takeUnderCap(candidates, cap);
    const fitting = capFor(related.filter((list) => list.length > 0).length);
    if (fitting >= cap) return related;
    cap = fitting;
  }
}
