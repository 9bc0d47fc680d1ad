import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchUrl, type SearchQuery } from '../../src/archive/index.ts';
import {
  axeViolations,
  openWatchedPage,
  type WatchedPage,
  seedSiteInBrowser,
  TESTS_AT_ONCE,
} from '../helpers/browser-page.ts';

describe('search in a real browser', () => {
  const site = seedSiteInBrowser();
  let watched: WatchedPage[] = [];

  async function open(path: string) {
    const w = await openWatchedPage(site.browser, site.served.server.url);
    watched.push(w);
    await w.page.goto(`${site.served.server.url}${path}`);
    return w.page;
  }

  /** A country that some seed articles are about and others are not, so filtering on it narrows a search. */
  function narrowingCountry() {
    const total = site.served.site.model.articles.length;
    const country = site.served.site.model.countries.find((c) => c.articles.length > 0 && c.articles.length < total);
    assert.ok(country, 'a country that only some articles are about');
    return country;
  }

  /** Waits for the latest search to finish (the list stops being busy), and returns the results' titles. */
  async function results(page: Awaited<ReturnType<typeof open>>): Promise<string[]> {
    await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached', timeout: 15_000 });
    return page.locator('.search-result h2 a').allTextContents();
  }

  const pathOf = (page: Awaited<ReturnType<typeof open>>) => {
    const url = new URL(page.url());
    return url.pathname + url.search;
  };
  const share = (query: SearchQuery) => searchUrl(query);

  describe('each search in a page of its own', { concurrency: TESTS_AT_ONCE }, () => {
    it('finds the Lavrov article when searching "Lavrov", and puts the search in the URL', async () => {
      const page = await open('/search/');
      await page.getByLabel('Words to search for').fill('Lavrov');
      await page.keyboard.press('Enter');
      assert.deepEqual(await results(page), [site.served.lavrov.title]);
      assert.match((await page.locator('#search-status').textContent()) ?? '', /1 article found for “Lavrov”/);
      assert.equal(pathOf(page), share({ q: 'Lavrov' }));
      const link = page.locator('.search-result h2 a').first();
      assert.equal(await link.getAttribute('href'), site.served.lavrov.url);
      assert.equal(await page.locator('.search-result mark').first().textContent(), 'Lavrov');
      assert.match(
        (await page.locator('.search-result .meta').first().textContent()) ?? '',
        /20 June 2024 · .*Diplomacy/,
      );
      await link.click();
      await page.waitForURL(`${site.served.server.url}${site.served.lavrov.url}`);
      assert.equal(await page.locator('h1').textContent(), site.served.lavrov.title);
    });

    it('runs a search asked for while the index still loads once it has loaded, rather than failing it', async () => {
      // A page of its own, its index held back until the search is asked for.
      const page = await site.browser.newPage();
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/pagefind/pagefind.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${site.served.server.url}/search/`);
      await page.locator('#search-status', { hasText: 'Loading the search index' }).waitFor();
      await page.getByLabel('Words to search for').fill('Lavrov');
      await page.keyboard.press('Enter');
      // Asked for before the index is there: the search waits for it, where it failed at once.
      await page.waitForTimeout(500);
      assert.equal(await page.locator('#search-status').textContent(), 'Loading the search index…');
      release();
      assert.deepEqual(await results(page), [site.served.lavrov.title]);
      assert.match((await page.locator('#search-status').textContent()) ?? '', /1 article found for “Lavrov”/);
      await page.close();
    });

    it('narrows the results when filtering by a country', async () => {
      const country = narrowingCountry();
      const page = await open(share({ q: 'Russia' }));
      const all = await results(page);
      await page.locator(`[data-filter="country"] input[value="${country.id}"]`).check();
      await page.waitForURL((url) => url.search.includes(`country=${country.id}`));
      const narrowed = await results(page);
      const about = country.articles.map((a) => a.title);
      assert.ok(narrowed.length > 0 && narrowed.length < all.length, `${narrowed.length} of ${all.length}`);
      for (const title of narrowed) assert.ok(about.includes(title), title);
      assert.equal(pathOf(page), share({ q: 'Russia', country: country.id }));
    });

    it('orders the results by date, newest or oldest first, undated articles last either way', async () => {
      const dated = site.served.site.model.articles.filter((a) => a.date).map((a) => a.title);
      const page = await open(share({ q: 'China' }));
      await results(page);
      await page.getByLabel('Sort by').selectOption('newest');
      await page.waitForURL((url) => url.search.includes('sort=newest'));
      const newest = await results(page);
      assert.ok(newest.length > dated.length);
      assert.deepEqual(newest.slice(0, dated.length), dated);
      await page.getByLabel('Sort by').selectOption('oldest');
      await page.waitForURL((url) => url.search.includes('sort=oldest'));
      const oldest = await results(page);
      assert.deepEqual(oldest.slice(0, dated.length), [...dated].reverse());
      assert.deepEqual(oldest.slice(dated.length), newest.slice(dated.length));
      assert.match(
        (await page.locator('#search-status').textContent())!,
        new RegExp(`oldest first, the ${newest.length - dated.length} undated last\\.$`),
      );
    });

    it('says which order the results are in: without words, newest first, as "Best match" needs words', async () => {
      const page = await open(share({ topic: 'diplomacy' }));
      await results(page);
      const sort = page.getByLabel('Sort by');
      assert.equal(await sort.inputValue(), 'newest');
      assert.equal(await page.locator('#search-sort option[value="relevance"]').isDisabled(), true);
      assert.match((await page.locator('#search-status').textContent())!, /found, newest first/);
      await page.getByLabel('Words to search for').fill('China');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.search.includes('q=China'));
      await results(page);
      assert.equal(await sort.inputValue(), 'relevance');
      assert.match((await page.locator('#search-status').textContent())!, /found for “China”, best match first\./);
    });

    it('says so when the dates for a date order do not load, and orders by date once they do', async () => {
      // A page of its own: the failed request is meant, and the console check below is for the other pages.
      const page = await site.browser.newPage();
      let blocked = true;
      await page.route('**/dates.json', (route) => (blocked ? route.abort() : route.continue()));
      await page.goto(`${site.served.server.url}${share({ q: 'China' })}`);
      await results(page);
      await page.getByLabel('Sort by').selectOption('newest');
      await page.locator('#search-status', { hasText: 'could not be run' }).waitFor({ timeout: 15_000 });
      blocked = false;
      await page.getByLabel('Sort by').selectOption('oldest');
      await page.locator('#search-status', { hasText: 'found for “China”' }).waitFor({ timeout: 15_000 });
      const dated = site.served.site.model.articles.filter((a) => a.date).map((a) => a.title);
      assert.deepEqual((await results(page)).slice(0, dated.length), [...dated].reverse());
      await page.close();
    });

    /** The values a filter shows, each with the count shown beside it. */
    async function shownCounts(page: Awaited<ReturnType<typeof open>>, filter: string) {
      const items = page.locator(`[data-filter="${filter}"] .filter-values li:visible`);
      return Promise.all(
        (await items.all()).map(async (item) => ({
          value: (await item.locator('input').getAttribute('value'))!,
          count: Number((await item.locator('.filter-count').textContent())!.replace(/\D/g, '')),
        })),
      );
    }

    // A test for each filter, so that they run at once.
    for (const filter of ['topic', 'country', 'year']) {
      it(`shows every ${filter} with the count of results that picking it gives`, async () => {
        const page = await open(share({ q: 'China', topic: 'diplomacy' }));
        await results(page);
        const shown = await shownCounts(page, filter);
        assert.ok(shown.length > 2, `${filter}: "Any" and at least two values`);
        for (const { value, count } of shown) {
          await page.locator(`[data-filter="${filter}"] input[value="${value}"]`).check();
          const titles = await results(page);
          assert.equal(titles.length, count, `${filter} ${value || '(any)'}: shown ${count}, gives ${titles.length}`);
        }
      });
    }

    it('hides the values that would give no results, and counts "Any" without the filter', async () => {
      const lavrov = site.served.site.model.articles.find((a) => a.url === site.served.lavrov.url)!;
      const about = lavrov.countries.find((c) => c.primary)!;
      const other = site.served.site.model.countries.find(
        (c) => c.articles.length && !lavrov.countries.some((l) => l.primary && l.code === c.id),
      )!;
      const page = await open(share({ q: 'Lavrov' }));
      await results(page);
      const counts = await shownCounts(page, 'country');
      assert.deepEqual(
        counts.find((c) => c.value === about.code),
        { value: about.code, count: 1 },
      );
      assert.equal(
        counts.find((c) => c.value === other.id),
        undefined,
      );
      assert.deepEqual(counts[0], { value: '', count: 1 });
    });

    it('lists the filters set as chips that each remove their filter, and clears them all', async () => {
      const country = narrowingCountry();
      const page = await open(share({ q: 'China', topic: 'diplomacy', country: country.id }));
      await results(page);
      const chips = page.locator('#search-chips .chip');
      assert.deepEqual(await chips.allTextContents(), ['Topic: Diplomacy', `Country: ${country.name}`]);
      await page.getByRole('button', { name: `Remove the filter Country: ${country.name}` }).click();
      await page.waitForURL(`${site.served.server.url}${share({ q: 'China', topic: 'diplomacy' })}`);
      assert.deepEqual(await chips.allTextContents(), ['Topic: Diplomacy']);
      assert.equal(await page.locator(`[data-filter="country"] input[value=""]`).isChecked(), true);
      await page.getByRole('button', { name: 'Clear all filters' }).click();
      await page.waitForURL(`${site.served.server.url}${share({ q: 'China' })}`);
      assert.equal(await page.locator('#search-chips').isVisible(), false);
      assert.equal(await page.getByLabel('Words to search for').inputValue(), 'China');
      assert.equal(await page.getByLabel('Words to search for').evaluate((el) => el === document.activeElement), true);
    });

    it('tells the reader when a link asks for a filter value no article has, and searches without it', async () => {
      const page = await open('/search/?q=China&year=1900');
      const titles = await results(page);
      assert.ok(titles.length > 0);
      assert.match(
        (await page.locator('.search-notice').textContent())!,
        /No article has the year “1900” that the link asked for, so that filter was left out\./,
      );
      assert.equal(pathOf(page), share({ q: 'China' }));
    });

    it("matches a topic's name only in the articles that hold the word, each result with it highlighted", async () => {
      const holding = site.served.site.model.articles.filter((a) => /\bdiplomacy\b/i.test(`${a.title} ${a.text}`));
      const tagged = site.served.site.model.topics.find((t) => t.id === 'diplomacy')!.articles;
      assert.ok(holding.length < tagged.length, 'some articles are tagged Diplomacy without the word');
      const page = await open(share({ q: 'diplomacy' }));
      assert.deepEqual((await results(page)).sort(), holding.map((a) => a.title).sort());
      const excerpts = page.locator('.search-result .excerpt');
      for (const excerpt of await excerpts.all())
        assert.match((await excerpt.innerHTML())!, /<mark>diplomacy<\/mark>/i);
    });

    it("shows the opening of each article's text, not its title again, for a search without words", async () => {
      const page = await open(share({ topic: 'diplomacy' }));
      await results(page);
      const shown = page.locator('.search-result');
      assert.ok((await shown.count()) > 1);
      for (const result of await shown.all()) {
        const title = (await result.locator('h2').textContent())!;
        const article = site.served.site.model.articles.find((a) => a.title === title)!;
        const excerpt = (await result.locator('.excerpt').textContent())!;
        const opening = article.text.trim().split(/\s+/).slice(0, 12).join(' ');
        assert.ok(excerpt.startsWith(opening), `${title}: "${excerpt.slice(0, 60)}"`);
      }
    });

    it("suggests a spelling from the index's own words when a misspelt word finds nothing, and links to the topics", async () => {
      const page = await open(share({ q: 'sanctons' }));
      assert.deepEqual(await results(page), []);
      assert.equal(await page.locator('#search-status').textContent(), 'No articles found for “sanctons”.');
      const holding = site.served.site.model.articles.filter((a) => /\bsanctions\b/i.test(`${a.title} ${a.text}`));
      const suggestion = page.locator('[data-search-suggestion]');
      assert.equal(
        await suggestion.textContent(),
        `Did you mean sanctions (${holding.length === 1 ? '1 article' : `${holding.length} articles`})?`,
      );
      const topics = site.served.site.model.topics.filter((t) => t.articles.length);
      for (const topic of topics)
        assert.equal(
          await page.locator('#search-help').getByRole('link', { name: topic.name, exact: true }).getAttribute('href'),
          topic.url,
        );
      await suggestion.getByRole('link', { name: 'sanctions' }).click();
      await page.waitForURL(`${site.served.server.url}${share({ q: 'sanctions' })}`);
      assert.deepEqual((await results(page)).sort(), holding.map((a) => a.title).sort());
      assert.equal(await page.locator('#search-help').isVisible(), false);
    });

    it('offers the search without its filters when the filters leave nothing', async () => {
      const lavrov = site.served.site.model.articles.find((a) => a.url === site.served.lavrov.url)!;
      const topic = site.served.site.model.topics.find(
        (t) => t.articles.length && !lavrov.topics.some((l) => l.id === t.id),
      )!;
      const page = await open(share({ q: 'Lavrov', topic: topic.id }));
      assert.deepEqual(await results(page), []);
      assert.equal(
        await page.locator('#search-status').textContent(),
        'No articles found for “Lavrov” with these filters.',
      );
      assert.match(
        (await page.locator('[data-search-widen]').textContent())!,
        /^Without the filters, 1 article matches “Lavrov”\./,
      );
      await page.getByRole('button', { name: 'Search without the filters' }).click();
      await page.waitForURL(`${site.served.server.url}${share({ q: 'Lavrov' })}`);
      assert.deepEqual(await results(page), [site.served.lavrov.title]);
    });

    it('restores the query, filters and sort of a shared search URL', async () => {
      const country = narrowingCountry();
      const page = await open(share({ q: 'China', topic: 'diplomacy', country: country.id, sort: 'oldest' }));
      const titles = await results(page);
      assert.equal(await page.getByLabel('Words to search for').inputValue(), 'China');
      assert.equal(await page.locator('[data-filter="topic"] input:checked').getAttribute('value'), 'diplomacy');
      assert.equal(await page.locator('[data-filter="country"] input:checked').getAttribute('value'), country.id);
      assert.equal(await page.getByLabel('Sort by').inputValue(), 'oldest');
      assert.ok(titles.length >= 1);
    });

    it('lists a topic\'s articles from the topic page\'s "search within" link', async () => {
      const page = await open('/topics/diplomacy/');
      await page.getByRole('link', { name: 'Search within Diplomacy' }).click();
      await page.waitForURL(`${site.served.server.url}${share({ topic: 'diplomacy' })}`);
      const titles = await results(page);
      assert.deepEqual(
        titles.sort(),
        site.served.site.model.topics
          .find((t) => t.id === 'diplomacy')!
          .articles.map((a) => a.title)
          .sort(),
      );
    });

    it("searches from the 404 page's search box", async () => {
      // A page of its own: the 404 is meant, and the console check below is for the other pages.
      const page = await site.browser.newPage();
      await page.goto(`${site.served.server.url}/articles/no-such-article/`);
      assert.equal(await page.locator('h1').textContent(), 'Page not found');
      await page.getByRole('searchbox', { name: 'Search the archive for what you were looking for' }).fill('Lavrov');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${site.served.server.url}${share({ q: 'Lavrov' })}`);
      assert.deepEqual(await results(page), [site.served.lavrov.title]);
      await page.close();
    });

    it('points a reader without JavaScript to the topics, countries, actors and archive', async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.served.server.url}${share({ q: 'Lavrov' })}`);
      const fallback = page.locator('[data-search-fallback]');
      assert.match((await fallback.textContent())!, /needs JavaScript, which is off here/);
      const links = await fallback.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const topics = site.served.site.model.topics.filter((t) => t.articles.length).map((t) => t.url);
      assert.deepEqual(links, ['/topics/', ...topics, '/countries/', '/actors/', '/archive/']);
      for (const url of links)
        assert.equal((await page.request.get(`${site.served.server.url}${url}`)).status(), 200, url!);
      assert.equal(await page.locator('[data-search-form]').isVisible(), false);
      await context.close();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      it(`reports no axe violation with filters and chips, or in the empty state, in ${colorScheme} mode`, async () => {
        const { page, problems } = await openWatchedPage(site.browser, site.served.server.url, {
          colorScheme,
          axe: true,
        });
        for (const query of [
          { q: 'China', topic: 'diplomacy' },
          { q: 'sanctons' },
          { topic: 'diplomacy', q: 'Xyzzy' },
        ]) {
          await page.goto(`${site.served.server.url}${share(query)}`);
          await results(page);
          assert.deepEqual(await axeViolations(page), [], share(query));
        }
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  });

  it('logs no console error and asks no other host on any search', () => {
    assert.deepEqual(
      watched.flatMap((w) => w.problems),
      [],
    );
    watched = [];
  });
});
