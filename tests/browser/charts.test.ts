import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { launchBrowser } from '../../src/bench/browser.ts';
import { openWatchedPage } from '../helpers/browser-page.ts';
import { serveSeedSite, type ServedSite } from '../helpers/site.ts';

describe('charts in a real browser', () => {
  let served: ServedSite;
  let browser: Browser;
  before(async () => {
    served = await serveSeedSite();
    browser = await launchBrowser(chromium);
  });
  after(async () => {
    await browser?.close();
    await served?.server.close();
  });

  it("draws a topic's timeline across the page with years, counts and the undated note, each bar a link to its month", async () => {
    const topic = served.site.model.topics.find((t) => t.id === 'china-russia-relations')!;
    const { page, problems } = await openWatchedPage(browser, served.server.url, {
      viewport: { width: 1280, height: 900 },
    });
    await page.goto(`${served.server.url}${topic.url}`);
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

    const bar = chart.locator('a').first();
    const name = (await bar.getAttribute('aria-label')) ?? '';
    const [, month, count] = /^(\w+ \d{4}): (\d+) articles?$/.exec(name) ?? [];
    assert.ok(month, name);
    await bar.click();
    await page.waitForURL(/\/archive\/\d{4}\/\d{2}\/$/);
    assert.match((await page.locator('h1').textContent()) ?? '', new RegExp(month!));
    const listed = await page.locator('.article-list > li > a').allTextContents();
    const ofTopic = topic.articles.filter((a) => listed.includes(a.title));
    assert.equal(ofTopic.length, Number(count), `${name}: ${listed.join(' | ')}`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
