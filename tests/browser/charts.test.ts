import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openWatchedPage, seedSiteInBrowser, TESTS_AT_ONCE } from '../helpers/browser-page.ts';

describe('charts in a real browser', { concurrency: TESTS_AT_ONCE }, () => {
  const site = seedSiteInBrowser();

  it("draws a topic's timeline across the page with years, counts and the undated note, each bar a link to its month in the topic's list", async () => {
    const topic = site.served.site.model.topics.find((t) => t.id === 'china-russia-relations')!;
    const { page, problems } = await openWatchedPage(site.browser, site.served.server.url, {
      viewport: { width: 1280, height: 900 },
    });
    await page.goto(`${site.served.server.url}${topic.url}`);
    const chart = page.locator('.timeline-chart').first();
    const [chartWidth, mainWidth] = await Promise.all([
      chart.evaluate((el) => el.getBoundingClientRect().width),
      page.locator('main').evaluate((el) => el.clientWidth),
    ]);
    assert.ok(chartWidth > 0.85 * mainWidth, `chart ${chartWidth} px of ${mainWidth} px`);
    const years = await chart.locator('text.year').allTextContents();
    assert.ok(years.length >= 1 && years.every((y) => /^\d{4}$/.test(y)), years.join(', '));
    assert.match((await chart.locator('text.scale').first().textContent()) ?? '', /^\d+ articles?$/);
    const caption = (await page.locator('.timeline figcaption').first().textContent()) ?? '';
    const undated = topic.articles.filter((a) => !a.date).length;
    if (undated) assert.match(caption, new RegExp(`undated: ${undated}`));
    assert.match(caption, /\w+ \d{4}/);
    // A span of one day is said as one ("dated 20 June 2024"), not "from 20 June 2024 to 20 June 2024".
    assert.doesNotMatch((await page.locator('main > p.count').textContent()) ?? '', /from (.+) to \1\b/);

    const bar = chart.locator('a').first();
    const name = (await bar.getAttribute('aria-label')) ?? '';
    const [, month, count] = /^(\w+ \d{4}): (\d+) articles?$/.exec(name) ?? [];
    assert.ok(month, name);
    await bar.click();
    // The bar leads to its month in the topic's own list: its newest article targeted and in view, the month's
    // articles of the topic below it, as many as the bar counts.
    await page.waitForURL(new RegExp(`${topic.url}#month-\\d{4}-\\d{2}$`));
    const monthKey = new URL(page.url()).hash.slice('#month-'.length);
    const target = page.locator('.article-list > li:target');
    assert.equal(await target.count(), 1);
    assert.ok((await target.locator('time').getAttribute('datetime'))?.startsWith(monthKey));
    const inView = await target.evaluate((el) => {
      const { top, bottom } = el.getBoundingClientRect();
      return top >= 0 && bottom <= window.innerHeight;
    });
    assert.ok(inView, "the month's first article is in view");
    const dates = await page
      .locator('.article-list > li time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    assert.equal(dates.filter((d) => d?.startsWith(monthKey)).length, Number(count), `${name}: ${dates.join(' ')}`);
    assert.ok(month && dates.length > 0);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('shows on the home page the archive over time: all articles, then each topic on the same months, linked', async () => {
    const { overview } = site.served.site.model;
    const { page, problems } = await openWatchedPage(site.browser, site.served.server.url, {
      viewport: { width: 390, height: 900 },
    });
    await page.goto(`${site.served.server.url}/`);
    const section = page.getByRole('region', { name: 'The archive over time' });
    const rows = section.locator('.overview-row');
    assert.equal(await rows.count(), 1 + overview.topics.length);
    const labels = await rows.locator('.overview-label').allTextContents();
    assert.match(labels[0]!, new RegExp(`^All articles ${site.served.site.model.articles.length} articles?`));
    overview.topics.forEach((topic, i) => assert.match(labels[i + 1]!, new RegExp(`^${topic.name} ${topic.count} `)));
    // Every chart is named, on the same months (the bars of one month one above the other), years under the last.
    const charts = section.locator('svg.timeline-chart');
    assert.equal(await charts.count(), 1 + overview.topics.length);
    for (const chart of await charts.all())
      assert.match((await chart.getAttribute('aria-label')) ?? '', /^Articles per month/);
    const diplomacy = overview.topics.find((t) => t.id === 'diplomacy')!;
    const busiest = diplomacy.timeline.months.reduce((a, b) => (b.count > a.count ? b : a));
    const chart = section.getByRole('group', { name: /^Articles per month about Diplomacy/ });
    const bar = chart.locator(`a[href="${busiest.url}"]`);
    const [barBox, allBox] = await Promise.all([
      bar.locator('rect.hit').boundingBox(),
      section
        .locator(`svg.timeline-chart >> nth=0`)
        .locator(`a[href="/archive/${busiest.month.replace('-', '/')}/"] rect.hit`)
        .boundingBox(),
    ]);
    assert.ok(barBox && allBox && Math.abs(barBox.x - allBox.x) < 1, 'one month is at one place in every row');
    assert.ok((await section.locator('svg.timeline-chart').last().locator('text.year').count()) >= 1);
    await bar.click();
    await page.waitForURL(`**${busiest.url}`);
    await page.goBack();
    await section.getByRole('link', { name: 'Diplomacy', exact: true }).click();
    await page.waitForURL('**/topics/diplomacy/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('lists on a country page the countries, actors and topics most often with it, each linked with its count', async () => {
    const russia = site.served.site.model.countries.find((c) => c.id === 'RU')!;
    const { page, problems } = await openWatchedPage(site.browser, site.served.server.url);
    await page.goto(`${site.served.server.url}${russia.url}`);
    const section = page.getByRole('region', { name: 'Most often with Russia' });
    for (const [heading, items] of [
      ['Countries', russia.topCountries],
      ['Actors', russia.topActors],
      ['Topics', russia.topTopics],
    ] as const) {
      const list = section.getByRole('region', { name: heading });
      assert.deepEqual(
        await list.locator('li').allTextContents(),
        items.map((i) => `${i.name} ${i.count} of ${russia.articles.length}`),
      );
      assert.ok(items.length > 0, heading);
    }
    const first = russia.topActors[0]!;
    await section.getByRole('link', { name: first.name, exact: true }).click();
    await page.waitForURL(`**${first.url}`);
    assert.match((await page.locator('h1').textContent()) ?? '', new RegExp(first.name));
    assert.deepEqual(problems, []);
    await page.close();
  });
});
