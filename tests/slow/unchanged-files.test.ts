import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { before, describe, it } from 'node:test';
import {
  analyzeArchive,
  createAnalysisMemory,
  type AnalysisMemory,
  type AnalyzedArchive,
} from '../../src/build/index.ts';
import { RACY_MS } from '../../src/cache/index.ts';
import { hashBytes } from '../../src/read/index.ts';
import { buildArchiveDir, makeArchive, SEED_FILES, seedText, type BuiltArchive } from '../helpers/archive.ts';
import { snapshotTree } from '../helpers/tree.ts';

const BAKERY =
  'Village bakery wins the national bread prize\n\nA village bakery won the national bread prize on Saturday. The judges praised its sourdough and its rye.\n';

/** A modification time in whole seconds, as `touch -d` and `cp -p` put back. */
const OLD_MTIME = new Date('2026-03-01T09:00:00Z');

/** Gives every article an old modification time, then waits until the change times that moved have settled. */
async function settle(articlesDir: string): Promise<void> {
  for (const name of readdirSync(articlesDir)) utimesSync(path.join(articlesDir, name), OLD_MTIME, OLD_MTIME);
  await sleep(RACY_MS + 200);
}

/** Rewrites a seed with one word changed for another of the same length, and puts its modification time back. */
function editKeepingSizeAndTime(articlesDir: string, file: string, from: string, to: string): void {
  const full = path.join(articlesDir, file);
  const before = statSync(full);
  const text = seedText(file);
  assert.ok(text.includes(from) && from.length === to.length);
  writeFileSync(full, text.replace(from, to));
  utimesSync(full, OLD_MTIME, OLD_MTIME);
  assert.equal(statSync(full).size, before.size);
  assert.equal(statSync(full).mtimeMs, before.mtimeMs);
}

/** Files of a built site that differ by design between a rebuild and a clean build: the search index's split. */
const SPLIT_BY_REBUILDS = /^(pagefind|pagefind-delta)\/|^\.build-state\.json$|^search\/index\.html$/;

describe('a rebuild that reads only the files that changed', () => {
  let dir: string;
  let articlesDir: string;
  let cacheDir: string;
  const analyze = (): Promise<AnalyzedArchive> => analyzeArchive({ contentDir: dir, retrieved: null, cacheDir });
  before(async () => {
    dir = makeArchive({}, { seeds: true });
    articlesDir = path.join(dir, 'articles');
    cacheDir = path.join(path.dirname(dir), 'cache');
    await settle(articlesDir);
  });

  it('hashes every file once, then none whose size, times and inode did not change', async () => {
    const first = await analyze();
    assert.equal(first.filesHashed, 5);
    const second = await analyze();
    assert.equal(second.filesHashed, 0);
    assert.deepEqual(second.articles, first.articles);
    assert.deepEqual(second.counts, { analyzed: 0, cached: 5 });
  });

  it('reads again a file edited to the same size with its modification time put back', async () => {
    editKeepingSizeAndTime(articlesDir, SEED_FILES.lavrov, 'Lavrov', 'Lavrof');
    const edited = await analyze();
    assert.equal(edited.filesHashed, 1);
    assert.deepEqual(edited.counts, { analyzed: 1, cached: 4 });
    const lavrov = edited.articles.find((a) => a.file === SEED_FILES.lavrov)!;
    assert.match(lavrov.text, /Lavrof/);
    assert.equal(lavrov.hash, hashBytes(readFileSync(path.join(articlesDir, SEED_FILES.lavrov))));
  });

  it('builds incrementally the same pages, feeds and files as a clean build, in new processes or one that remembers', async () => {
    const memory = createAnalysisMemory();
    const rebuilt = [
      await rebuildAfterChanges(dir, {}),
      await rebuildAfterChanges(makeArchive({}, { seeds: true }), { memory }),
    ];
    assert.ok(memory.records.size >= 6);
    const clean = makeArchive();
    cpSync(articlesDir, path.join(clean, 'articles'), { recursive: true });
    const whole = snapshotTree((await buildArchiveDir(clean)).outDir);
    const compared = (files: Map<string, string>) => [...files.keys()].filter((f) => !SPLIT_BY_REBUILDS.test(f));
    assert.ok(compared(whole).length > 50);
    for (const site of rebuilt) {
      const incremental = snapshotTree(site.outDir);
      assert.deepEqual(compared(incremental), compared(whole));
      for (const file of compared(whole)) assert.equal(incremental.get(file), whole.get(file), file);
    }
  });
});

/**
 * Builds the archive of `contentDir` through a cache, adds an article, builds, edits two seeds keeping their size
 * and modification time (one as the test before did), builds.
 */
async function rebuildAfterChanges(contentDir: string, options: { memory?: AnalysisMemory }): Promise<BuiltArchive> {
  const articles = path.join(contentDir, 'articles');
  const cacheDir = path.join(path.dirname(contentDir), 'cache');
  await settle(articles);
  await buildArchiveDir(contentDir, { cacheDir, ...options });
  writeFileSync(path.join(articles, 'bakery.txt'), BAKERY);
  await buildArchiveDir(contentDir, { cacheDir, ...options });
  editKeepingSizeAndTime(articles, SEED_FILES.lavrov, 'Lavrov', 'Lavrof');
  editKeepingSizeAndTime(articles, SEED_FILES.supports, 'the', 'THE');
  const rebuilt = await buildArchiveDir(contentDir, { cacheDir, ...options });
  assert.ok(rebuilt.report.counts!.cached >= 4);
  return rebuilt;
}
