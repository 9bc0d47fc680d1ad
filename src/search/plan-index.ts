/**
 * Search stage: which articles a build indexes. Pagefind cannot add to an index, so the search index is two
 * Pagefind indexes that the search page merges: a large base, indexed in full only now and then, and a small delta
 * holding what changed since. Every article of the base sits in one of 1,024 buckets (a Pagefind filter); when
 * an article of the base changes or is removed, the search page leaves its whole bucket out of the base, and the
 * delta carries the current articles of that bucket. An added article goes to the delta alone. So a rebuild
 * indexes only the delta, and the base is indexed again once the delta has grown past a share of the archive.
 * Past the site's shard size, the base is several Pagefind indexes, its shards, each of whole buckets and at most
 * that many articles, which Pagefind builds one after another (so its memory peaks at one shard's) and the search
 * page merges as it merges the delta. Pure.
 */
import { createHash } from 'node:crypto';

/**
 * Buckets of the base index. More buckets make the delta of an edit smaller and the bucket filter larger: at 10,000
 * articles an edit's bucket holds about 10 articles (40 with 256 buckets, which `npm run dev` indexed again at every
 * build after it), and the bucket filter, whose values every first search loads with the other filters', is 26.0 KB
 * (23.3 KB with 256).
 */
const BUCKETS = 1024;
/** The delta may hold this share of the archive's articles before the base is indexed again… */
const DELTA_SHARE = 0.05;
/** …or this many articles, whichever is more (small archives are quick to index whole). */
export const DELTA_MIN_LIMIT = 200;
/**
 * The Pagefind filter that holds an article's bucket in the base (the delta has none: the search page's `none`
 * filter on stale buckets lets every article of the delta through; see `templates/assets/search.js`).
 */
export const BUCKET_FILTER = 'bucket';

/** One article as the index sees it: its URL and a hash of everything Pagefind is given for it. */
export interface IndexEntry {
  url: string;
  hash: string;
}

/** What a build remembers of the search index it wrote, to plan the next one. */
export interface SearchIndexState {
  /** Identifies how records are made and indexed (Pagefind's version, the record code): a change indexes anew. */
  fingerprint: string;
  /** Every article of the base index, by URL: the hash of its record. */
  base: Record<string, string>;
  /** A hash of the delta's entries, to tell whether the delta written last time can be kept; null without a delta. */
  deltaKey: string | null;
  /** The most articles a shard of the base may hold, as the site's settings said when the base was indexed. */
  shardSize: number;
  /** The first bucket of each shard of the base, in order (`[0]`: the base is one index). */
  shards: number[];
}

export interface SearchIndexPlan {
  /** True when the base is indexed now (from every entry); false when the previous base is kept. */
  rebuildBase: boolean;
  /** URLs indexed into the delta, in entry order; empty when there is no delta. */
  delta: string[];
  /** Buckets of the base the search page must leave out, as filter values, in order. */
  staleBuckets: string[];
  /** True when the delta is the same as last time, so its files can be kept. */
  keepDelta: boolean;
  /** The state to remember for the next build. */
  state: SearchIndexState;
}

/**
 * What the search page needs to know of the index: the base's shards after the first to merge (none when the base
 * is one index), the delta to merge (null without one), and the base's buckets to leave out.
 */
export interface SearchIndexLayout {
  shardUrls: string[];
  deltaUrl: string | null;
  staleBuckets: string[];
}

/** Buckets by URL, made once per URL in a process: `npm run dev` plans again and again for the same archive. */
const buckets = new Map<string, string>();

/** The bucket of an article of the base, from its URL: stable from build to build. */
export function bucketOf(url: string): string {
  let bucket = buckets.get(url);
  if (bucket === undefined) {
    bucket = String(createHash('sha1').update(url).digest().readUInt32BE(0) % BUCKETS);
    buckets.set(url, bucket);
  }
  return bucket;
}

/** The bucket of the article at `url`, as a number (`bucketOf` gives it as the bucket filter's value). */
const bucketNumberOf = (url: string): number => Number(bucketOf(url));

/**
 * The shards of a base index of `urls`: the first bucket of each, in order. The buckets are halved until each half
 * holds at most `shardSize` articles (a single bucket that holds more stays one shard), and a half left empty joins
 * the shard before it (the first shard starts at bucket 0). So the shards are decided by the articles alone, the
 * same from one build to the next: an added article moves no other article between shards unless its own shard
 * grows past the size and is halved. An archive of up to `shardSize` articles is one index.
 */
export function shardsOf(urls: string[], shardSize: number): number[] {
  const counts = new Array<number>(BUCKETS).fill(0);
  for (const url of urls) counts[bucketNumberOf(url)]!++;
  const starts: number[] = [];
  const split = (first: number, end: number) => {
    let held = 0;
    for (let b = first; b < end; b++) held += counts[b]!;
    if (held > shardSize && end - first > 1) {
      split(first, (first + end) / 2);
      split((first + end) / 2, end);
    } else if (held > 0) starts.push(starts.length ? first : 0);
  };
  split(0, BUCKETS);
  return starts.length ? starts : [0];
}

/** The shard, of a base whose shards start at `shards`, that holds the article at `url`. */
export function shardOf(url: string, shards: number[]): number {
  const bucket = bucketNumberOf(url);
  let shard = 0;
  while (shard + 1 < shards.length && shards[shard + 1]! <= bucket) shard++;
  return shard;
}

function keyOf(entries: IndexEntry[]): string {
  const hash = createHash('sha1');
  for (const e of entries) hash.update(e.url).update('\0').update(e.hash).update('\n');
  return hash.digest('hex');
}

function fullIndex(entries: IndexEntry[], fingerprint: string, shardSize: number): SearchIndexPlan {
  const shards = shardsOf(
    entries.map((e) => e.url),
    shardSize,
  );
  const base = Object.fromEntries(entries.map((e) => [e.url, e.hash]));
  return {
    rebuildBase: true,
    delta: [],
    staleBuckets: [],
    keepDelta: false,
    state: { fingerprint, base, deltaKey: null, shardSize, shards },
  };
}

/**
 * Plans the index of `entries` given what the previous build wrote (`previous`, null when there is none or it
 * cannot be used). `fingerprint` identifies the record code and Pagefind's version; `shardSize` is the most
 * articles a shard of the base holds (a base kept from a build with another size is indexed again).
 */
export function planSearchIndex(
  entries: IndexEntry[],
  previous: SearchIndexState | null,
  fingerprint: string,
  shardSize: number,
): SearchIndexPlan {
  if (!previous || previous.fingerprint !== fingerprint || previous.shardSize !== shardSize)
    return fullIndex(entries, fingerprint, shardSize);
  const current = new Map(entries.map((e) => [e.url, e.hash]));
  const stale = new Set<string>();
  for (const [url, hash] of Object.entries(previous.base)) if (current.get(url) !== hash) stale.add(bucketOf(url));
  const delta = entries.filter((e) => !(e.url in previous.base) || (stale.size > 0 && stale.has(bucketOf(e.url))));
  if (delta.length > Math.max(DELTA_MIN_LIMIT, DELTA_SHARE * entries.length))
    return fullIndex(entries, fingerprint, shardSize);
  const deltaKey = delta.length ? keyOf(delta) : null;
  return {
    rebuildBase: false,
    delta: delta.map((e) => e.url),
    staleBuckets: [...stale].sort((a, b) => Number(a) - Number(b)),
    keepDelta: deltaKey !== null && deltaKey === previous.deltaKey,
    state: { ...previous, deltaKey },
  };
}
