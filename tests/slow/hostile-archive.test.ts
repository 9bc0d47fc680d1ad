import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { REPO_ROOT } from '../../src/build/index.ts';
import { startStaticServer, type RunningServer } from '../../src/serve/static-server.ts';
import type { BuildReport } from '../../src/report/index.ts';
import { reportFileFor, siteDirFor } from '../helpers/archive.ts';
import { makeHostileArchive, type Outcome } from '../helpers/hostile.ts';
import { manyArticles } from '../helpers/many-articles.ts';
import { listPageUrls } from '../helpers/site.ts';
import { listFiles } from '../helpers/tree.ts';
import { xmlError } from '../helpers/xml.ts';

/** One distinct story per input, so that none is grouped with another as the same story. */
const STORY = [
  'Rescuers in the Alps reached two climbers stranded for three days on a glacier.',
  'The Dutch water board raised the dykes along the river Waal by half a metre.',
  'A Ugandan startup began selling solar fridges to fishermen on Lake Victoria.',
  'Snow closed the pass between Georgia and Armenia for the second week running.',
  'The Estonian navy cleared an old sea mine found by a trawler near Tallinn.',
  'Beekeepers in Slovenia counted more hives this year than at any time since 1990.',
  'A storm in the Philippines cut power to half a million homes on the island of Luzon.',
  'The Bolivian lithium company signed a deal to build a battery plant near Potosí.',
];
const story = (i: number) => `${STORY[i]} ${STORY[i]!.replace(/\.$/, '')}, officials said on Monday.`;

/**
 * Inputs ten to fifty times the size of those of the issue that found them (runs of punctuation, nesting, one line
 * of a megabyte, a million lines), and others of the same kinds: each must be published or refused on its own,
 * in time linear in its size.
 */
const LARGE: Record<string, { text: string; outcome: Outcome | 'published or over budget' }> = {
  'dots-200k.txt': { text: `Dots headline\n\n${story(0)} ${'.'.repeat(200_000)} end.`, outcome: { published: true } },
  'dots-line-60k.txt': { text: `Dots line\n\n${story(1)}\n\n${'.'.repeat(60_000)}`, outcome: { published: true } },
  'dots-line-1mb.txt': {
    text: `Megabyte line\n\n${story(2)}\n\n${'.'.repeat(1_000_000)}`,
    outcome: { published: true },
  },
  'marks-100k.txt': { text: `Marks headline\n\n${story(3)} ${'!?'.repeat(50_000)} end.`, outcome: { published: true } },
  'nested-divs-100k.html': {
    text: `<html><body>${'<div>'.repeat(100_000)}<h1>Nested deep</h1><p>${story(4)}</p>${'</div>'.repeat(100_000)}</body></html>`,
    outcome: { published: true },
  },
  'unclosed-quotes-50k.html': {
    text: `<html><body><h1>Unclosed quotes</h1><p>${story(5)}</p>${'<blockquote>'.repeat(50_000)}x</body></html>`,
    outcome: { published: true },
  },
  'far-dates.html': {
    text: `<html><head><script type="application/ld+json">{"datePublished":"+275760-09-13","dateModified":"0000-01-01"}</script></head><body><h1>Far dates</h1><p>${story(6)}</p></body></html>`,
    outcome: { published: true },
  },
  'five-megabytes.txt': {
    text: `Five megabyte article\n\n${Array.from({ length: 10_000 }, (_, i) => `Paragraph ${i}: ${story(i % STORY.length)} ${'The talks went on. '.repeat(24)}`).join('\n\n')}\n\nLast paragraph of the long article.`,
    outcome: { published: true, title: 'Five megabyte article' },
  },
  'million-lines.txt': {
    text: `Million lines\n\n${story(7)}\n${Array.from({ length: 1_000_000 }, (_, i) => `talks Moscow ${i % 100}`).join('\n')}`,
    outcome: 'published or over budget',
  },
};

/** Requests `requestPath` as it is (a URL would be normalised) from `base`; resolves to the status. */
function status(base: string, requestPath: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    request({ host: hostname, port, path: requestPath }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode!));
    })
      .on('error', reject)
      .end();
  });
}

