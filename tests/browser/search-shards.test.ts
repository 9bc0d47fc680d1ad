import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { launchBrowser } from '../../src/bench/browser.ts';
import { startStaticServer, type RunningServer } from '../../src/serve/static-server.ts';
import { buildArchiveDir, makeArchive, type BuiltArchive } from '../helpers/archive.ts';
import { openWatchedPage, type WatchedPage } from '../helpers/browser-page.ts';

/** The most articles a shard of the base holds here, so that 30 articles make several shards. */
const SHARD_SIZE = 6;
const COUNTRIES = ['FR', 'JP', 'BR'];

/** Article `i`: a harbour story of a year of five and a country of three, each on a date of its own. */
function story(i: number) {
  const year = String(2001 + (i % 5));
  const date = `${year}-${String(1 + Math.floor(i / 5)).padStart(2, '0')}-10`;
  return { title: `Harbour report number ${i}`, date, year, country: COUNTRIES[i % 3]! };
}
const STORIES = Array.from({ length: 30 }, (_, i) => story(i));
/** A text of its own for each article: the same text twice would be one story, grouped as duplicates. */
const ordinal = (i: number) => `${i + 1}${i === 0 ? 'st' : i === 1 ? 'nd' : i === 2 ? 'rd' : 'th'}`;

describe('search over a base index in shards, in a real browser', () => {
  let site: BuiltArchive;
  let server: RunningServer;
  let browser: Browser;
  const watched: WatchedPage[] = [];
  before(async () => {
    const articles = Object.fromEntries(
      STORIES.map((s, i) => [
        `story-${i}.md`,
        `---\ntitle: ${s.title}\ndate: ${s.date}\ncountries: [${s.country}]\n---\nThe harbour board met for the ${ordinal(i)} time to discuss the new quay and its dredging.\n`,
      ]),
    );
    const dir = makeArchive(articles);
    writeFileSync(
      path.join(dir, 'site.yaml'),
      `name: Desk\ndescription: News.\nlanguage: en\nbaseUrl: https://desk.example.org/\nitemsPerPage: 25\nsearchShardSize: ${SHARD_SIZE}\n`,
    );
    site = await buildArchiveDir(dir);
    server = await startStaticServer(site.outDir);
    browser = await launchBrowser(chromium);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(query: string): Promise<Page> {
    const w = await openWatchedPage(browser, server.url);
    watched.push(w);
    await w.page.goto(`${server.url}/search/?${query}`);
    await settled(w.page);
    return w.page;
  }

  /** Waits for the latest search to finish (the list stops being busy). */
  async function settled(page: Page) {
    await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached', timeout: 15_000 });
  }

  const titles = (page: Page) => page.locator('.search-result h2 a').allTextContents();
  const status = async (page: Page) => (await page.locator('#search-status').textContent()) ?? '';

  /** The count each value of `filter` shows, by value ("" for "Any"), hidden values left out. */
  async function shownCounts(page: Page, filter: string): Promise<Record<string, number>> {
    const items = page.locator(`[data-filter="${filter}"] .filter-values li:visible`);
    const counts: Record<string, number> = {};
    for (const item of await items.all()) {
      const value = (await item.locator('input').getAttribute('value'))!;
      counts[value] = Number((await item.locator('.filter-count').textContent())!.replace(/\D/g, ''));
    }
    return counts;
  }

  /** How many of `stories` have each value of `key`, with "" counting them all. */
  function expectedCounts(stories: typeof STORIES, key: 'year' | 'country'): Record<string, number> {
    const counts: Record<string, number> = { '': stories.length };
    for (const s of stories) counts[s[key]] = (counts[s[key]] ?? 0) + 1;
    return counts;
  }

  it('was built as several shards', () => {
    const shards = readdirSync(site.outDir).filter((name) => /^pagefind(-\d+)?$/.test(name));
    assert.ok(shards.length >= 30 / SHARD_SIZE, shards.join(', '));
  });

  it('finds the articles of every shard', async () => {
    const page = await open('q=harbour');
    assert.match(await status(page), /^30 articles found for “harbour”/);
    // Ten results a page: two more pages show them all.
    for (const shown of [10, 20]) {
      await page.locator('#search-more').click();
      await page.locator('.search-result').nth(shown).waitFor();
    }
    await page.locator('.search-result').nth(29).waitFor();
    assert.ok(await page.locator('#search-more').isHidden());
    assert.deepEqual((await titles(page)).sort(), STORIES.map((s) => s.title).sort());
  });

  it('counts each filter value across the shards', async () => {
    const page = await open('q=harbour');
    assert.deepEqual(await shownCounts(page, 'year'), expectedCounts(STORIES, 'year'));
    assert.deepEqual(await shownCounts(page, 'country'), expectedCounts(STORIES, 'country'));
    const filtered = await open('q=harbour&year=2003');
    const ofYear = STORIES.filter((s) => s.year === '2003');
    assert.match(await status(filtered), new RegExp(`^${ofYear.length} articles found`));
    assert.deepEqual(await shownCounts(filtered, 'country'), expectedCounts(ofYear, 'country'));
  });

  it('orders the articles of every shard together by date', async () => {
    const byDate = [...STORIES].sort((a, b) => (a.date < b.date ? -1 : 1)).map((s) => s.title);
    const newest = await open('q=harbour&sort=newest');
    assert.deepEqual(await titles(newest), [...byDate].reverse().slice(0, 10));
    const oldest = await open('q=harbour&sort=oldest');
    assert.deepEqual(await titles(oldest), byDate.slice(0, 10));
  });

  it('logs no console error and asks no other host', () => {
    assert.deepEqual(
      watched.flatMap((w) => w.problems),
      [],
    );
  });
});
