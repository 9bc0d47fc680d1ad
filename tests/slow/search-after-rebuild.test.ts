import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer, type RunningServer } from '../../src/serve/static-server.ts';
import { buildArchiveDir, makeArchive, type BuiltArchive } from '../helpers/archive.ts';
import { launchBrowser } from '../../src/bench/browser.ts';
import { openWatchedPage, type WatchedPage } from '../helpers/browser-page.ts';

/** A dated Markdown article about the harbour, with `extra` words of its own. */
function harbourStory(title: string, date: string, extra: string): string {
  return `---\ntitle: ${title}\ndate: ${date}\n---\nThe harbour authority met on ${date} to discuss the new quay. ${extra}\n\nFishermen said the harbour needed dredging before the winter storms arrived.\n`;
}

const FIRST = {
  'a.md': harbourStory('Harbour plans first shown', '2019-04-02', 'Residents saw the first drawings.'),
  'b.md': harbourStory(
    'Harbour lighthouse to be restored',
    '2021-06-10',
    'The old lighthouse will be restored with copper.',
  ),
  'c.md': harbourStory('Harbour quay opens', '2023-09-15', 'The mayor opened the quay.'),
  'd.md': harbourStory('Harbour budget approved', '2020-02-20', 'The council approved the budget.'),
  'e.md': `---\ntitle: Zebra crossing painted\ndate: 2022-01-05\n---\nWorkers painted a zebracrossing outside the school on Tuesday. Parents had asked for it for years.\n`,
};

describe('search after rebuilds that add, edit and remove articles', () => {
  let site: BuiltArchive;
  let server: RunningServer;
  let browser: Browser;
  const watched: WatchedPage[] = [];
  before(async () => {
    const dir = makeArchive(FIRST);
    const cacheDir = path.join(path.dirname(dir), 'cache');
    await buildArchiveDir(dir, { cacheDir });
    const articles = path.join(dir, 'articles');
    writeFileSync(
      path.join(articles, 'f.md'),
      harbourStory('Harbour ferry returns', '2022-05-01', 'The ferry service returned.'),
    );
    writeFileSync(
      path.join(articles, 'g.md'),
      harbourStory('Harbour festival held', '2024-07-20', 'Thousands came to the festival.'),
    );
    writeFileSync(
      path.join(articles, 'b.md'),
      harbourStory('Harbour lighthouse to be restored', '2021-06-10', 'A kingfisher nests by the old tower.'),
    );
    rmSync(path.join(articles, 'e.md'));
    site = await buildArchiveDir(dir, { cacheDir });
    server = await startStaticServer(site.outDir);
    browser = await launchBrowser(chromium);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a search and returns the status line and the titles shown, in order. */
  async function search(query: string): Promise<{ status: string; titles: string[] }> {
    const w = await openWatchedPage(browser, server.url);
    watched.push(w);
    await w.page.goto(`${server.url}/search/?${query}`);
    await w.page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached', timeout: 15_000 });
    return {
      status: (await w.page.locator('#search-status').textContent()) ?? '',
      titles: await w.page.locator('.search-result h2 a').allTextContents(),
    };
  }

  it('rebuilt the index as a kept base and a delta, leaving the changed articles’ buckets out', () => {
    assert.equal(site.report.search!.baseIndexed, false);
    assert.match(site.page('/search/'), /data-delta="\/pagefind-delta\/" data-stale-buckets="\d+( \d+)*"/);
  });

  it('finds an edited article by its new words, and no longer by the words it lost', async () => {
    assert.deepEqual((await search('q=kingfisher')).titles, ['Harbour lighthouse to be restored']);
    assert.deepEqual((await search('q=copper')).titles, []);
    // Its title did not change: it is found by it once, not also as the version the base still holds.
    assert.deepEqual((await search('q=lighthouse')).titles, ['Harbour lighthouse to be restored']);
    assert.deepEqual((await search('q=drawings')).titles, ['Harbour plans first shown']);
  });

  it('no longer finds a removed article', async () => {
    const found = await search('q=zebracrossing');
    assert.deepEqual(found.titles, []);
    assert.match(found.status, /No articles found for “zebracrossing”/);
  });

  it('shows every article once, base and delta together', async () => {
    const found = await search('q=harbour');
    assert.equal(found.titles.length, 6);
    assert.equal(new Set(found.titles).size, 6);
    assert.match(found.status, /6 articles found for “harbour”/);
  });

  it('orders base and delta together by date, newest or oldest first', async () => {
    const newest = [
      'Harbour festival held',
      'Harbour quay opens',
      'Harbour ferry returns',
      'Harbour lighthouse to be restored',
      'Harbour budget approved',
      'Harbour plans first shown',
    ];
    assert.deepEqual((await search('q=harbour&sort=newest')).titles, newest);
    assert.deepEqual((await search('q=harbour&sort=oldest')).titles, [...newest].reverse());
  });

  it('had no errors on any page', () => {
    assert.deepEqual(
      watched.flatMap((w) => w.problems),
      [],
    );
  });
});
