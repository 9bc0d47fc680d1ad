import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { buildArchiveDir, makeArchive, type BuiltArchive } from '../helpers/archive.ts';

/** The links of a page, as a reader would follow them. */
function links(html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
}

describe('building the seed archive', () => {
  let site: BuiltArchive;
  before(async () => {
    site = await buildArchiveDir(makeArchive({}, { seeds: true }));
  });

  it('publishes every seed article and rejects nothing', () => {
    assert.equal(site.report.filesRead, 5);
    assert.equal(site.report.published.length, 5);
    assert.deepEqual(site.report.rejected, []);
  });

  it('writes a page for each article with its headline', () => {
    for (const entry of site.report.published) {
      assert.match(site.page(entry.url), new RegExp(`<h1>${entry.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`));
    }
    const lavrov = site.report.published.find((p) => p.file.startsWith('004'))!;
    assert.equal(lavrov.url, '/articles/2024/06/chinese-leader-xi-jinping-met-with-the-russian-foreign-minister/');
    assert.match(site.page(lavrov.url), /<time datetime="2024-06-20">20 June 2024<\/time>/);
  });

  it('lists the latest articles, the topics, countries and actors on the home page', () => {
    const home = site.page('/');
    for (const entry of site.report.published) assert.ok(links(home).includes(entry.url), entry.url);
    for (const url of [
      '/topics/china-russia-relations/',
      '/topics/sanctions/',
      '/topics/diplomacy/',
      '/countries/cn/',
      '/countries/ru/',
      '/actors/xi-jinping/',
    ]) {
      assert.ok(links(home).includes(url), url);
    }
  });

  it('puts all five seeds on the China–Russia relations topic page', () => {
    const topic = site.page('/topics/china-russia-relations/');
    for (const entry of site.report.published) assert.ok(links(topic).includes(entry.url), entry.url);
  });

  it('links tags on an article page to their pages', () => {
    const lavrov = site.report.published.find((p) => p.file.startsWith('004'))!;
    const pageLinks = links(site.page(lavrov.url));
    for (const url of [
      '/countries/cn/',
      '/countries/ru/',
      '/actors/sergey-lavrov/',
      '/actors/wang-yi/',
      '/topics/diplomacy/',
    ]) {
      assert.ok(pageLinks.includes(url), url);
    }
  });

  it('explains each tag once, each sentence once under it, and links every country with a page', () => {
    for (const entry of site.report.published) {
      const page = site.page(entry.url);
      const why = page.slice(
        page.indexOf('<details class="evidence">'),
        page.indexOf('</section>', page.indexOf('<details class="evidence">')),
      );
      const article = site.model.articles.find((a) => a.url === entry.url)!;
      for (const dd of why.split('<dt>').slice(1)) {
        const sentences = [...dd.matchAll(/<li>“(.*?)”<\/li>/gs)].map((m) => m[1]!.replace(/<\/?mark>/g, ''));
        assert.equal(new Set(sentences).size, sentences.length, `a sentence repeated under one tag of ${entry.url}`);
      }
      const countryPages = new Set(site.model.countries.map((c) => c.id));
      for (const c of article.countries.filter((c) => countryPages.has(c.code)))
        assert.ok(links(why).includes(`/countries/${c.code.toLowerCase()}/`), `${c.name} on ${entry.url}`);
      assert.doesNotMatch(why, /score \d+(\.\d+)?, threshold/);
    }
  });

  it('has archive pages by year, an undated page, and a search page', () => {
    assert.match(site.page('/archive/'), /href="\/archive\/2024\/"/);
    const undated = links(site.page('/archive/undated/'));
    assert.equal(site.report.published.filter((p) => undated.includes(p.url)).length, 4);
    assert.match(site.page('/search/'), /src="\/assets\/search\.js"/);
  });

  it('follows every internal link to a page that exists', () => {
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory() && entry.name !== 'pagefind') walk(path.join(dir, entry.name));
        else if (entry.name.endsWith('.html')) pages.push(path.join(dir, entry.name));
      }
    };
    walk(site.outDir);
    for (const file of pages) {
      const url = `/${path.relative(site.outDir, path.dirname(file)).split(path.sep).join('/')}/`.replace(
        /^\/\/$/,
        '/',
      );
      for (const href of links(site.page(url))) {
        if (!href.startsWith('/')) continue;
        const target = path.join(site.outDir, href.split(/[?#]/)[0]!);
        assert.ok(existsSync(href.endsWith('/') ? path.join(target, 'index.html') : target), `${url} links to ${href}`);
      }
    }
  });

  it('writes a Pagefind index', () => {
    assert.ok(existsSync(path.join(site.outDir, 'pagefind', 'pagefind.js')));
  });
});
