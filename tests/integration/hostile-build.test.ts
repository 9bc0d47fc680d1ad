import assert from 'node:assert/strict';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { CONTENT_SECURITY_POLICY } from '../../src/render/index.ts';
import { formatSummary } from '../../src/report/index.ts';
import { buildArchiveDir, type BuiltArchive } from '../helpers/archive.ts';
import { makeHostileArchive, OUTSIDE_SECRET, type HostileArchive, type Outcome } from '../helpers/hostile.ts';
import { listFiles } from '../helpers/tree.ts';
import { xmlError } from '../helpers/xml.ts';

/** What XML 1.0 forbids in a document: controls but tab and line breaks, lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const ALLOWED_PROTOCOL = /^(https?:|mailto:)/i;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset', 'data'];

/** What in a page could run code: event handler attributes, script URLs, inline or foreign scripts, frames, plugins. */
function executableParts(page: string): string[] {
  const { document } = parseHTML(page);
  const found: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (['iframe', 'object', 'embed', 'frame', 'base'].includes(tag)) found.push(`<${tag}>`);
    if (tag === 'script') {
      const src = element.getAttribute('src');
      const type = element.getAttribute('type');
      if (!(src?.startsWith('/') && !src.startsWith('//')) && type !== 'application/ld+json')
        found.push(`<script>${element.textContent}`);
    }
    for (const { name, value } of element.attributes) {
      if (name.toLowerCase().startsWith('on')) found.push(`${tag} ${name}="${value}"`);
      if (
        URL_ATTRIBUTES.includes(name.toLowerCase()) &&
        /^\s*[a-z][a-z0-9+.-]*:/i.test(value) &&
        !ALLOWED_PROTOCOL.test(value.trim())
      )
        found.push(`${tag} ${name}="${value}"`);
      if (tag === 'meta' && name === 'http-equiv' && value.toLowerCase() === 'refresh') found.push('meta refresh');
    }
  }
  return found;
}

