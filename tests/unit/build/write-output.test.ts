import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createOutputWriter } from '../../../src/build/index.ts';
import { swapInOutput } from '../../../src/build/swap-output.ts';

describe('createOutputWriter', () => {
  it('links files whose bytes did not change from the previous output, and writes the others', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'news-archive-writer-'));
    const previous = path.join(root, 'previous');
    mkdirSync(path.join(previous, 'a'), { recursive: true });
    writeFileSync(path.join(previous, 'a', 'same.html'), 'same');
    writeFileSync(path.join(previous, 'a', 'changed.html'), 'before');
    const staging = path.join(root, 'staging');
    const writer = createOutputWriter(staging, previous);
    writer.write('a/same.html', 'same');
    writer.write('a/changed.html', 'after');
    writer.write('b/new.html', new TextEncoder().encode('new'));
    assert.deepEqual(writer.counts, { written: 2, unchanged: 1 });
    assert.equal(statSync(path.join(staging, 'a', 'same.html')).ino, statSync(path.join(previous, 'a', 'same.html')).ino);
    assert.equal(readFileSync(path.join(staging, 'a', 'changed.html'), 'utf8'), 'after');
    assert.equal(readFileSync(path.join(previous, 'a', 'changed.html'), 'utf8'), 'before');
    assert.equal(readFileSync(path.join(staging, 'b', 'new.html'), 'utf8'), 'new');
  });

  it('writes everything when there is no previous output', () => {
    const staging = path.join(mkdtempSync(path.join(tmpdir(), 'news-archive-writer-')), 'staging');
    const writer = createOutputWriter(staging, null);
    writer.write('index.html', 'home');
    assert.deepEqual(writer.counts, { written: 1, unchanged: 0 });
  });

  it('keeps previous files unread, and previous folders whole at the swap, and says when there are none to keep', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'news-archive-writer-'));
    const site = path.join(root, 'site');
    mkdirSync(path.join(site, 'pagefind', 'fragment'), { recursive: true });
    mkdirSync(path.join(site, 'articles', 'story'), { recursive: true });
    writeFileSync(path.join(site, 'page.html'), 'page');
    writeFileSync(path.join(site, 'articles', 'story', 'index.html'), 'story');
    writeFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), '{}');
    writeFileSync(path.join(site, 'pagefind', 'fragment', 'en_1.pf_fragment'), 'fragment');
    const inodes = new Map(['page.html', 'articles/story/index.html', 'pagefind/pagefind-entry.json', 'pagefind/fragment/en_1.pf_fragment'].map((f) => [f, statSync(path.join(site, f)).ino]));
    const staging = path.join(root, 'site.building');
    const writer = createOutputWriter(staging, site);
    assert.equal(writer.had('page.html'), true);
    assert.equal(writer.had('missing.html'), false);
    writer.keepAll(['page.html', 'articles/story/index.html']);
    assert.equal(writer.carry('pagefind'), true);
    assert.equal(writer.carry('pagefind-delta'), false);
    assert.deepEqual(writer.counts, { written: 0, unchanged: 4 });
    assert.deepEqual(writer.carried, ['pagefind']);
    swapInOutput(staging, site, 'wait', writer.carried);
    for (const [file, inode] of inodes) assert.equal(statSync(path.join(site, file)).ino, inode, file);
    assert.equal(createOutputWriter(path.join(root, 'other'), null).had('page.html'), false);
    assert.throws(() => createOutputWriter(path.join(root, 'again'), site).keepAll(['missing.html']), /missing\.html went missing during the build/);
  });
});
