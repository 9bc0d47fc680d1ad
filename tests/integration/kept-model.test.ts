import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createAnalysisMemory, REPO_ROOT } from '../../src/build/index.ts';
import { RACY_MS } from '../../src/cache/index.ts';
import { buildArchiveDir, makeArchive, SEED_FILES, seedText } from '../helpers/archive.ts';
import { snapshotTree } from '../helpers/tree.ts';

const BAKERY =
  'Village bakery wins the national bread prize\n\nA village bakery won the national bread prize on Saturday. The judges praised its sourdough and its rye.\n';

const HARBOUR =
  'Harbour festival draws a record crowd\n\nThe harbour festival drew a record crowd on Sunday. Fishing boats led the parade and the brass band played until dark.\n';

describe('a build process kept between rebuilds (npm run dev)', () => {
  it('takes the articles an addition does not touch from its last model instead of making them again', async () => {
    const dir = makeArchive({}, { seeds: true });
    const cacheDir = path.join(path.dirname(dir), 'cache');
    const memory = createAnalysisMemory();
    const first = await buildArchiveDir(dir, { cacheDir, memory });
    // Undated and sharing no tag with the seeds: no seed's related articles, neighbours or country pages change.
    writeFileSync(path.join(dir, 'articles', 'bakery.txt'), BAKERY);
    const second = await buildArchiveDir(dir, { cacheDir, memory });
    assert.equal(second.model.articles.length, first.model.articles.length + 1);
    const kept = new Set(second.model.articles);
    for (const article of first.model.articles) assert.ok(kept.has(article), `${article.url} made again`);
  });
});

/** Files of a built site that differ by design between a rebuild and a clean build: the search index's split. */
const SPLIT_BY_REBUILDS = /^(pagefind|pagefind-delta)\/|^\.build-state\.json$|^search\/index\.html$/;

/** Asserts that the site of `contentDir` is the one a clean build of its articles gives, but for the search index's split. */
async function assertCleanBuildOf(site: string, contentDir: string): Promise<void> {
  const clean = makeArchive();
  cpSync(path.join(contentDir, 'articles'), path.join(clean, 'articles'), { recursive: true });
  const whole = snapshotTree((await buildArchiveDir(clean)).outDir);
  const incremental = snapshotTree(site);
  const compared = (files: Map<string, string>) => [...files.keys()].filter((f) => !SPLIT_BY_REBUILDS.test(f));
  assert.ok(compared(whole).length > 50);
  assert.deepEqual(compared(incremental), compared(whole));
  for (const file of compared(whole)) assert.equal(incremental.get(file), whole.get(file), file);
}

/** The seeds and the corpus fixtures (real articles of four sources), with a cache folder beside them. */
function seedsAndCorpus(): { dir: string; articles: string; cacheDir: string } {
  const dir = makeArchive({}, { seeds: true });
  const articles = path.join(dir, 'articles');
  cpSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'corpus'), path.join(articles, 'corpus'), { recursive: true });
  return { dir, articles, cacheDir: path.join(path.dirname(dir), 'cache') };
}

/** The files of the memories kept in `cacheDir`, by name. */
const keptFilesIn = (cacheDir: string) =>
  new Map(
    readdirSync(cacheDir)
      .filter((file) => /^(model|related|duplicates|plan)-/.test(file))
      .map((file) => [file, readFileSync(path.join(cacheDir, file), 'utf8')]),
  );

describe('a new build process (npm run build) that restores the model the last one kept in the cache folder', () => {
  it('gives the site a clean build gives after an addition, then an edit and a removal', async () => {
    const { dir, articles, cacheDir } = seedsAndCorpus();
    await buildArchiveDir(dir, { cacheDir });
    const kept = keptFilesIn(cacheDir);
    assert.equal(kept.size, 4);
    writeFileSync(path.join(articles, 'bakery.txt'), BAKERY);
    cpSync(path.join(articles, SEED_FILES.lavrov), path.join(articles, 'lavrov-again.txt'));
    await buildArchiveDir(dir, { cacheDir });
    // Few changed (a new article, another with a copy now): the first build's memories stay, and the next build
    // updates them by the changes of both, which are enough for it to keep its own.
    assert.deepEqual(keptFilesIn(cacheDir), kept);
    writeFileSync(
      path.join(articles, SEED_FILES.supports),
      seedText(SEED_FILES.supports).replace(/Russia/g, 'Belarus'),
    );
    rmSync(path.join(articles, SEED_FILES.jointStatement));
    const rebuilt = await buildArchiveDir(dir, { cacheDir });
    const modelFile = [...kept.keys()].find((file) => file.startsWith('model-'))!;
    assert.notEqual(keptFilesIn(cacheDir).get(modelFile), kept.get(modelFile));
    await assertCleanBuildOf(rebuilt.outDir, dir);
  });

  it('builds the site anew from a kept model it cannot read', async () => {
    const { dir, articles, cacheDir } = seedsAndCorpus();
    await buildArchiveDir(dir, { cacheDir });
    for (const file of readdirSync(cacheDir).filter((name) => name.startsWith('model-')))
      writeFileSync(path.join(cacheDir, file), '{"fingerprint": "');
    rmSync(path.join(articles, SEED_FILES.lavrov));
    const rebuilt = await buildArchiveDir(dir, { cacheDir });
    await assertCleanBuildOf(rebuilt.outDir, dir);
  });
});

