import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { readFragmentUrl } from '../../src/output/index.ts';
import { buildArchiveDir, makeArchive, type BuiltArchive } from '../helpers/archive.ts';
import { manyArticles } from '../helpers/many-articles.ts';
import { snapshotTree } from '../helpers/tree.ts';

/** The archive's settings file with `searchShardSize`. */
const settingsWith = (shardSize: number) =>
  `name: Desk\ndescription: News.\nlanguage: en\nbaseUrl: https://desk.example.org/\nitemsPerPage: 25\nsearchShardSize: ${shardSize}\n`;

/** The folders of the site's base index, in order: `pagefind`, then `pagefind-2`, `pagefind-3`… */
function shardFolders(site: BuiltArchive): string[] {
  const numbered = readdirSync(site.outDir)
    .filter((name) => /^pagefind-\d+$/.test(name))
    .sort((a, b) => Number(a.slice(9)) - Number(b.slice(9)));
  return ['pagefind', ...numbered];
}

/** The URL of every page an index holds, read from its fragments. */
function indexedUrls(site: BuiltArchive, folder: string): string[] {
  const dir = path.join(site.outDir, folder, 'fragment');
  return readdirSync(dir).map((name) => readFragmentUrl(`fragment/${name}`, readFileSync(path.join(dir, name))));
}

/** The search form's `data-shards`, or null when the page has none. */
const shardsAttribute = (site: BuiltArchive) => /data-shards="([^"]*)"/.exec(site.page('/search/'))?.[1] ?? null;

describe('the search index in shards', () => {
  const SHARD_SIZE = 8;
  let first: BuiltArchive;
  let added: BuiltArchive;
  let firstShards: Array<Map<string, string>>;
  before(async () => {
    const dir = makeArchive(manyArticles(40), { seeds: true });
    writeFileSync(path.join(dir, 'site.yaml'), settingsWith(SHARD_SIZE));
    const cacheDir = path.join(path.dirname(dir), 'cache');
    first = await buildArchiveDir(dir, { cacheDir });
    firstShards = shardFolders(first).map((folder) => snapshotTree(path.join(first.outDir, folder)));
    writeFileSync(
      path.join(dir, 'articles', 'added.md'),
      '---\ntitle: Bakery opens\ndate: 2025-03-01\n---\nA bakery opened on the high street.\n',
    );
    added = await buildArchiveDir(dir, { cacheDir });
  });

  it('splits the base into shards of at most the shard size, every article in exactly one', () => {
    const folders = shardFolders(first);
    assert.ok(folders.length >= 45 / SHARD_SIZE, folders.join(', '));
    const urls = folders.map((folder) => indexedUrls(first, folder));
    for (const [i, held] of urls.entries()) {
      assert.ok(held.length > 0 && held.length <= SHARD_SIZE, `${folders[i]}: ${held.length}`);
      const dates = JSON.parse(readFileSync(path.join(first.outDir, folders[i]!, 'dates.json'), 'utf8')) as Record<
        string,
        string[]
      >;
      assert.equal(Object.values(dates).flat().length, held.length, `${folders[i]}'s date table`);
      assert.ok(existsSync(path.join(first.outDir, folders[i]!, 'words.json')), `${folders[i]}'s word table`);
    }
    assert.deepEqual(urls.flat().sort(), first.model.articles.map((a) => a.url).sort());
    assert.equal(first.report.search?.indexed, first.model.articles.length);
  });

  it("gives Pagefind's script and WebAssembly to the first shard alone", () => {
    const [base, ...others] = shardFolders(first);
    assert.ok(existsSync(path.join(first.outDir, base!, 'pagefind.js')));
    for (const folder of others) {
      assert.ok(existsSync(path.join(first.outDir, folder, 'pagefind-entry.json')), folder);
      assert.ok(!existsSync(path.join(first.outDir, folder, 'pagefind.js')), folder);
    }
  });

  it('names the shards after the first on the search page, for its script to merge', () => {
    const others = shardFolders(first).slice(1);
    assert.equal(shardsAttribute(first), others.map((folder) => `/${folder}/`).join(' '));
  });

  it('keeps every shard when an article is added, and indexes the new one alone into the delta', () => {
    assert.deepEqual(added.report.search, { indexed: 1, baseIndexed: false, deltaArticles: 1 });
    assert.deepEqual(
      shardFolders(added).map((folder) => snapshotTree(path.join(added.outDir, folder))),
      firstShards,
    );
    assert.equal(shardsAttribute(added), shardsAttribute(first));
    assert.match(added.page('/search/'), /data-delta="\/pagefind-delta\/"/);
    const bakery = added.model.articles.find((a) => a.file === 'added.md')!;
    assert.deepEqual(indexedUrls(added, 'pagefind-delta'), [bakery.url]);
  });

  it('builds an archive of the shard size or fewer articles as one index, naming no shard', async () => {
    const dir = makeArchive({}, { seeds: true });
    writeFileSync(path.join(dir, 'site.yaml'), settingsWith(5));
    const seeds = await buildArchiveDir(dir);
    assert.equal(seeds.model.articles.length, 5);
    assert.deepEqual(shardFolders(seeds), ['pagefind']);
    assert.equal(shardsAttribute(seeds), null);
  });
});
