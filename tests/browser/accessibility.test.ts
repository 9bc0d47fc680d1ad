import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { searchUrl } from '../../src/archive/index.ts';
import { openWatchedPage, seedSiteInBrowser, TESTS_AT_ONCE } from '../helpers/browser-page.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

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
        // axe is injected through the browser's debugging protocol, which a strict CSP would otherwise block.
        const { page, problems } = await openWatchedPage(site.browser, site.served.server.url, {
          colorScheme,
          bypassCSP: true,
        });
        await page.goto(`${site.served.server.url}${urlOf()[name]}`);
        if (name === 'search') {
          await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached', timeout: 15_000 });
        } else if (name === 'article') {
          // With the evidence open, its highlighted words are checked too.
          await page.getByText('Why these tags?').click();
        }
        await page.evaluate(AXE_SOURCE);
        const violations = await page.evaluate(async () => {
          const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
          return (await axe.run()).violations.map((v) => ({
            id: v.id,
            help: v.help,
            nodes: v.nodes.map((n) => ({ target: n.target })),
          }));
        });
        const found = violations.map(
          (v) => `${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        assert.deepEqual(found, []);
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  }
});
