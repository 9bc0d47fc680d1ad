import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArchive } from '../../src/build/index.ts';
import { makeArchive } from '../helpers/archive.ts';
import { manyArticles } from '../helpers/many-articles.ts';

describe('an archive of 20,000 files in one folder', () => {
  it('reads and analyses every file, and accounts for each one', async () => {
    const contentDir = makeArchive({ ...manyArticles(19_998), 'empty.txt': '', 'notes.pdf': 'not an article' });
    const analyzed = await analyzeArchive({ contentDir, retrieved: null });
    assert.equal(analyzed.filesRead, 20_000);
    assert.equal(analyzed.articles.length, 19_998);
    assert.deepEqual(analyzed.rejected.map((r) => [r.file, r.code]).sort(), [
      ['empty.txt', 'empty'],
      ['notes.pdf', 'extension'],
    ]);
    assert.equal(new Set(analyzed.articles.map((a) => a.file)).size, 19_998);
    rmSync(path.dirname(contentDir), { recursive: true, force: true });
  });
});
