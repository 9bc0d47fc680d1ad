import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer, type RunningServer } from '../../src/serve/static-server.ts';
import { buildArchiveDir, makeArchive, type BuiltArchive } from '../helpers/archive.ts';
import { launchBrowser } from '../helpers/browser.ts';

describe('search in a real browser', () => {
  let site: BuiltArchive;
  let server: RunningServer;
  let browser: Browser;
  before(async () => {
    site = await buildArchiveDir(makeArchive({}, { seeds: true }));
    server = await startStaticServer(site.outDir);
    browser = await launchBrowser(chromium);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the Lavrov article when searching "Lavrov"', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    await page.goto(`${server.url}/search/?q=Lavrov`);
    const result = page.locator('.pagefind-ui__result-link').first();
    await result.waitFor({ timeout: 15_000 });
    const lavrov = site.report.published.find((p) => p.file.startsWith('004'))!;
    assert.equal(await result.getAttribute('href'), lavrov.url);
    await result.click();
    await page.waitForURL(`${server.url}${lavrov.url}`);
    assert.equal(await page.locator('h1').textContent(), lavrov.title);
    assert.deepEqual(errors, []);
  });
});
