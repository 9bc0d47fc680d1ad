import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer, type RunningServer } from '../../src/serve/static-server.ts';
import { buildArchiveDir, type BuiltArchive } from '../helpers/archive.ts';
import { launchBrowser } from '../../src/bench/browser.ts';
import { makeHostileArchive } from '../helpers/hostile.ts';

/** Every page of a built site, as a URL path. */
function pageUrls(outDir: string, rel = ''): string[] {
  return readdirSync(path.join(outDir, rel), { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : pageUrls(outDir, `${rel}${entry.name}/`);
    return entry.name === 'index.html' ? [`/${rel}`] : [];
  });
}

/**
 * A page that records anything that would show code from an article running: dialogs, console messages,
 * uncaught errors, and Content-Security-Policy violations (each one means something tried to run or load).
 */
async function watchedPage(browser: Browser): Promise<{ page: Page; events: string[] }> {
  const page = await browser.newPage();
  const events: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  page.on('dialog', (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => events.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => events.push(`page error: ${error.message}`));
  page.on('response', (response) => response.status() >= 400 && events.push(`${response.status()} ${response.url()}`));
  return { page, events };
}

describe('hostile articles in a real browser', () => {
  let site: BuiltArchive;
  let server: RunningServer;
  let browser: Browser;
  before(async () => {
    site = await buildArchiveDir(makeHostileArchive().contentDir);
    server = await startStaticServer(site.outDir);
    browser = await launchBrowser(chromium);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs no code from any article on any page of the site', async () => {
    const { page, events } = await watchedPage(browser);
    const urls = pageUrls(site.outDir);
    for (const entry of site.report.published) assert.ok(urls.includes(entry.url), entry.url);
    for (const url of urls) {
      await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
      assert.deepEqual(events, [], url);
    }
    await page.close();
  });

  for (const query of ['INJECTED', 'script', 'onerror', 'Sanctions talks']) {
    it(`runs no code from search results and their snippets for "${query}"`, async () => {
      const { page, events } = await watchedPage(browser);
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      await page.locator('.search-result h2 a').first().waitFor({ timeout: 15_000 });
      await page.locator('.search-result .excerpt').first().waitFor();
      const titles = await page.locator('.search-result h2 a').allTextContents();
      assert.ok(titles.length > 0);
      assert.equal(
        await page
          .locator('#search-results img, #search-results script, #search-results svg, #search-results iframe')
          .count(),
        0,
      );
      assert.deepEqual(events, []);
      await page.close();
    });
  }

  it('runs no code from a hostile search query, which the page shows back as text', async () => {
    const { page, events } = await watchedPage(browser);
    const query = `<img src=x onerror="alert('INJECTED')">Moscow`;
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached', timeout: 15_000 });
    assert.equal(await page.locator('#search-q').inputValue(), query);
    assert.equal(await page.locator('main img').count(), 0);
    assert.deepEqual(events, []);
    await page.close();
  });

  it('shows a hostile title in search results as the text it is', async () => {
    const { page, events } = await watchedPage(browser);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('Talks end Moscow')}`);
    const link = page.locator('.search-result h2 a', { hasText: '</script><script>' }).first();
    await link.waitFor({ timeout: 15_000 });
    assert.equal(await link.textContent(), "Talks end </script><script>alert('INJECTED')</script> in Moscow");
    assert.deepEqual(events, []);
    await page.close();
  });
});
