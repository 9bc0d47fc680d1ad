import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/build/index.ts';
import { buildArchiveDir, makeArchive } from '../helpers/archive.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { snapshotTree } from '../helpers/tree.ts';

const CORPUS_FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'corpus');

/** A new archive of the seeds and the corpus fixtures (real articles of four sources). */
function seedsAndCorpus(): string {
  const dir = makeArchive({}, { seeds: true });
  cpSync(CORPUS_FIXTURES, path.join(dir, 'articles', 'corpus'), { recursive: true });
  return dir;
}

/** Asserts two sites hold the same files with the same bytes. */
function assertSameSite(actual: Map<string, string>, expected: Map<string, string>, what: string): void {
  assert.deepEqual([...actual.keys()], [...expected.keys()], `${what}: the same files`);
  for (const [file, hash] of expected) assert.equal(actual.get(file), hash, `${what}: ${file}`);
}

describe('builds with and without the analysis cache', () => {
  it('give byte-identical sites: no cache, a cache filled by the build, a full cache, and a rebuild over the site', async () => {
    const cacheDir = path.join(makeTempDir(), 'cache');
    const uncached = snapshotTree((await buildArchiveDir(seedsAndCorpus())).outDir);
    assert.ok(uncached.size > 200);

    const filling = await buildArchiveDir(seedsAndCorpus(), { cacheDir });
    assert.equal(filling.report.counts!.cached, 0);
    assertSameSite(snapshotTree(filling.outDir), uncached, 'a build filling the cache');

    // Another archive of the same files, every article of which comes from the cache.
    const cached = await buildArchiveDir(seedsAndCorpus(), { cacheDir });
    assert.equal(cached.report.counts!.analyzed, 0);
    assertSameSite(snapshotTree(cached.outDir), uncached, 'a build from the cache');

    // Nothing changed: building again over the site keeps it as it is.
    await buildArchiveDir(cached.contentDir, { cacheDir });
    assertSameSite(snapshotTree(cached.outDir), uncached, 'a rebuild over the site');
  });
});
