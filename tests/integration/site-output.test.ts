import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { DOMParser } from 'linkedom';
import { buildArchiveDir, makeArchive, type BuiltArchive } from '../helpers/archive.ts';
import { listPageUrls } from '../helpers/site.ts';

/** A dated article whose title and body try to break out of HTML, XML and JSON. */
const HOSTILE_TITLE = `Talks on <script>alert("x")</script> & 'sanctions' ]]> end`;
const HOSTILE = `---
title: ${JSON.stringify(HOSTILE_TITLE)}
date: 2024-05-02
source: Wire & Co
topics: [diplomacy]
---
Officials met in Geneva to discuss <img src=x onerror=alert(1)> and "the rest" & more.
`;

/** Enough dated diplomacy articles for the topic to need a second page. */
function filler(n: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `filler-${i}.md`,
      `---\ntitle: Diplomatic meeting number ${i + 1}\ndate: 2023-${String((i % 12) + 1).padStart(2, '0')}-1${i % 10}\ntopics: [diplomacy]\n---\nDiplomats from China and Russia met for round ${i + 1} of talks.\n`,
    ]),
  );
}

function read(site: BuiltArchive, file: string): string {
  return readFileSync(path.join(site.outDir, file), 'utf8');
}

/** Every site-relative address a page refers to: links, stylesheets, scripts, images. */
function references(page: string): string[] {
  return [...page.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

describe('the built site', () => {
  let site: BuiltArchive;
  let pages: string[];
  before(async () => {
    site = await buildArchiveDir(makeArchive({ 'hostile.md': HOSTILE, ...filler(30) }, { seeds: true }));
    pages = listPageUrls(site.outDir);
  });

  it('has pages that all validate as HTML', async () => {
    // Headlines are as long as their newspapers made them: a long <title> is not an error here.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    const failures: string[] = [];
    for (const url of pages) {
      const report = await validator.validateString(site.page(url), url);
      for (const result of report.results)
        for (const m of result.messages) failures.push(`${url}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    assert.deepEqual(failures, []);
  });

  it('has no broken internal link, stylesheet or script on any page', () => {
    const broken: string[] = [];
    for (const url of pages) {
      for (const ref of references(site.page(url))) {
        const target = path.join(site.outDir, decodeURIComponent(ref.split(/[?#]/)[0]!));
        if (!existsSync(ref.split(/[?#]/)[0]!.endsWith('/') ? path.join(target, 'index.html') : target))
          broken.push(`${url} → ${ref}`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('loads nothing from another host and runs scripts only on the search page', () => {
    for (const url of pages) {
      const page = site.page(url);
      assert.doesNotMatch(page, /<(?:script|link|img|iframe)[^>]+(?:src|href)="(?:https?:)?\/\//, url);
      assert.doesNotMatch(page, /\sstyle="/, url);
      const scripts = [...page.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
      if (url === '/search/') assert.deepEqual(scripts, ['<script type="module" src="/assets/search.js">']);
      else assert.deepEqual(scripts, [], url);
    }
  });

  it('shows the hostile headline as text, never as markup', () => {
    const entry = site.report.published.find((p) => p.file === 'hostile.md')!;
    const page = site.page(entry.url);
    assert.ok(!page.includes('<script>alert'));
    assert.ok(!page.includes('<img src=x'));
    const doc = new DOMParser().parseFromString(page, 'text/html');
    assert.equal(doc.querySelector('h1')!.textContent, HOSTILE_TITLE);
  });

  it('paginates long lists at stable URLs, 25 a page', () => {
    const first = site.page('/topics/diplomacy/');
    assert.match(first, /href="\/topics\/diplomacy\/page\/2\/"/);
    const second = new DOMParser().parseFromString(site.page('/topics/diplomacy/page/2/'), 'text/html');
    const firstDoc = new DOMParser().parseFromString(first, 'text/html');
    const items = (doc: typeof firstDoc) =>
      doc.querySelectorAll('section[aria-labelledby="articles-heading"] .article-list li').length;
    assert.equal(items(firstDoc), 25);
    assert.equal(items(firstDoc) + items(second), site.model.topics.find((t) => t.id === 'diplomacy')!.articles.length);
  });

  it('writes Atom feeds for the archive and each topic, escaped, dated by the newest article', () => {
    const xml = read(site, 'feed.xml');
    assert.ok(!xml.includes('<script>'), 'markup from an article stays escaped');
    const feed = new DOMParser().parseFromString(xml, 'text/xml');
    assert.equal(feed.querySelector('feed > updated')!.textContent, `${site.model.updated}T00:00:00Z`);
    const titles = [...feed.querySelectorAll('entry > title')].map((t) => t.textContent);
    assert.ok(titles.includes(HOSTILE_TITLE));
    assert.ok(!titles.some((t) => /Russia Asks China/.test(t ?? '')), 'undated articles are not in the feed');
    for (const topic of site.model.topics)
      assert.ok(existsSync(path.join(site.outDir, 'topics', topic.id, 'feed.xml')), topic.id);
    const sanctions = new DOMParser().parseFromString(read(site, 'topics/sanctions/feed.xml'), 'text/xml');
    const expected = site.model.topics
      .find((t) => t.id === 'sanctions')!
      .articles.filter((a) => a.date)
      .map((a) => a.title);
    assert.deepEqual(
      [...sanctions.querySelectorAll('entry > title')].map((t) => t.textContent),
      expected,
    );
  });

  it('writes JSON Feeds that parse, with the article HTML escaped', () => {
    const feed = JSON.parse(read(site, 'feed.json')) as {
      version: string;
      items: Array<{ title: string; content_html: string; url: string }>;
    };
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    const item = feed.items.find((i) => i.title === HOSTILE_TITLE)!;
    assert.ok(item, 'the hostile article is in the feed with its exact title');
    assert.ok(!item.content_html.includes('<img'));
    assert.match(item.content_html, /&lt;img src=x/);
    const topic = JSON.parse(read(site, 'topics/diplomacy/feed.json')) as { items: unknown[] };
    assert.ok(topic.items.length > 0);
  });

  it('lists every page in sitemap.xml and points robots.txt to it', () => {
    const sitemap = read(site, 'sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>[^<]*?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
    assert.deepEqual(locs.sort(), pages.filter((u) => u !== '/404.html').sort());
    assert.match(read(site, 'robots.txt'), /^Sitemap: .*\/sitemap\.xml$/m);
  });

  it('has a 404 page that leads back into the archive', () => {
    const page = site.page('/404.html');
    assert.match(page, /Page not found/);
    const doc = new DOMParser().parseFromString(page, 'text/html');
    const form = doc.querySelector('main form[role="search"]')!;
    assert.equal(form.getAttribute('action'), '/search/');
    assert.equal(form.querySelector('input[type="search"]')!.getAttribute('name'), 'q');
  });

  it('tells readers without JavaScript that search needs it, with links to browse instead', () => {
    const doc = new DOMParser().parseFromString(site.page('/search/'), 'text/html');
    assert.match(doc.querySelector('[data-search-fallback]')!.textContent!, /needs JavaScript/);
    assert.ok(doc.querySelector('[data-search-form]')!.hasAttribute('hidden'));
  });
});