describe('building an archive of hostile inputs', () => {
  let archive: HostileArchive;
  let site: BuiltArchive;
  before(async () => {
    archive = makeHostileArchive();
    site = await buildArchiveDir(archive.contentDir);
  });

  it('accounts for every file: published + rejected + merged duplicates = files found under articles/', () => {
    const onDisk = listFiles(path.join(site.contentDir, 'articles')).filter((f) => !path.basename(f).startsWith('.'));
    const { published, rejected } = site.report;
    const accounted = [
      ...published.map((p) => p.file),
      ...rejected.map((r) => r.file),
      ...site.report.duplicates.map((d) => d.file),
    ];
    assert.equal(site.report.filesRead, onDisk.length);
    assert.equal(accounted.length, onDisk.length);
    assert.deepEqual([...accounted].sort(), [...onDisk].sort());
    assert.deepEqual(Object.keys(archive.expected).sort(), [...onDisk].sort());
    for (const r of rejected) assert.ok(r.reason.length > 10, `${r.file} has a reason`);
    assert.deepEqual(JSON.parse(readFileSync(site.reportFile, 'utf8')).rejected, JSON.parse(JSON.stringify(rejected)));
  });

  it('gives each input its expected outcome', () => {
    for (const [file, outcome] of Object.entries(archive.expected) as Array<[string, Outcome]>) {
      const published = site.report.published.find((p) => p.file === file);
      const rejected = site.report.rejected.find((r) => r.file === file);
      if (outcome.published) {
        assert.ok(published, `${file} is published (rejected: ${rejected?.reason})`);
        if (outcome.title) assert.equal(published.title, outcome.title, file);
        const codes = site.report.warnings.filter((w) => w.file === file).map((w) => w.code);
        for (const code of outcome.warnings ?? []) assert.ok(codes.includes(code), `${file} warns ${code}`);
        assert.ok(existsSync(path.join(site.outDir, published.url, 'index.html')), `${file} has a page`);
      } else {
        assert.equal(rejected?.code, outcome.code, `${file} is rejected as ${outcome.code}`);
      }
    }
  });

  it('lets nothing from an article run in a page: no script, no event handler, no script link, no frame; every page has the CSP', () => {
    const pages = listFiles(site.outDir).filter((f) => f.endsWith('.html'));
    assert.ok(pages.length > 30);
    for (const file of pages) {
      const page = readFileSync(path.join(site.outDir, file), 'utf8');
      assert.deepEqual(executableParts(page), [], file);
      const policies = [...parseHTML(page).document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map(
        (m) => m.getAttribute('content'),
      );
      assert.deepEqual(policies, [CONTENT_SECURITY_POLICY], `${file} carries the policy`);
    }
  });

  it('shows markup from articles as text, where a reader can see it', () => {
    const hostile = site.report.published.find((p) => p.file === 'script-in-front-matter.md')!;
    const { document } = parseHTML(site.page(hostile.url));
    assert.equal(
      document.querySelector('h1')?.textContent,
      "Talks end </script><script>alert('INJECTED')</script> in Moscow",
    );
    assert.match(document.querySelector('.meta')?.textContent ?? '', /By <img src=x onerror="alert\('INJECTED'\)">/);
    const body = document.querySelector('.article-body')?.textContent ?? '';
    assert.match(body, /Officials said <script>alert\('INJECTED'\)<\/script> nothing more\./);
    // Markdown-it refuses javascript: links, so they stay text; an HTML link is text like any other markup.
    assert.ok(body.includes(`Read [the statement](javascript:alert('INJECTED')) or`));
    assert.ok(body.includes(`<a href="javascript:alert('INJECTED')">that one</a>`));
    assert.equal(document.querySelector('title')?.textContent?.startsWith('Talks end </script>'), true);
  });

  it('writes nothing outside the output folder, whatever the front matter or title says', () => {
    assert.deepEqual(readdirSync(site.contentDir).sort(), ['articles', 'secret.txt', 'taxonomy']);
    assert.deepEqual(readdirSync(path.dirname(site.contentDir)).sort(), ['_site', 'content', 'report.json']);
    for (const name of ['x-permalink', 'x-url', 'x-slug', 'x-layout', 'escaped-title']) {
      assert.ok(!existsSync(path.join(tmpdir(), name)), name);
      assert.ok(!existsSync(path.join(path.dirname(tmpdir()), name)), name);
    }
    const permalink = site.report.published.find((p) => p.file === 'permalink-escape.md')!;
    assert.equal(permalink.url, '/articles/2024/06/escaped-title/');
    const dots = site.report.published.find((p) => p.file === 'dots-and-slashes.txt')!;
    assert.match(dots.url, /^\/articles\/undated\/[a-z0-9-]+\/$/);
    for (const file of listFiles(site.outDir))
      assert.match(
        file,
        /^((index|404)\.html|feed\.(xml|json)|sitemap\.xml|robots\.txt|\.build-state\.json|(articles|countries|actors|topics|archive|search|assets|pagefind|pagefind-delta)\/)/,
      );
  });

  it('does not follow symbolic links: what they point to is not in the site', () => {
    for (const file of listFiles(site.outDir).filter((f) => !f.startsWith('pagefind/'))) {
      assert.ok(!readFileSync(path.join(site.outDir, file), 'utf8').includes(OUTSIDE_SECRET), file);
    }
    assert.ok(lstatSync(path.join(site.contentDir, 'articles', 'link-outside.txt')).isSymbolicLink());
  });

  it('publishes a 200,000-character line whole', () => {
    const long = site.report.published.find((p) => p.file === 'long-line.txt')!;
    assert.ok(site.page(long.url).includes('a'.repeat(200_000)));
  });

  it('splits paragraphs on CRLF and lone CR line ends, and leaves no carriage return in the pages', () => {
    for (const file of ['crlf.txt', 'lone-cr.txt']) {
      const entry = site.report.published.find((p) => p.file === file)!;
      const page = site.page(entry.url);
      assert.ok(!page.includes('\r'), file);
      assert.equal(parseHTML(page).document.querySelectorAll('.article-body p').length, 2, file);
    }
  });

  it('gives two articles with the same title and date two pages with distinct URLs', () => {
    const urls = site.report.published.filter((p) => p.file.startsWith('same-title-')).map((p) => p.url);
    assert.equal(urls.length, 2);
    assert.equal(new Set(urls).size, 2);
    assert.ok(urls.includes('/articles/2024/05/xi-and-putin-meet/'));
    for (const url of urls) assert.match(site.page(url), /<h1>Xi and Putin meet<\/h1>/);
  });
  it('repairs or refuses each input that stopped whole builds, and names the file and what was done', () => {
    const warned = (file: string) => site.report.warnings.filter((w) => w.file === file).map((w) => w.message);
    assert.match(warned('lone-surrogate-front-matter.md').join(' '), /1 unpaired UTF-16 surrogate/);
    assert.match(warned('ansi-escape.txt').join(' '), /control character/);
    assert.match(warned('date-object.md').join(' '), /\(a set of fields\)/);
    assert.match(warned('date-year-12345.md').join(' '), /not a real date between the years 1000 and/);
    const bomb = site.report.rejected.find((r) => r.file === 'date-alias-bomb.md')!;
    assert.match(bomb.reason, /alias/i);
    assert.ok(bomb.reason.length < 300, bomb.reason);
    const title = site.report.published.find((p) => p.file === 'two-megabyte-title.md')!.title;
    assert.ok(title.length <= 300, `a title of ${title.length} characters`);
    for (const w of site.report.warnings) assert.ok(w.message.length < 500, `${w.file}: ${w.message.slice(0, 80)}…`);
  });

  it('writes feeds and a sitemap that a conforming XML parser reads, and no character XML forbids in any file', () => {
    const xmlFiles = listFiles(site.outDir).filter((f) => f.endsWith('.xml'));
    assert.ok(xmlFiles.includes('feed.xml') && xmlFiles.includes('sitemap.xml'));
    assert.ok(xmlFiles.filter((f) => f.endsWith('feed.xml')).length > 1, 'topic feeds too');
    for (const file of xmlFiles) assert.equal(xmlError(readFileSync(path.join(site.outDir, file), 'utf8')), null, file);
    for (const file of listFiles(site.outDir).filter((f) => /\.(html|xml|json)$/.test(f)))
      assert.doesNotMatch(readFileSync(path.join(site.outDir, file), 'utf8'), NOT_XML, file);
  });

  it('keeps list pages small whatever the dates and titles: no timeline over years without articles', () => {
    for (const file of listFiles(site.outDir).filter((f) => /^(countries|actors|topics|archive)\/.*\.html$/.test(f)))
      assert.ok(statSync(path.join(site.outDir, file)).size < 1_000_000, `${file} is under 1 MB`);
  });

  it('prints file names with their control characters escaped in the build summary', () => {
    const summary = formatSummary(site.report);
    assert.ok(!summary.includes('\x1b'), 'no raw escape');
    assert.ok(summary.includes('rejected \\x1b[2Jterminal-escape.txt'), summary);
  });
});
