import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bucketOf, DELTA_MIN_LIMIT, planSearchIndex, type IndexEntry } from '../../../src/search/index.ts';

const FINGERPRINT = 'records-v1';
const entry = (n: number, version = 1): IndexEntry => ({
  url: `/articles/2024/06/story-${n}/`,
  hash: `hash-${n}-${version}`,
});
const archive = (count: number) => Array.from({ length: count }, (_, n) => entry(n));
/** The state a whole index of `entries` leaves. */
const indexed = (entries: IndexEntry[]) => planSearchIndex(entries, null, FINGERPRINT).state;

describe('planning the search index', () => {
  it('indexes every article into the base on a first build', () => {
    const plan = planSearchIndex(archive(10), null, FINGERPRINT);
    assert.equal(plan.rebuildBase, true);
    assert.deepEqual(plan.delta, []);
    assert.deepEqual(plan.staleBuckets, []);
    assert.equal(Object.keys(plan.state.base).length, 10);
  });

  it('keeps the base and indexes an added article alone, leaving no bucket out', () => {
    const before = archive(1000);
    const added = entry(5000);
    const plan = planSearchIndex([...before, added], indexed(before), FINGERPRINT);
    assert.equal(plan.rebuildBase, false);
    assert.deepEqual(plan.delta, [added.url]);
    assert.deepEqual(plan.staleBuckets, []);
  });

  it('leaves out the bucket of an edited article and indexes that bucket’s current articles', () => {
    const before = archive(1000);
    const after = before.map((e, n) => (n === 7 ? entry(7, 2) : e));
    const plan = planSearchIndex(after, indexed(before), FINGERPRINT);
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
    const plan = planSearchIndex(before.slice(1), indexed(before), FINGERPRINT);
    const bucket = bucketOf(before[0]!.url);
    assert.deepEqual(plan.staleBuckets, [bucket]);
    assert.ok(!plan.delta.includes(before[0]!.url));
    assert.ok(plan.delta.every((url) => bucketOf(url) === bucket));
  });

  it('keeps the delta of the previous build when nothing changed since', () => {
    const before = archive(1000);
    const withAdded = [...before, entry(5000)];
    const first = planSearchIndex(withAdded, indexed(before), FINGERPRINT);
    const again = planSearchIndex(withAdded, first.state, FINGERPRINT);
    assert.equal(first.keepDelta, false);
    assert.equal(again.keepDelta, true);
    assert.deepEqual(again.delta, first.delta);
  });

  it('indexes the whole archive again once the delta outgrows its share', () => {
    const before = archive(1000);
    const grown = [...before, ...Array.from({ length: DELTA_MIN_LIMIT + 1 }, (_, n) => entry(5000 + n))];
    const plan = planSearchIndex(grown, indexed(before), FINGERPRINT);
    assert.equal(plan.rebuildBase, true);
    assert.deepEqual(plan.delta, []);
    assert.equal(Object.keys(plan.state.base).length, grown.length);
  });

  it('indexes the whole archive again when the record code or Pagefind changed', () => {
    const before = archive(100);
    assert.equal(planSearchIndex(before, indexed(before), 'records-v2').rebuildBase, true);
  });

  it('puts every article in the same bucket from build to build', () => {
    assert.equal(bucketOf('/articles/2024/06/story-1/'), bucketOf('/articles/2024/06/story-1/'));
    const buckets = new Set(archive(2000).map((e) => bucketOf(e.url)));
    assert.ok(buckets.size > 200, `${buckets.size} buckets used by 2,000 articles`);
  });
});
