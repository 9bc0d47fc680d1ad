/**
 * Bench: what a reader's browser pays for search on a built site, in headless Chromium, through the site's own
 * search page as `npm run serve` sends it (text compressed with gzip): the bytes transferred to show the first
 * results of a search, and the time of a warm query (the index already loaded), from submitting the form to the
 * results being on the page.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startStaticServer } from '../serve/static-server.ts';
import { median } from './statistics.ts';

/** Words looked up: common in news text, so each query loads real index chunks and fragments. */
const BENCH_QUERIES = ['government', 'minister', 'market', 'election', 'talks'];

export interface SearchFigures {
  /** Bytes transferred (bodies as sent, compressed or not) to open /search/?q=… and show its results. */
  firstSearchBytes: number;
  /** The same bodies uncompressed: what a server that compresses nothing would send. */
  firstSearchRawBytes: number;
  /** Median milliseconds from submitting a query to its results shown, once the index is loaded. */
  warmQueryMs: number;
}

/**
 * Submits `q` in the search form and resolves, with the milliseconds it took, when the status line reports the
 * results of that query. A string, not a function: the TypeScript loader would add helpers the page lacks.
 */
const TIMED_QUERY = `(q) => new Promise((resolve) => {
  const form = document.querySelector('[data-search-form]');
  const status = document.getElementById('search-status');
  const done = () => status.textContent.includes('\\u201c' + q + '\\u201d');
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    resolve(performance.now() - start);
  });
  observer.observe(status, { childList: true, characterData: true, subtree: true });
  form.elements.namedItem('q').value = q;
  form.requestSubmit();
})`;

/** Serves `siteDir` on localhost and measures its search in a fresh browser. */
export async function measureSearch(siteDir: string): Promise<SearchFigures> {
  const server = await startStaticServer(siteDir);
  const browser = await launchBrowser(chromium);
  try {
    const page = await browser.newPage();
    const sizes: Array<Promise<[number, number]>> = [];
    // Every response of the page and of Pagefind's worker; a body sent with gzip is counted as the server's gzip
    // makes it (Chromium does not report the sizes of the worker's responses).
    page.on('response', (response) => {
      const gzip = response.headers()['content-encoding'] === 'gzip';
      sizes.push(
        response.body().then(
          (body): [number, number] => [gzip ? gzipSync(body).length : body.length, body.length],
          () => [0, 0],
        ),
      );
    });
    await page.goto(`${server.url}/search/?q=${BENCH_QUERIES[0]}`);
    await page.locator('#search-results .search-result a').first().waitFor({ timeout: 120_000 });
    // Whatever the page still loads for this first search (the results' fragments) counts too.
    await page.waitForLoadState('networkidle');
    const transferred = await Promise.all(sizes);
    const firstSearchBytes = transferred.reduce((sum, [sent]) => sum + sent, 0);
    const firstSearchRawBytes = transferred.reduce((sum, [, raw]) => sum + raw, 0);
    // The first round loads each query's index chunks and fragments; the second is the warm one.
    for (const q of BENCH_QUERIES) await page.evaluate(`(${TIMED_QUERY})(${JSON.stringify(q)})`);
    const times: number[] = [];
    for (const q of BENCH_QUERIES)
      times.push((await page.evaluate(`(${TIMED_QUERY})(${JSON.stringify(q)})`)) as number);
    return { firstSearchBytes, firstSearchRawBytes, warmQueryMs: median(times) };
  } finally {
    await browser.close();
    await server.close();
  }
}
