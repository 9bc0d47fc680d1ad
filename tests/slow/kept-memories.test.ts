import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { worthReleasing } from '../../src/release-memory.ts';
import { buildArchiveDir, makeArchive } from '../helpers/archive.ts';

const WORDS = (
  'harbour council budget river bridge school market railway festival museum library farmers orchard bakery ' +
  'hospital airport village mayor teachers strike vote election court judge ferry storm flood drought harvest ' +
  'factory workers union wages prices rents housing garden park stadium league cup final coach players fans ' +
  'theatre concert orchestra painter gallery novel poet prize scientists laboratory telescope comet satellite'
).split(' ');

/** An article of its own words (drawn from `n`), sharing no sentence with any other, so none is a duplicate. */
function article(n: number): string {
  let seed = n * 7919 + 13;
  const word = () => {
    seed = (seed * 48271) % 2147483647;
    return WORDS[seed % WORDS.length]!;
  };
  const sentence = () => `The ${word()} and the ${word()} of ${word()} number ${n} met the ${word()} ${word()}.`;
  return `Story ${n} of the ${word()} ${word()}\n\n${Array.from({ length: 8 }, sentence).join(' ')}\n`;
}

const KINDS = ['duplicates', 'model', 'plan', 'related'];

/** The files of the memories kept in `cacheDir`, by name. */
const keptFilesIn = (cacheDir: string) =>
  new Map(
    readdirSync(cacheDir)
      .filter((file) => /^(model|related|duplicates|plan)-/.test(file))
      .map((file) => [file, readFileSync(path.join(cacheDir, file), 'utf8')]),
  );

describe('a full build large enough to give its memory back before Pagefind builds the base index', () => {
  it('keeps the model, the related articles, the duplicate groups and the plan in the cache folder', async () => {
    const count = 520;
    assert.ok(worthReleasing(count), 'the archive is large enough to give its memory back');
    const dir = makeArchive(
      Object.fromEntries(Array.from({ length: count }, (_, n) => [`story-${n}.txt`, article(n)])),
    );
    const cacheDir = path.join(path.dirname(dir), 'cache');
    const built = await buildArchiveDir(dir, { cacheDir });
    assert.equal(built.model.articles.length, count);
    const kept = keptFilesIn(cacheDir);
    assert.deepEqual([...kept.keys()].map((file) => file.split('-')[0]).sort(), KINDS);
    const model = [...kept].find(([file]) => file.startsWith('model-'))![1];
    assert.equal((JSON.parse(model) as { memory: { articles: unknown[] } }).memory.articles.length, count);
    // The next build takes them from there: after one addition it updates them and leaves the files as they are.
    writeFileSync(path.join(dir, 'articles', 'story-new.txt'), article(count));
    const added = await buildArchiveDir(dir, { cacheDir });
    assert.equal(added.model.articles.length, count + 1);
    assert.deepEqual(keptFilesIn(cacheDir), kept);
  });
});
