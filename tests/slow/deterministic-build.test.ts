import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildArchiveDir, makeArchive } from '../helpers/archive.ts';
import { HOSTILE_DIR } from '../helpers/hostile.ts';
import { manyArticles } from '../helpers/many-articles.ts';
import { snapshotTree } from '../helpers/tree.ts';

describe('deterministic output', () => {
  it('gives byte-identical sites for the same inputs, whatever the folder, the order files were written in, or the time', async () => {
    const articles: Record<string, string | Uint8Array> = { ...manyArticles(30) };
    for (const name of readdirSync(HOSTILE_DIR))
      articles[`hostile/${name}`] = readFileSync(path.join(HOSTILE_DIR, name));
    // The same files, written in the opposite order into another folder, a moment later.
    const a = await buildArchiveDir(makeArchive(articles, { seeds: true }));
    const b = await buildArchiveDir(
      makeArchive(Object.fromEntries(Object.entries(articles).reverse()), { seeds: true }),
    );
    assert.equal(a.report.published.length, 42);
    const filesA = snapshotTree(a.outDir);
    const filesB = snapshotTree(b.outDir);
    assert.deepEqual([...filesA.keys()], [...filesB.keys()]);
    for (const [file, hash] of filesA) assert.equal(filesB.get(file), hash, file);

    // Building again over an existing site changes nothing either.
    await buildArchiveDir(a.contentDir);
    assert.deepEqual(snapshotTree(a.outDir), filesA);
  });
});
