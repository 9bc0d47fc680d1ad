import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildArchiveDir, makeArchive } from '../helpers/archive.ts';
import { HOSTILE_DIR } from '../helpers/hostile.ts';
import { manyArticles } from '../helpers/many-articles.ts';
import { snapshotTree } from '../helpers/tree.ts';

/**
 * Builds the same articles (the seeds, 30 more and the hostile files) twice, written in opposite orders into two
 * folders a moment apart, with `settings` as the archive's settings file when given; checks both sites are the same
 * bytes, and that building again over one changes nothing. Returns the files of the site.
 */
async function buildTwice(settings?: string) {
  const articles: Record<string, string | Uint8Array> = { ...manyArticles(30) };
  for (const name of readdirSync(HOSTILE_DIR)) articles[`hostile/${name}`] = readFileSync(path.join(HOSTILE_DIR, name));
  const archive = (files: typeof articles) => {
    const dir = makeArchive(files, { seeds: true });
    if (settings) writeFileSync(path.join(dir, 'site.yaml'), settings);
    return dir;
  };
  const a = await buildArchiveDir(archive(articles));
  const b = await buildArchiveDir(archive(Object.fromEntries(Object.entries(articles).reverse())));
  assert.equal(a.report.published.length, 42);
  const filesA = snapshotTree(a.outDir);
  const filesB = snapshotTree(b.outDir);
  assert.deepEqual([...filesA.keys()], [...filesB.keys()]);
  for (const [file, hash] of filesA) assert.equal(filesB.get(file), hash, file);

  // Building again over an existing site changes nothing either.
  await buildArchiveDir(a.contentDir);
  assert.deepEqual(snapshotTree(a.outDir), filesA);
  return [...filesA.keys()];
}

describe('deterministic output', () => {
  it('gives byte-identical sites for the same inputs, whatever the folder, the order files were written in, or the time', async () => {
    await buildTwice();
  });

  it('does so with the search index in shards', async () => {
    const files = await buildTwice(
      'name: Desk\ndescription: News.\nlanguage: en\nbaseUrl: https://desk.example.org/\nitemsPerPage: 25\nsearchShardSize: 10\n',
    );
    const shards = new Set(files.map((file) => file.split('/')[0]!).filter((top) => /^pagefind-\d+$/.test(top)));
    assert.ok(shards.size >= 3, [...shards].join(', '));
  });
});
