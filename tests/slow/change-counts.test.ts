import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/build/index.ts';
import { makeArchive, reportFileFor, siteDirFor } from '../helpers/archive.ts';

const BAKERY =
  'Village bakery wins the national bread prize\n\nA village bakery won the national bread prize on Saturday. The judges praised its sourdough.\n';

describe('counting new and changed articles', () => {
  it("compares with the site being replaced, even when another archive's build wrote the same report file in between", async () => {
    const seeds = makeArchive({}, { seeds: true });
    const other = makeArchive({ 'bakery.txt': BAKERY });
    // Two archives built from one folder share the default report path.
    const reportFile = path.join(path.dirname(other), 'shared-report.json');
    const build = (contentDir: string) =>
      buildSite({ contentDir, outDir: siteDirFor(contentDir), reportFile, retrieved: null, cacheDir: null });
    assert.deepEqual((await build(seeds)).report.counts, { new: 5, changed: 0, analyzed: 5, cached: 0 });
    assert.deepEqual((await build(other)).report.counts, { new: 1, changed: 0, analyzed: 1, cached: 0 });
    writeFileSync(path.join(seeds, 'articles', 'bakery.txt'), BAKERY);
    assert.deepEqual((await build(seeds)).report.counts, { new: 1, changed: 0, analyzed: 6, cached: 0 });
  });

  it("leaves no article file name in the site, where the previous build's articles are kept", async () => {
    const dir = makeArchive({ 'private-notes-2024.txt': BAKERY });
    await buildSite({
      contentDir: dir,
      outDir: siteDirFor(dir),
      reportFile: reportFileFor(dir),
      retrieved: null,
      cacheDir: null,
    });
    assert.doesNotMatch(readFileSync(path.join(siteDirFor(dir), '.build-state.json'), 'utf8'), /private-notes/);
  });
});
