import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openWatchedPage, seedSiteInBrowser, TESTS_AT_ONCE } from '../helpers/browser-page.ts';
import { listPageUrls } from '../helpers/site.ts';

describe('reading the archive in a real browser', { concurrency: TESTS_AT_ONCE }, () => {
  const site = seedSiteInBrowser();

  it('follows links from home to a topic, to an article, to an actor', async () => {
    const { page, problems } = await openWatchedPage(site.browser, site.served.server.url);
    await page.goto(`${site.served.server.url}/`);
    await page.getByRole('link', { name: 'Diplomacy', exact: true }).first().click();
    await page.waitForURL('**/topics/diplomacy/');
    await page.getByRole('link', { name: site.served.lavrov.title }).first().click();
    await page.waitForURL(`**${site.served.lavrov.url}`);
    assert.equal(await page.locator('h1').textContent(), site.served.lavrov.title);
    await page.getByRole('link', { name: 'Sergey Lavrov', exact: true }).click();
    await page.waitForURL('**/actors/sergey-lavrov/');
    assert.match((await page.locator('h1').textContent()) ?? '', /Sergey Lavrov/);
    assert.ok(await page.getByRole('link', { name: site.served.lavrov.title }).isVisible());
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('reaches the content with the skip link from the keyboard', async () => {
    const { page } = await openWatchedPage(site.browser, site.served.server.url);
    await page.goto(`${site.served.server.url}${site.served.lavrov.url}`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    assert.ok(await skip.evaluate((el) => el === document.activeElement));
    assert.ok(await skip.isVisible());
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/, { timeout: 5_000 });
    assert.equal(new URL(page.url()).hash, '#main');
    await page.close();
  });

  it('opens "Why these tags?" to show the sentences behind the tags', async () => {
    const { page } = await openWatchedPage(site.browser, site.served.server.url);
    await page.goto(`${site.served.server.url}${site.served.lavrov.url}`);
    const evidence = page.locator('.evidence mark').first();
    assert.equal(await evidence.isVisible(), false);
    await page.getByText('Why these tags?').click();
    assert.ok(await evidence.isVisible());
    // Each sentence once under its tag; a topic explained in words, without a score's jargon.
    for (const tag of await page.locator('.evidence dd').all()) {
      const sentences = await tag.locator('li').allTextContents();
      assert.deepEqual(sentences, [...new Set(sentences)]);
    }
    const why = (await page.locator('.evidence dd > p').first().textContent()) ?? '';
    assert.match(why, /^The text uses “[^”]+” .*: \d+ cues?, worth [\d.]+ points where the topic needs [\d.]+\./);
    assert.doesNotMatch(why, /score|threshold/);
    // The tags are explained in the order they are listed.
    const listed = await page.locator('.tags .tag-list li').allTextContents();
    assert.deepEqual(await page.locator('.evidence dt').allTextContents(), listed);
    await page.close();
  });

  it('logs no console error, fails no request, asks no other host and runs no script outside search, on every page', async () => {
    const { page, problems } = await openWatchedPage(site.browser, site.served.server.url);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(`${page.url()} ${r.url()}`));
    for (const url of listPageUrls(site.served.site.outDir).filter((u) => u !== '/search/')) {
      await page.goto(`${site.served.server.url}${url}`);
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(scripts, []);
    await page.close();
  });

  it('shows a 404 page for an address the site does not have', async () => {
    const { page } = await openWatchedPage(site.browser, site.served.server.url);
    const response = await page.goto(`${site.served.server.url}/no/such/page/`);
    assert.equal(response?.status(), 404);
    assert.equal(await page.locator('h1').textContent(), 'Page not found');
    await page.close();
  });
});
