/**
 * Bench: what a reader's browser pays for search on a built site, in headless Chromium: the bytes transferred to
 * show the first results of a search, and the time of a warm query (the index already loaded).
 */
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { startStaticServer } from '../serve/static-server.ts';
import { median } from './statistics.ts';

/** Words looked up: common in news text, so each query loads real index chunks and fragments. */
export const BENCH_QUERIES = ['government', 'minister', 'market', 'election', 'talks'];
/** Content types a web server compresses; Pagefind's index files and wasm are compressed already. */
const TEXT_TYPES = /^(text\/|application\/(json|javascript|xml))/;
/** Results whose fragments a query loads, as the search page shows them first. */
const RESULTS_SHOWN = 5;

export interface SearchFigures {
  /** Bytes of every response needed to open /search/?q=… and show its results (page, scripts, index). */
  firstSearchBytes: number;
  /** The same, as a server that compresses text (HTML, CSS, JavaScript, JSON) with gzip would send them. */
  firstSearchGzipBytes: number;
  /** Median milliseconds of a query, and loading its shown results, once the index is loaded. */
  warmQueryMs: number;
}

/** Serves `siteDir` on localhost and measures its search in a fresh browser. */
export async function measureSearch(siteDir: string): Promise<SearchFigures> {
  const server = await startStaticServer(siteDir);
  const browser = await launchBrowser(chromium);
  try {
    const page = await browser.newPage();
    const sizes: Array<Promise<[number, number]>> = [];
    page.on('response', (response) => {
      const text = TEXT_TYPES.test(response.headers()['content-type'] ?? '');
      sizes.push(response.body().then((body): [number, number] => [body.length, text ? gzipSync(body).length : body.length], () => [0, 0]));
    });
    await page.goto(`${server.url}/search/?q=${BENCH_QUERIES[0]}`);
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 60_000 });
    const transferred = await Promise.all(sizes);
    const firstSearchBytes = transferred.reduce((sum, [raw]) => sum + raw, 0);
    const firstSearchGzipBytes = transferred.reduce((sum, [, gzipped]) => sum + gzipped, 0);
    // A string, not a function: the TypeScript loader would add helpers to a function that the page lacks.
    const times = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const run = async (q) => {
        const found = await pagefind.search(q);
        await Promise.all(found.results.slice(0, ${RESULTS_SHOWN}).map((r) => r.data()));
      };
      const queries = ${JSON.stringify(BENCH_QUERIES)};
      for (const q of queries) await run(q);
      const out = [];
      for (const q of queries) {
        const start = performance.now();
        await run(q);
        out.push(performance.now() - start);
      }
      return out;
    })()`)) as number[];
    return { firstSearchBytes, firstSearchGzipBytes, warmQueryMs: median(times) };
  } finally {
    await browser.close();
    await server.close();
  }
}
