/**
 * Test helpers: a browser page that records what a reader would not want: console errors, failed and foreign
 * requests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { launchBrowser } from '../../src/bench/browser.ts';
import { serveSeedSite, type ServedSite } from './site.ts';

/** A page and what went wrong on it. */
export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions, responses of 400 and above, and requests to any host but the site's. */
  problems: string[];
}

/**
 * What a context is opened with: the browser's options, and whether its pages load axe-core before their own
 * scripts.
 */
export type WatchedPageOptions = BrowserContextOptions & { axe?: boolean };

/**
 * The browser contexts pages are opened in, one per browser and set of options. A page opened in a context that
 * already holds one costs the browser a fraction of a page in a context of its own (measured 0.16-0.37 s against
 * 0.6-2.0 s, under load), and the site keeps nothing in cookies or storage that one page could leave to another.
 */
const contexts = new WeakMap<Browser, Map<string, Promise<BrowserContext>>>();

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * A new context for `options`. axe-core comes in as a script of the browser's debugging protocol that each page runs
 * before its own (a page's strict CSP would block it, so the context bypasses CSP): evaluating it in each page after
 * it loaded took 0.64 s a page against 0.24 s (medians of 27, in turns, under load).
 */
async function newContext(browser: Browser, { axe, ...options }: WatchedPageOptions): Promise<BrowserContext> {
  const context = await browser.newContext(axe ? { ...options, bypassCSP: true } : options);
  if (axe) await context.addInitScript(AXE_SOURCE);
  return context;
}

function sharedContext(browser: Browser, options: WatchedPageOptions): Promise<BrowserContext> {
  let byOptions = contexts.get(browser);
  if (!byOptions) contexts.set(browser, (byOptions = new Map()));
  const key = JSON.stringify(options);
  let context = byOptions.get(key);
  if (!context) byOptions.set(key, (context = newContext(browser, options)));
  return context;
}

/** What axe-core finds wrong on a page opened with `{ axe: true }`: each rule broken, with where. */
export function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    interface AxeResults {
      violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }>;
    }
    const axe = (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    return (await axe.run()).violations.map(
      (v) => `${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

/** Opens a page that records problems against `siteUrl`, in the browser's context for `options`. */
export async function openWatchedPage(
  browser: Browser,
  siteUrl: string,
  options: WatchedPageOptions = {},
): Promise<WatchedPage> {
  const page = await (await sharedContext(browser, options)).newPage();
  const problems: string[] = [];
  const origin = new URL(siteUrl).origin;
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`foreign request: ${r.url()}`);
  });
  return { page, problems };
}

/**
 * How many tests of a browser suite run at once (`describe(name, { concurrency: TESTS_AT_ONCE }, …)`): each works in
 * a page of its own and spends most of its time waiting for the browser, so several overlap on a few cores. A suite
 * whose tests share a page, or read what the others left, runs its tests one at a time.
 */
export const TESTS_AT_ONCE = 4;

/** The seed site and the browser the suites of this process share, and how many suites still use them. */
let shared: Promise<{ served: ServedSite; browser: Browser }> | null = null;
let suitesUsing = 0;

/**
 * The seed site served and a headless Chromium, started before the suite's tests: call it in a `describe` and read
 * `served` and `browser` in its tests. Suites of one process share them (the test runner imports several test files
 * into one process): they are started by the first suite and closed after the last that registered; each suite's
 * pages are closed after it. Tests must not change the site.
 */
export function seedSiteInBrowser(): { served: ServedSite; browser: Browser } {
  const state = {} as { served: ServedSite; browser: Browser };
  suitesUsing++;
  before(async () => {
    shared ??= (async () => ({ served: await serveSeedSite(), browser: await launchBrowser(chromium) }))();
    Object.assign(state, await shared);
  });
  after(async () => {
    if (state.browser) {
      contexts.delete(state.browser);
      await Promise.all(state.browser.contexts().map((context) => context.close()));
    }
    if (--suitesUsing > 0) return;
    shared = null;
    await state.browser?.close();
    await state.served?.server.close();
  });
  return state;
}
