import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bucketOf, DELTA_MIN_LIMIT, planSearchIndex, type IndexEntry } from '../../../src/search/index.ts';
import { shardOf, shardsOf } from '../../../src/search/plan-index.ts';

const FINGERPRINT = 'records-v1';
/** The most articles a shard of the base holds: more than any archive here but those of the shards' tests. */
const SHARD_SIZE = 25_000;
const entry = (n: number, version = 1): IndexEntry => ({
  url: `/articles/2024/06/story-${n}/`,
  hash: `hash-${n}-${version}`,
});
const archive = (count: number) => Array.from({ length: count }, (_, n) => entry(n));
/** The state a whole index of `entries` leaves. */
const indexed = (entries: IndexEntry[]) => planSearchIndex(entries, null, FINGERPRINT, SHARD_SIZE).state;

describe('planning the search index', () => {
  it('indexes every article into the base on a first build', () => {
    const plan = planSearchIndex(archive(10), null, FINGERPRINT, SHARD_SIZE);
    assert.equal(plan.rebuildBase, true);
    assert.deepEqual(plan.delta, []);
    assert.deepEqual(plan.staleBuckets, []);
    assert.equal(Object.keys(plan.state.base).length, 10);
  });

  it('keeps the base and indexes an added article alone, leaving no bucket out', () => {
    const before = archive(1000);
    const added = entry(5000);
    const plan = planSearchIndex([...before, added], indexed(before), FINGERPRINT, SHARD_SIZE);
    assert.equal(plan.rebuildBase, false);
    assert.deepEqual(plan.delta, [added.url]);
    assert.deepEqual(plan.staleBuckets, []);
  });

  it('leaves out the bucket of an edited article and indexes that bucket’s current articles', () => {
    const before = archive(1000);
    const after = before.map((e, n) => (n === 7 ? entry(7, 2) : e));
    const plan = planSearchIndex(after, indexed(before), FINGERPRINT, SHARD_SIZE);
    const bucket = bucketOf(before[7]!.url);
    assert.deepEqual(plan.staleBuckets, [bucket]);
    assert.deepEqual(
      plan.delta,
      after.filter((e) => bucketOf(e.url) === bucket).map((e) => e.url),
    );
    assert.ok(plan.delta.includes(before[7]!.url));
  });

  it('leaves out the bucket of a removed article, so the search never finds it', () => {
    const before = archive(1000);
    const plan = planSearchIndex(before.slice(1), indexed(before), FINGERPRINT, SHARD_SIZE);
    const bucket = bucketOf(before[0]!.url);
    assert.deepEqual(plan.staleBuckets, [bucket]);
    assert.ok(!plan.delta.includes(before[0]!.url));
    assert.ok(plan.delta.every((url) => bucketOf(url) === bucket));
  });

  it('keeps the delta of the previous build when nothing changed since', () => {
    const before = archive(1000);
    const withAdded = [...before, entry(5000)];
    const first = planSearchIndex(withAdded, indexed(before), FINGERPRINT, SHARD_SIZE);
    const again = planSearchIndex(withAdded, first.state, FINGERPRINT, SHARD_SIZE);
    assert.equal(first.keepDelta, false);
    assert.equal(again.keepDelta, true);
    assert.deepEqual(again.delta, first.delta);
  });

  it('indexes the whole archive again once the delta outgrows its share', () => {
    const before = archive(1000);
    const grown = [...before, ...Array.from({ length: DELTA_MIN_LIMIT + 1 }, (_, n) => entry(5000 + n))];
    const plan = planSearchIndex(grown, indexed(before), FINGERPRINT, SHARD_SIZE);
    assert.equal(plan.rebuildBase, true);
    assert.deepEqual(plan.delta, []);
    assert.equal(Object.keys(plan.state.base).length, grown.length);
  });

  it('indexes the whole archive again when the record code or Pagefind changed', () => {
    const before = archive(100);
    assert.equal(planSearchIndex(before, indexed(before), 'records-v2', SHARD_SIZE).rebuildBase, true);
  });

  it('puts every article in the same bucket from build to build', () => {
    assert.equal(bucketOf('/articles/2024/06/story-1/'), bucketOf('/articles/2024/06/story-1/'));
    const buckets = new Set(archive(2000).map((e) => bucketOf(e.url)));
    assert.ok(buckets.size > 200, `${buckets.size} buckets used by 2,000 articles`);
  });
});

describe('the shards of the base', () => {
  const urls = (count: number) => archive(count).map((e) => e.url);

  it('makes an archive up to the shard size one index', () => {
    assert.deepEqual(shardsOf(urls(1000), 1000), [0]);
    assert.deepEqual(planSearchIndex(archive(1000), null, FINGERPRINT, 1000).state.shards, [0]);
  });

  it('splits a larger archive into shards of at most the shard size, every article in one', () => {
    const shards = shardsOf(urls(1000), 300);
    assert.ok(shards.length >= 4, `${shards.length} shards`);
    assert.equal(shards[0], 0);
    assert.deepEqual(
      shards,
      [...shards].sort((a, b) => a - b),
    );
    const held = new Array<number>(shards.length).fill(0);
    for (const url of urls(1000)) held[shardOf(url, shards)]!++;
    assert.equal(
      held.reduce((a, b) => a + b),
      1000,
    );
    assert.ok(
      held.every((count) => count > 0 && count <= 300),
      held.join(', '),
    );
  });

  it('moves no article to another shard when one is added, unless its own shard is halved', () => {
    const before = shardsOf(urls(1000), 300);
    for (let n = 5000; n < 5100; n++) {
      const after = shardsOf([...urls(1000), entry(n).url], 300);
      // A shard halved adds a start; every start of before stays, so no other shard's articles move.
      assert.ok(
        before.every((start) => after.includes(start)),
        `${before} -> ${after}`,
      );
    }
  });

  it('keeps the shards with the base, and indexes the base again when the shard size changed', () => {
    const before = archive(1000);
    const first = planSearchIndex(before, null, FINGERPRINT, 300);
    const added = planSearchIndex([...before, entry(5000)], first.state, FINGERPRINT, 300);
    assert.equal(added.rebuildBase, false);
    assert.deepEqual(added.state.shards, first.state.shards);
    const resized = planSearchIndex(before, first.state, FINGERPRINT, 600);
    assert.equal(resized.rebuildBase, true);
    assert.ok(resized.state.shards.length < first.state.shards.length);
  });
});
