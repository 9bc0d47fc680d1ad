import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createOutputWriter, swapInOutput } from '../../../src/output/index.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('createOutputWriter', () => {
  it('links files whose bytes did not change from the previous output, and writes the others', async () => {
    const root = makeTempDir('news-archive-writer-');
    const previous = path.join(root, 'previous');
    mkdirSync(path.join(previous, 'a'), { recursive: true });
    writeFileSync(path.join(previous, 'a', 'same.html'), 'same');
    writeFileSync(path.join(previous, 'a', 'changed.html'), 'before');
    const staging = path.join(root, 'staging');
    const writer = createOutputWriter(staging, previous);
    await writer.write('a/same.html', 'same');
    await writer.write('a/changed.html', 'after');
    await writer.write('b/new.html', new TextEncoder().encode('new'));
    await writer.settled();
    assert.deepEqual(writer.counts, { written: 2, unchanged: 1 });
    assert.equal(
      statSync(path.join(staging, 'a', 'same.html')).ino,
      statSync(path.join(previous, 'a', 'same.html')).ino,
    );
    assert.equal(readFileSync(path.join(staging, 'a', 'changed.html'), 'utf8'), 'after');
    assert.equal(readFileSync(path.join(previous, 'a', 'changed.html'), 'utf8'), 'before');
    assert.equal(readFileSync(path.join(staging, 'b', 'new.html'), 'utf8'), 'new');
  });

  it('writes everything when there is no previous output, however many files wait at once', async () => {
    const staging = path.join(makeTempDir('news-archive-writer-'), 'staging');
    const writer = createOutputWriter(staging, null);
    await writer.write('index.html', 'home');
    // Handed over without waiting for room: far more than the writer writes at once, in shared folders.
    const pages = Array.from({ length: 200 }, (_, i) => `articles/${i % 7}/story-${i}/index.html`);
    await Promise.all(pages.map((file) => writer.write(file, file)));
    await writer.settled();
    assert.deepEqual(writer.counts, { written: 201, unchanged: 0 });
    for (const file of pages) assert.equal(readFileSync(path.join(staging, file), 'utf8'), file);
  });

  it('fails the build with the file that could not be written, and takes no file after it', async () => {
    const root = makeTempDir('news-archive-writer-');
    const staging = path.join(root, 'staging');
    mkdirSync(staging);
    // A file stands where a folder has to be made.
    writeFileSync(path.join(staging, 'articles'), 'not a folder');
    const writer = createOutputWriter(staging, null);
    await writer.write('articles/story/index.html', 'story');
    await assert.rejects(writer.settled(), /could not write articles\/story\/index\.html/);
    await assert.rejects(writer.write('index.html', 'home'), /could not write articles\/story\/index\.html/);
  });

  it('keeps previous files unread, and previous folders whole at the swap, and says when there are none to keep', async () => {
    const root = makeTempDir('news-archive-writer-');
    const site = path.join(root, 'site');
    mkdirSync(path.join(site, 'pagefind', 'fragment'), { recursive: true });
    mkdirSync(path.join(site, 'articles', 'story'), { recursive: true });
    writeFileSync(path.join(site, 'page.html'), 'page');
    writeFileSync(path.join(site, 'articles', 'story', 'index.html'), 'story');
    writeFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), '{}');
    writeFileSync(path.join(site, 'pagefind', 'fragment', 'en_1.pf_fragment'), 'fragment');
    const inodes = new Map(
      [
        'page.html',
        'articles/story/index.html',
        'pagefind/pagefind-entry.json',
        'pagefind/fragment/en_1.pf_fragment',
      ].map((f) => [f, statSync(path.join(site, f)).ino]),
    );
    const staging = path.join(root, 'site.building');
    const writer = createOutputWriter(staging, site);
    assert.equal(writer.had('page.html'), true);
    assert.equal(writer.had('missing.html'), false);
    await writer.keepAll(['page.html', 'articles/story/index.html']);
    assert.equal(writer.carry('pagefind'), true);
    assert.equal(writer.carry('pagefind-delta'), false);
    assert.deepEqual(writer.counts, { written: 0, unchanged: 4 });
    assert.deepEqual(writer.carried, ['pagefind']);
    swapInOutput(staging, site, 'wait', writer.carried);
    for (const [file, inode] of inodes) assert.equal(statSync(path.join(site, file)).ino, inode, file);
    assert.equal(createOutputWriter(path.join(root, 'other'), null).had('page.html'), false);
    await assert.rejects(
      createOutputWriter(path.join(root, 'again'), site).keepAll(['missing.html']),
      /missing\.html went missing during the build/,
    );
  });
});
