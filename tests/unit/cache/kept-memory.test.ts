import assert from 'node:assert/strict';
import { isAscii } from 'node:buffer';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadKeptMemory, saveKeptMemory } from '../../../src/cache/index.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

/** A memory with characters of every width: a summary's ellipsis, a pound sign, a letter of two bytes, an emoji. */
const MEMORY = {
  summary: 'Sterling fell to £1.20 … the lowest since 1985 – Čapek’s “view”',
  title: 'Tōkyō 🌧 rain',
  places: [1, 2, null],
};

describe('kept memories', () => {
  it('are written in ASCII alone and read back as they were', async () => {
    const cacheDir = makeTempDir();
    const articlesDir = path.join(cacheDir, 'articles');
    await saveKeptMemory(cacheDir, articlesDir, 'model', 'code-1', MEMORY);
    const [file] = readdirSync(cacheDir);
    assert.ok(isAscii(readFileSync(path.join(cacheDir, file!))));
    assert.deepEqual(loadKeptMemory(cacheDir, articlesDir, 'model', 'code-1'), MEMORY);
    assert.equal(loadKeptMemory(cacheDir, articlesDir, 'model', 'code-2'), null);
  });

  it('are read as they were from a file an earlier build wrote in UTF-8', async () => {
    const cacheDir = makeTempDir();
    const articlesDir = path.join(cacheDir, 'articles');
    await saveKeptMemory(cacheDir, articlesDir, 'related', 'code-1', {});
    const file = path.join(cacheDir, readdirSync(cacheDir)[0]!);
    writeFileSync(file, JSON.stringify({ fingerprint: 'code-1', memory: MEMORY }));
    assert.deepEqual(loadKeptMemory(cacheDir, articlesDir, 'related', 'code-1'), MEMORY);
  });
});
