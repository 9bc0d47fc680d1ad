import assert from 'node:assert/strict';
import { appendFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { buildArchiveDir, makeArchive, SEED_FILES, type BuiltArchive } from '../helpers/archive.ts';

const BAKERY = 'Village bakery wins the national bread prize\n\nA village bakery won the national bread prize on Saturday. The judges praised its sourdough and its rye.\n';

/** The inode of a built page: the same number means the file was not rewritten. */
function inodeOf(site: BuiltArchive, url: string): number {
  return statSync(path.join(site.outDir, url, 'index.html')).ino;
}

describe('rebuilding an archive through the analysis cache', () => {
  let dir: string;
  let cacheDir: string;
  let first: BuiltArchive;
  let added: BuiltArchive;
  let previous: Map<string, { inode: number; html: string }>;
  before(async () => {
    dir = makeArchive({}, { seeds: true });
    cacheDir = path.join(dir, 'cache');
    first = await buildArchiveDir(dir, { cacheDir });
    previous = new Map(first.report.published.map((p) => [p.url, { inode: inodeOf(first, p.url), html: first.page(p.url) }]));
    // A story that shares no tag with the seeds, so their pages stay byte for byte the same.
    writeFileSync(path.join(dir, 'articles', 'new-article.txt'), BAKERY);
    added = await buildArchiveDir(dir, { cacheDir });
  });

  it('analyses every article on the first build', () => {
    assert.deepEqual(first.report.counts, { new: 5, changed: 0, analyzed: 5, cached: 0 });
  });

  it('analyses only the added article on the next build, and publishes it', () => {
    assert.deepEqual(added.report.counts, { new: 1, changed: 0, analyzed: 1, cached: 5 });
    assert.equal(added.report.published.length, 6);
    const url = added.report.published.find((p) => p.file === 'new-article.txt')!.url;
    assert.match(added.page(url), /<h1>Village bakery wins the national bread prize<\/h1>/);
  });

  it('builds the same pages from the cache as from a fresh analysis', async () => {
    const fresh = await buildArchiveDir(makeArchive({ 'new-article.txt': BAKERY }, { seeds: true }));
    for (const entry of fresh.report.published) assert.equal(added.page(entry.url), fresh.page(entry.url), entry.url);
    assert.equal(added.page('/'), fresh.page('/'));
  });

  it('does not rewrite a page whose bytes did not change', () => {
    const unchanged = first.report.published.filter((p) => added.page(p.url) === previous.get(p.url)!.html);
    assert.ok(unchanged.length > 0);
    for (const entry of unchanged) assert.equal(inodeOf(added, entry.url), previous.get(entry.url)!.inode, entry.url);
    assert.ok(added.report.pages!.unchanged > 0);
  });

  it('counts an edited article as changed and analyses only it', async () => {
    appendFileSync(path.join(dir, 'articles', SEED_FILES.supports), '\nA correction was added to this article.\n');
    const edited = await buildArchiveDir(dir, { cacheDir });
    assert.deepEqual(edited.report.counts, { new: 0, changed: 1, analyzed: 1, cached: 5 });
  });

  it('re-tags every article when the actors file changes', async () => {
    appendFileSync(
      path.join(dir, 'taxonomy', 'actors.yaml'),
      '\n- id: uighur-muslims\n  name: Uighur Muslims\n  type: organization\n  country: null\n  aliases: []\n  shortNames: []\n  roles: []\n',
    );
    const retagged = await buildArchiveDir(dir, { cacheDir });
    assert.deepEqual(retagged.report.counts, { new: 0, changed: 0, analyzed: 6, cached: 0 });
    const whiteHouse = retagged.report.published.find((p) => p.file === SEED_FILES.whiteHouse)!;
    assert.match(retagged.page(whiteHouse.url), /href="\/actors\/uighur-muslims\/"/);
  });
});
