import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { launchBrowser } from '../../src/bench/browser.ts';
import { startStaticServer, type RunningServer } from '../../src/serve/static-server.ts';
import { buildArchiveDir, makeArchive, type BuiltArchive } from '../helpers/archive.ts';
import { openWatchedPage } from '../helpers/browser-page.ts';
import { listPageUrls } from '../helpers/site.ts';

/** An address as long as the ones scrapers keep (tracking parameters and all), unbroken by any space. */
const LONG_URL =
  'https://www.example-news-outlet.com/news/world/europe/2025/03/11/zelensky-says-ukraine-ready-for-ceasefire-talks-after-jeddah-meeting-with-us-delegation-full-statement?utm_source=newsletter&utm_medium=email&utm_campaign=morning-briefing-2025-03-11';

describe('the site on a phone', () => {
  let site: BuiltArchive;
  let server: RunningServer;
  let browser: Browser;
  before(async () => {
    site = await buildArchiveDir(
      makeArchive(
        {
          'zelensky-jeddah.md': [
            '---',
            'title: Zelensky says Ukraine is ready for ceasefire talks after the Jeddah meeting',
            'date: 2025-03-11',
            `source: ${LONG_URL}`,
            '---',
            'Ukraine is ready for a ceasefire, Volodymyr Zelensky said after talks in Jeddah with a delegation of the United States.',
            '',
            `The full statement was published at ${LONG_URL} on the same day, with a transcript of the meeting.`,
          ].join('\n'),
        },
        { seeds: true },
      ),
    );
    server = await startStaticServer(site.outDir);
    browser = await launchBrowser(chromium);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('never scrolls sideways at 390 px and sets every link outside the article text in the sans', async () => {
    const { page, problems } = await openWatchedPage(browser, server.url, { viewport: { width: 390, height: 900 } });
    const found: string[] = [];
    const urls = listPageUrls(site.outDir).filter((u) => u !== '/search/');
    assert.ok(urls.some((u) => u.includes('zelensky')));
    for (const url of urls) {
      await page.goto(`${server.url}${url}`);
      const { overflow, serifLinks } = await page.evaluate(() => {
        const sans = getComputedStyle(document.querySelector('.site-header a')!).fontFamily;
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          serifLinks: [...document.querySelectorAll('a')]
            .filter((a) => !a.closest('.article-body') && getComputedStyle(a).fontFamily !== sans)
            .map((a) => a.textContent ?? ''),
        };
      });
      if (overflow) found.push(`${url} is ${overflow} px too wide`);
      for (const link of serifLinks) found.push(`${url}: link "${link}" is not in the sans`);
    }
    assert.deepEqual(found, []);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
