import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchUrl } from '../../src/archive/index.ts';
import { axeViolations, openWatchedPage, seedSiteInBrowser, TESTS_AT_ONCE } from '../helpers/browser-page.ts';

describe('accessibility (axe-core) in light and dark mode', { concurrency: TESTS_AT_ONCE }, () => {
  const site = seedSiteInBrowser();

  const PAGES = ['home', 'article', 'topic', 'actor', 'country', 'archive', 'search'] as const;
  const urlOf = (): Record<(typeof PAGES)[number], string> => ({
    home: '/',
    article: site.served.lavrov.url,
    topic: '/topics/diplomacy/',
    actor: '/actors/sergey-lavrov/',
    country: '/countries/ru/',
    archive: '/archive/',
    search: searchUrl({ q: 'China' }),
  });

  // Each page in each mode is a test of its own, so that several run at once.
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const name of PAGES) {
      it(`reports no violation on the ${name} page in ${colorScheme} mode`, async () => {
        const { page, problems } = await openWatchedPage(site.browser, site.served.server.url, {
          colorScheme,
          axe: true,
        });
        await page.goto(`${site.served.server.url}${urlOf()[name]}`);
        if (name === 'search') {
          await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached', timeout: 15_000 });
        } else if (name === 'article') {
          // With the evidence open, its highlighted words are checked too.
          await page.getByText('Why these tags?').click();
        }
        assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  }
});