describe('an archive of every hostile input beside good articles, built with npm run build', () => {
  let expected: Record<string, Outcome>;
  let contentDir: string;
  let outDir: string;
  let report: BuildReport;
  let build: { status: number | null; stderr: string; seconds: number };
  before(() => {
    const archive = makeHostileArchive();
    contentDir = archive.contentDir;
    expected = archive.expected;
    const good = manyArticles(70, 'good');
    for (const [name, text] of Object.entries({
      ...good,
      ...Object.fromEntries(Object.entries(LARGE).map(([n, l]) => [n, l.text])),
    }))
      writeFileSync(path.join(contentDir, 'articles', name), text);
    for (const name of Object.keys(good)) expected[name] = { published: true };
    outDir = siteDirFor(contentDir);
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      [
        path.join(REPO_ROOT, 'scripts', 'run.mjs'),
        'build',
        '--content',
        contentDir,
        '--out',
        outDir,
        '--report',
        reportFileFor(contentDir),
        '--no-cache',
      ],
      { cwd: path.dirname(contentDir), encoding: 'utf8' },
    );
    build = { status: result.status, stderr: result.stderr, seconds: (performance.now() - started) / 1000 };
    report = JSON.parse(readFileSync(reportFileFor(contentDir), 'utf8')) as BuildReport;
  });

  it('builds, exit code 0', (t) => {
    assert.equal(build.status, 0, build.stderr);
    const stages = Object.entries(report.timings).map(([stage, seconds]) => `${stage} ${seconds.toFixed(1)} s`);
    const million = report.rejected.find((r) => r.file === 'million-lines.txt')?.reason ?? 'published';
    t.diagnostic(
      `built in ${build.seconds.toFixed(1)} s (${stages.join(', ')}): ${report.published.length} published, ${report.rejected.length} rejected; million-lines.txt ${million}`,
    );
  });

  it('publishes every good article, and repairs or rejects each hostile one with its reason', () => {
    for (const [file, outcome] of Object.entries(expected)) {
      const published = report.published.find((p) => p.file === file);
      const rejected = report.rejected.find((r) => r.file === file);
      if (outcome.published) {
        assert.ok(published, `${file} is published (rejected: ${rejected?.reason})`);
        if (outcome.title) assert.equal(published.title, outcome.title, file);
        const codes = report.warnings.filter((w) => w.file === file).map((w) => w.code);
        for (const code of outcome.warnings ?? []) assert.ok(codes.includes(code), `${file} warns ${code}`);
      } else assert.equal(rejected?.code, outcome.code, `${file} is rejected as ${outcome.code}`);
    }
    for (const [file, { outcome }] of Object.entries(LARGE)) {
      const published = report.published.some((p) => p.file === file);
      const rejected = report.rejected.find((r) => r.file === file);
      if (outcome === 'published or over budget')
        assert.ok(
          published || /^analysis exceeded \d+ (s|MB of memory)$/.test(rejected?.reason ?? ''),
          `${file}: ${rejected?.reason}`,
        );
      else assert.ok(published, `${file} is published (rejected: ${rejected?.reason})`);
    }
    for (const r of report.rejected) assert.ok(r.reason.length > 10 && r.reason.length < 300, `${r.file}: ${r.reason}`);
  });

  it('publishes a 5 MB article whole', () => {
    const big = report.published.find((p) => p.file === 'five-megabytes.txt')!;
    const page = readFileSync(path.join(outDir, big.url, 'index.html'), 'utf8');
    assert.match(page, /Last paragraph of the long article\./);
  });

  it('writes every feed and the sitemap as well-formed XML, and every page as HTML whose elements close in order', async () => {
    const xml = listFiles(outDir).filter((f) => f.endsWith('.xml'));
    assert.ok(xml.includes('feed.xml') && xml.includes('sitemap.xml'));
    for (const file of xml) assert.equal(xmlError(readFileSync(path.join(outDir, file), 'utf8')), null, file);
    const validator = new HtmlValidate({
      rules: { 'close-order': 'error', 'close-attr': 'error', 'no-dup-attr': 'error', 'no-dup-id': 'error' },
    });
    const failures: string[] = [];
    for (const url of listPageUrls(outDir)) {
      const file = path.join(outDir, url, url.endsWith('/') ? 'index.html' : '');
      const result = await validator.validateString(readFileSync(file, 'utf8'), url);
      for (const m of result.results.flatMap((r) => r.messages)) failures.push(`${url} ${m.ruleId} ${m.message}`);
    }
    assert.deepEqual(failures, []);
  });

  describe('served', () => {
    let server: RunningServer;
    before(async () => (server = await startStaticServer(outDir)));
    after(() => server.close());

    it('serves every page, answers 10,000 crafted requests with an error status, and is still up', async () => {
      for (const url of listPageUrls(outDir)) assert.equal(await status(server.url, encodeURI(url)), 200, url);
      const crafted = [
        '/%ff',
        '/%',
        '/..%2f..%2fetc%2fpasswd',
        '/index.html/x',
        `/${'a'.repeat(300)}`,
        '/%00',
        `/${'%2e%2e/'.repeat(500)}`,
      ];
      const seen = new Set<number>();
      for (let start = 0; start < 10_000; start += 100)
        for (const s of await Promise.all(
          Array.from({ length: 100 }, (_, i) => status(server.url, crafted[(start + i) % crafted.length]!)),
        ))
          seen.add(s);
      assert.deepEqual([...seen], [404]);
      assert.equal(await status(server.url, '/'), 200);
    });
  });
});
