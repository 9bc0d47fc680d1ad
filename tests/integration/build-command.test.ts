import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/build/index.ts';
import { buildArchiveDir, makeArchive } from '../helpers/archive.ts';

/** Runs `npm run build -- ARGS` on an archive folder, as a user would. */
function build(contentDir: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(REPO_ROOT, 'scripts', 'build.ts'), '--content', contentDir, '--out', path.join(contentDir, '_site'), '--report', path.join(contentDir, 'report.json'), ...args],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, report: JSON.parse(readFileSync(path.join(contentDir, 'report.json'), 'utf8')) };
}

describe('npm run build', () => {
  const withBadFiles = () => makeArchive({ 'empty.txt': '', 'broken.md': '---\ntitle: [unclosed\n---\nText.', 'odd.md': '---\ndate: someday\n---\nRussia and China held talks.' }, { seeds: true });

  it('publishes what it can, prints each rejected file with its reason, writes the full report, and exits 0', () => {
    const dir = withBadFiles();
    const { status, stdout, report } = build(dir);
    assert.equal(status, 0);
    assert.match(stdout, /^8 files read: 6 published, 0 duplicates, 2 rejected, \d+ warnings$/m);
    assert.match(stdout, /rejected broken\.md: front matter is not valid YAML/);
    assert.match(stdout, /rejected empty\.txt: file is empty/);
    assert.ok(existsSync(path.join(dir, '_site', 'index.html')));
    assert.equal(report.filesRead, 8);
    assert.deepEqual(report.rejected.map((r: { file: string; code: string }) => [r.file, r.code]), [['broken.md', 'front-matter'], ['empty.txt', 'empty']]);
    assert.ok(report.warnings.some((w: { file: string; code: string; message: string }) => w.file === 'odd.md' && w.code === 'front-matter-date' && w.message));
    assert.ok(report.published.every((p: { file: string; url: string }) => p.file && p.url));
  });

  it('with --strict, exits non-zero when a file was rejected, and 0 when none was', () => {
    const bad = build(withBadFiles(), '--strict');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /--strict: 2 file\(s\) rejected/);
    const good = build(makeArchive({}, { seeds: true }), '--strict');
    assert.equal(good.status, 0);
  });

  it('builds an archive with nothing to publish: the pages, and a search index of no articles', async () => {
    const site = await buildArchiveDir(makeArchive({ 'empty.txt': '' }));
    assert.equal(site.report.published.length, 0);
    assert.equal(site.report.rejected.length, 1);
    assert.match(site.page('/search/'), /<h1>Search<\/h1>/);
    assert.deepEqual(JSON.parse(readFileSync(path.join(site.outDir, 'pagefind', 'dates.json'), 'utf8')), {});
  });
});
