import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { searchUrl } from '../../src/archive/index.ts';
import { REPO_ROOT } from '../../src/build/index.ts';
import { launchBrowser } from '../../src/bench/browser.ts';
import { openWatchedPage } from '../helpers/browser-page.ts';
import { serveSeedSite, type ServedSite } from '../helpers/site.ts';

/** Where the screenshots go, for a reviewer to look at (named in the README). */
const SCREENSHOTS_DIR = path.join(REPO_ROOT, 'test-results', 'screenshots');
/** A phone and a desktop. */
const WIDTHS = [390, 1280];

describe('screenshots on a phone and a desktop', () => {
  let served: ServedSite;
  let browser: Browser;
  before(async () => {
    served = await serveSeedSite();
    browser = await launchBrowser(chromium);
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await served?.server.close();
  });

  for (const width of WIDTHS) {
    it(`writes home (and its overview), a topic, a country, an article and searches at ${width} px, none wider than the screen`, async () => {
      const pages = {
        home: '/',
        topic: '/topics/diplomacy/',
        country: '/countries/ru/',
        article: served.lavrov.url,
        search: searchUrl({ q: 'China' }),
        'search-filtered': searchUrl({ q: 'China', topic: 'diplomacy' }),
      };
      const { page, problems } = await openWatchedPage(browser, served.server.url, {
        viewport: { width, height: 900 },
      });
      for (const [name, url] of Object.entries(pages)) {
        await page.goto(`${served.server.url}${url}`);
        if (name.startsWith('search'))
          await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached', timeout: 15_000 });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.equal(overflow, 0, `${name} scrolls sideways at ${width} px`);
        await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}-${width}.png`), fullPage: true });
        if (name === 'home')
          await page
            .locator('.overview')
            .screenshot({ path: path.join(SCREENSHOTS_DIR, `home-overview-${width}.png`) });
      }
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