/** The segments of the analysis cache in `cacheDir`. */
const segmentsIn = (cacheDir: string) => readdirSync(cacheDir).filter((name) => name.startsWith('segment-'));

describe("the analysis cache's bodies, read from its segments when a build needs them", () => {
  it('never renders a body damaged on disk since the last build: its article is analysed again', async () => {
    const { dir, articles, cacheDir } = seedsAndCorpus();
    await buildArchiveDir(dir, { cacheDir });
    // Every entry's body (its third part) edited in place, behind its checksum.
    for (const name of segmentsIn(cacheDir)) {
      const file = path.join(cacheDir, name);
      const lines = readFileSync(file, 'utf8').split('\n');
      const damaged = lines.map((line) => line.split('\t').map((part, i) => (i === 2 ? part.replace(/e/, 'E') : part)));
      writeFileSync(file, damaged.map((parts) => parts.join('\t')).join('\n'));
    }
    writeFileSync(path.join(articles, 'bakery.txt'), BAKERY);
    const rebuilt = await buildArchiveDir(dir, { cacheDir });
    assert.equal(rebuilt.report.counts?.cached, 0);
    await assertCleanBuildOf(rebuilt.outDir, dir);
  });

  it('takes settled segments from the segment index without reading them through, and scans one written since', async () => {
    const { dir, articles, cacheDir } = seedsAndCorpus();
    await buildArchiveDir(dir, { cacheDir });
    // Once the segments' stats are older than the timestamps' coarseness, the next build lists them.
    await sleep(RACY_MS + 100);
    await buildArchiveDir(dir, { cacheDir });
    const index = readFileSync(path.join(cacheDir, 'segments.json'), 'latin1');
    const listed = JSON.parse(index.slice(65)).segments.map((s: { name: string }) => s.name);
    assert.deepEqual(listed, segmentsIn(cacheDir));
    writeFileSync(path.join(articles, 'bakery.txt'), BAKERY);
    const added = await buildArchiveDir(dir, { cacheDir });
    assert.equal(added.report.counts?.analyzed, 1);
    // Every segment taken from the index: it is left as it was, its new segment not listed yet.
    assert.equal(readFileSync(path.join(cacheDir, 'segments.json'), 'latin1'), index);
    await assertCleanBuildOf(added.outDir, dir);
    // The next build finds the addition's segment unlisted and scans it: the bakery comes from the cache.
    writeFileSync(path.join(articles, 'harbour.txt'), HARBOUR);
    const next = await buildArchiveDir(dir, { cacheDir });
    assert.equal(next.report.counts?.analyzed, 1);
    assert.notEqual(readFileSync(path.join(cacheDir, 'segments.json'), 'latin1'), index);
    await assertCleanBuildOf(next.outDir, dir);
  });

  it("gives a process kept between rebuilds its records' bodies once another build deleted their segments", async () => {
    const { dir, articles, cacheDir } = seedsAndCorpus();
    const memory = createAnalysisMemory();
    const first = await buildArchiveDir(dir, { cacheDir, memory });
    // Another archive's build sharing the cache folder writes the entries it uses again and deletes the rest.
    for (const name of segmentsIn(cacheDir)) rmSync(path.join(cacheDir, name));
    // A copy of a seed: grouping compares it with the seed's shingles, and the seed's page, showing the copy, is
    // rendered again from its body.
    cpSync(path.join(articles, SEED_FILES.lavrov), path.join(articles, 'lavrov-again.txt'));
    const rebuilt = await buildArchiveDir(dir, { cacheDir, memory });
    assert.equal(rebuilt.report.duplicates.length, first.report.duplicates.length + 1);
    await assertCleanBuildOf(rebuilt.outDir, dir);
  });
});
