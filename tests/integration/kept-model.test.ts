import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createAnalysisMemory } from '../../src/build/index.ts';
import { buildArchiveDir, makeArchive } from '../helpers/archive.ts';

const BAKERY =
  'Village bakery wins the national bread prize\n\nA village bakery won the national bread prize on Saturday. The judges praised its sourdough and its rye.\n';

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
