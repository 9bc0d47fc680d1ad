import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONTENT_DIR, REPO_ROOT } from '../../src/build/index.ts';
import { BUILD_STATE_FILE } from '../../src/output/index.ts';
import { buildArchiveDir, makeArchive, reportFileFor, siteDirFor } from '../helpers/archive.ts';
import { diskUnavailable, runCommand, runCommandOnDisk } from '../helpers/command.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { snapshotTree } from '../helpers/tree.ts';

/** Runs `npm run build -- ARGS` as a user would, in `cwd`. */
const runBuild = (cwd: string, ...args: string[]) => runCommand('build', args, { cwd });

/** Runs `npm run build -- ARGS` on an archive folder, into the site folder beside it. */
function build(contentDir: string, ...args: string[]) {
  const result = runBuild(
    REPO_ROOT,
    '--content',
    contentDir,
    '--out',
    siteDirFor(contentDir),
    '--report',
    reportFileFor(contentDir),
    ...args,
  );
  const reportFile = reportFileFor(contentDir);
  return { ...result, report: existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : null };
}

describe('npm run build', () => {
  const withBadFiles = () =>
    makeArchive(
      {
        'empty.txt': '',
        'broken.md': '---\ntitle: [unclosed\n---\nText.',
        'odd.md': '---\ndate: someday\n---\nRussia and China held talks.',
      },
      { seeds: true },
    );

  it('publishes what it can, prints each rejected file with its reason, writes the full report, and exits 0', () => {
    const dir = withBadFiles();
    const { status, stdout, report } = build(dir);
    assert.equal(status, 0);
    assert.match(stdout, /^8 files read: 6 published, 0 duplicates, 2 rejected, \d+ warnings?$/m);
    assert.match(stdout, /rejected broken\.md: front matter is not valid YAML/);
    assert.match(stdout, /rejected empty\.txt: file is empty/);
    assert.ok(existsSync(path.join(siteDirFor(dir), 'index.html')));
    assert.equal(report.filesRead, 8);
    assert.deepEqual(
      report.rejected.map((r: { file: string; code: string }) => [r.file, r.code]),
      [
        ['broken.md', 'front-matter'],
        ['empty.txt', 'empty'],
      ],
    );
    assert.ok(
      report.warnings.some(
        (w: { file: string; code: string; message: string }) =>
          w.file === 'odd.md' && w.code === 'front-matter-date' && w.message,
      ),
    );
    assert.ok(report.published.every((p: { file: string; url: string }) => p.file && p.url));
  });

  it('with --strict, exits non-zero when a file was rejected, before the site is replaced, and 0 when none was', () => {
    const dir = withBadFiles();
    assert.equal(build(dir).status, 0);
    const before = snapshotTree(siteDirFor(dir));
    writeFileSync(path.join(dir, 'articles', 'new.txt'), 'New headline\n\nRussia and China held new talks.');
    const bad = build(dir, '--strict');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /--strict: 2 file\(s\) rejected; the site was left as it was/);
    assert.match(bad.stderr, /rejected broken\.md: front matter is not valid YAML/);
    assert.deepEqual(snapshotTree(siteDirFor(dir)), before);
    const good = build(makeArchive({}, { seeds: true }), '--strict');
    assert.equal(good.status, 0);
  });

  it('builds an archive with nothing to publish: the pages, and a search index of no articles', async () => {
    const site = await buildArchiveDir(makeArchive({ 'empty.txt': '' }));
    assert.equal(site.report.published.length, 0);
    assert.equal(site.report.rejected.length, 1);
    assert.match(site.page('/search/'), /<h1>Search<\/h1>/);
    assert.deepEqual(JSON.parse(readFileSync(path.join(site.outDir, 'pagefind', 'dates.json'), 'utf8')), {});
    assert.deepEqual(JSON.parse(readFileSync(path.join(site.outDir, 'pagefind', 'words.json'), 'utf8')), {});
  });

  it('fails without an articles folder, or with a file in its place, saying what to do, and leaves the site as it was', async () => {
    const { contentDir, outDir } = await buildArchiveDir(makeArchive({}, { seeds: true }));
    const articles = path.join(contentDir, 'articles');
    const before = snapshotTree(outDir);
    renameSync(articles, path.join(path.dirname(contentDir), 'moved'));
    const missing = build(contentDir);
    assert.equal(missing.status, 1);
    assert.match(
      missing.stderr,
      /^Build failed: there is no folder of articles to build: .*content\/articles does not exist; make that folder and put the articles in it \(npm run ingest makes it\), or give --content the folder that holds articles\/$/m,
    );
    writeFileSync(articles, 'a note where the folder was');
    const file = build(contentDir, '--strict');
    assert.equal(file.status, 1);
    assert.match(
      file.stderr,
      /^Build failed: there is no folder of articles to build: .*content\/articles is a file, not a folder;/m,
    );
    assert.deepEqual(snapshotTree(outDir), before);
  });

  it('rejects an articles folder that is a symbolic link, rather than publish a site of no articles', () => {
    const contentDir = makeArchive({}, { seeds: true });
    const elsewhere = path.join(path.dirname(contentDir), 'synced');
    renameSync(path.join(contentDir, 'articles'), elsewhere);
    symlinkSync(elsewhere, path.join(contentDir, 'articles'));
    const { status, stderr } = build(contentDir, '--strict');
    assert.equal(status, 1);
    assert.match(stderr, /rejected \.: symbolic link: not followed/);
    assert.ok(!existsSync(siteDirFor(contentDir)), 'no site is written');
  });

  it(
    'says the site is in place when the report cannot be written after it, on a full disk',
    { skip: diskUnavailable },
    () => {
      const contentDir = makeArchive({}, { seeds: true });
      const disk = path.join(path.dirname(contentDir), 'full-disk');
      mkdirSync(disk);
      const args = [
        '--content',
        contentDir,
        '--out',
        siteDirFor(contentDir),
        '--report',
        path.join(disk, 'report.json'),
      ];
      const { status, stdout, stderr } = runCommandOnDisk('build', args, { dir: disk, state: 'full' });
      assert.equal(status, 1);
      assert.match(stdout, /^5 files read: 5 published/m);
      assert.match(
        stderr,
        /^Site written to .*_site, but the report could not be written to .*report\.json \(disk full\): ENOSPC/m,
      );
      assert.doesNotMatch(stderr, /Build failed/);
      assert.ok(existsSync(path.join(siteDirFor(contentDir), 'index.html')));
    },
  );

  it('run twice at once on one site, builds one after the other, the second saying which process it waits for', async () => {
    const contentDir = makeArchive({}, { seeds: true });
    const outDir = siteDirFor(contentDir);
    // Each its own report, so that the two reports can be read.
    const started = ['first.json', 'second.json'].map((report) => {
      const args = ['--content', contentDir, '--out', outDir, '--report', path.join(path.dirname(contentDir), report)];
      const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts', 'run.mjs'), 'build', ...args]);
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      return new Promise<{ status: number | null; stderr: string; pid: number }>((resolve) =>
        child.on('close', (status) => resolve({ status, stderr, pid: child.pid! })),
      );
    });
    const [first, second] = await Promise.all(started);
    assert.deepEqual([first!.status, second!.status], [0, 0], `${first!.stderr}\n${second!.stderr}`);
    const waited = [first!, second!].filter(({ stderr }) => /another build/.test(stderr));
    assert.equal(waited.length, 1, 'one of the two waited for the other');
    const other = waited[0] === first ? second! : first!;
    assert.match(
      waited[0]!.stderr,
      new RegExp(
        `^another build of .*_site is running \\(process ${other.pid}, since .* UTC, with --content .*\\); waiting for it to finish \\(Ctrl\\+C stops this one; should that build be gone, remove .*_site\\.lock\\)$`,
        'm',
      ),
    );
    assert.equal(existsSync(`${outDir}.lock`), false, 'no lock is left');
    assert.ok(existsSync(path.join(outDir, 'index.html')));
  });

  it("shows escaped, in the one line saying whom it waits for, a line break in the site's name or in the lock's arguments", async () => {
    const contentDir = makeArchive({}, { seeds: true });
    const outDir = path.join(path.dirname(contentDir), 'site\nnew');
    // Held by a build of this process, which runs, and started before the lock's date.
    const holder = {
      pid: process.pid,
      host: hostname(),
      args: '--out x\nDone.\x1b[2J',
      since: new Date().toISOString(),
    };
    writeFileSync(`${outDir}.lock`, `${JSON.stringify(holder)}\n`);
    const args = ['--content', contentDir, '--out', outDir, '--report', reportFileFor(contentDir)];
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts', 'run.mjs'), 'build', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('waiting for it')) resolve();
      }),
    );
    rmSync(`${outDir}.lock`);
    const status = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(status, 0, stderr);
    assert.match(
      stderr,
      new RegExp(
        `^another build of .*site\\\\x0anew is running \\(process ${process.pid}, since .* UTC, with --out x\\\\x0aDone\\.\\\\x1b\\[2J\\); waiting for it to finish \\(Ctrl\\+C stops this one; should that build be gone, remove .*site\\\\x0anew\\.lock\\)$`,
        'm',
      ),
    );
    assert.doesNotMatch(stderr, /^Done/m, 'the arguments start no line of their own');
    assert.match(stdout, /^Site written to .*site\\x0anew; report in /m);
  });

  it('names a read-only disk as the cause when it cannot write the site', { skip: diskUnavailable }, () => {
    const contentDir = makeArchive({}, { seeds: true });
    const disk = path.join(path.dirname(contentDir), 'read-only');
    mkdirSync(disk);
    const args = ['--content', contentDir, '--out', path.join(disk, 'site'), '--report', reportFileFor(contentDir)];
    const { status, stderr } = runCommandOnDisk('build', args, { dir: disk, state: 'read-only' });
    assert.equal(status, 1);
    assert.match(stderr, /^Build failed: EROFS: read-only file system, open '.*read-only\/site\.lock'$/m);
  });

  it('names a full disk as the cause when it cannot write the site', { skip: diskUnavailable }, () => {
    const contentDir = makeArchive({}, { seeds: true });
    const disk = path.join(path.dirname(contentDir), 'full');
    mkdirSync(disk);
    const args = ['--content', contentDir, '--out', path.join(disk, 'site'), '--report', reportFileFor(contentDir)];
    // Room for the lock and the staging folder, not for the site.
    const { status, stderr } = runCommandOnDisk('build', args, { dir: disk, state: 'nearly-full' });
    assert.equal(status, 1);
    // Every page after the first that could not be written failed too: Eleventy's error listed them all, not why.
    assert.match(
      stderr,
      /^Build failed: disk full on the disk of \S+full\/site \(make room there, then build again\): could not write (?!the lock)\S+: ENOSPC: no space left on device/m,
    );
    assert.doesNotMatch(stderr, /Having trouble writing/);
    // A disk with no room at all: the lock file made cannot be written, and the failure names it.
    const full = runCommandOnDisk('build', args, { dir: disk, state: 'full' });
    assert.equal(full.status, 1);
    assert.match(
      full.stderr,
      /^Build failed: disk full on the disk of \S+full\/site \(make room there, then build again\): could not write the lock file site\.lock: ENOSPC: no space left on device/m,
    );
  });

  it('refuses, before building, an output folder that is a disk of its own', { skip: diskUnavailable }, () => {
    const contentDir = makeArchive({}, { seeds: true });
    const disk = path.join(path.dirname(contentDir), 'site-disk');
    mkdirSync(disk);
    const args = ['--content', contentDir, '--out', disk, '--report', reportFileFor(contentDir)];
    const { status, stdout, stderr } = runCommandOnDisk('build', args, { dir: disk, state: 'empty' });
    assert.equal(status, 1);
    // It was built whole, then failed at the swap: "EBUSY: resource busy or locked, rename '…/site-disk' -> …".
    assert.match(stderr, /^Build failed: refusing to build into \S+site-disk: it is a disk of its own mounted there/m);
    assert.doesNotMatch(stdout, /files read/);
  });

  it(
    'builds without its analysis cache on a read-only or full disk, and says so, naming the folder and the cause',
    { skip: diskUnavailable },
    () => {
      const contentDir = makeArchive({}, { seeds: true });
      const disk = path.join(path.dirname(contentDir), 'read-only');
      mkdirSync(disk);
      const args = ['--content', contentDir, '--out', siteDirFor(contentDir), '--report', reportFileFor(contentDir)];
      const cache = path.join(disk, 'analysis');
      const { status, stdout } = runCommandOnDisk('build', [...args, '--cache', cache], {
        dir: disk,
        state: 'read-only',
      });
      assert.equal(status, 0);
      assert.match(stdout, /^5 files read: 5 published, 0 duplicates, 0 rejected, 1 warning$/m);
      assert.match(
        stdout,
        /^ {2}warning .*read-only\/analysis: the analysis cache could not be written \(EROFS: read-only file system, mkdir '.*read-only\/analysis'\), so the next build analyses these articles again; give --cache a folder this user may write, or build with --no-cache$/m,
      );
      assert.ok(existsSync(path.join(siteDirFor(contentDir), 'index.html')));
      // On a full disk, the warning says so, and what to do.
      const full = runCommandOnDisk('build', [...args, '--cache', cache], { dir: disk, state: 'full' });
      assert.equal(full.status, 0);
      assert.match(
        full.stdout,
        /^ {2}warning .*read-only\/analysis: the analysis cache could not be written \(disk full: ENOSPC: no space left on device, write\), so the next build analyses these articles again; make room on its disk, or build with --no-cache$/m,
      );
    },
  );

  describe('refuses to write where it would destroy files, and leaves every file in place', () => {
    /** An archive of the seeds, with a note of the user's beside it in their common folder. */
    const setUp = () => {
      const contentDir = makeArchive({}, { seeds: true });
      const root = path.dirname(contentDir);
      writeFileSync(path.join(root, 'notes.txt'), 'my notes');
      return { contentDir, root };
    };
    /** Each: where `--out` points, given the archive and its parent folder, and the reason the build must give. */
    const cases: Array<[string, (contentDir: string, root: string) => string, RegExp]> = [
      ['the content folder itself', (contentDir) => contentDir, /the output folder is the content folder itself/],
      [
        'a folder holding the content folder',
        (_contentDir, root) => root,
        /the output folder contains the content folder/,
      ],
      [
        'a folder inside the content folder',
        (contentDir) => path.join(contentDir, 'articles'),
        /the output folder is inside the content folder/,
      ],
      [
        "a folder of the user's own files",
        (_contentDir, root) => {
          mkdirSync(path.join(root, 'papers'));
          writeFileSync(path.join(root, 'papers', 'thesis.txt'), 'years of work');
          return path.join(root, 'papers');
        },
        /is not a site built by news-archive/,
      ],
      [
        "another generator's site, with a home page and a Pagefind index",
        (_contentDir, root) => {
          const site = path.join(root, 'public');
          mkdirSync(path.join(site, 'pagefind'), { recursive: true });
          mkdirSync(path.join(site, 'posts', 'hello'), { recursive: true });
          writeFileSync(path.join(site, 'index.html'), '<h1>My blog</h1>');
          writeFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), '{}');
          writeFileSync(path.join(site, 'posts', 'hello', 'index.html'), '<p>Hello</p>');
          return site;
        },
        /is not a site built by news-archive .*would delete what a build did not write \(posts\/hello\/index\.html\)/,
      ],
    ];
    for (const [name, outOf, reason] of cases) {
      it(`--out ${name}`, () => {
        const { contentDir, root } = setUp();
        const out = outOf(contentDir, root);
        const before = snapshotTree(root);
        const { status, stderr } = runBuild(
          root,
          '--content',
          contentDir,
          '--out',
          out,
          '--report',
          path.join(root, 'elsewhere', 'report.json'),
        );
        assert.equal(status, 1);
        assert.match(stderr, reason);
        assert.deepEqual(snapshotTree(root), before);
      });
    }

    it('--out . in an empty folder, which would be swapped away from under the shell', () => {
      const { contentDir, root } = setUp();
      const here = path.join(root, 'empty');
      mkdirSync(here);
      const before = snapshotTree(root);
      const report = path.join(root, 'elsewhere', 'report.json');
      const { status, stderr } = runBuild(here, '--content', contentDir, '--out', '.', '--report', report);
      assert.equal(status, 1);
      assert.match(stderr, /refusing to build into .*: the output folder is the working folder/);
      assert.deepEqual(snapshotTree(root), before);
      assert.deepEqual(readdirSync(here), [], 'the folder is there, still empty');
    });

    it('`npm run build -- --out content` in the project', () => {
      const before = snapshotTree(DEFAULT_CONTENT_DIR);
      const { status, stderr } = runBuild(REPO_ROOT, '--out', 'content');
      assert.equal(status, 1);
      assert.match(stderr, /refusing to build into content: the output folder is the content folder itself/);
      assert.deepEqual(snapshotTree(DEFAULT_CONTENT_DIR), before);
    });

    it('a report file that is a folder', () => {
      const { contentDir, root } = setUp();
      mkdirSync(path.join(root, 'reports'));
      const before = snapshotTree(root);
      const args = ['--content', contentDir, '--out', path.join(root, '_site'), '--report', path.join(root, 'reports')];
      const { status, stderr } = runBuild(root, ...args);
      assert.equal(status, 1);
      assert.match(stderr, /the report file is a folder/);
      assert.deepEqual(snapshotTree(root), before);
      assert.ok(!existsSync(path.join(root, '_site')), 'no site is written');
    });

    it("a report file that is a file of the user's, not a build report", () => {
      const { contentDir, root } = setUp();
      writeFileSync(path.join(root, 'notes.txt'), 'what to check in the archive');
      const before = snapshotTree(root);
      const args = ['--content', contentDir, '--out', path.join(root, '_site')];
      const { status, stderr } = runBuild(root, ...args, '--report', 'notes.txt');
      assert.equal(status, 1);
      assert.match(stderr, /the report file notes\.txt exists and is not a build report/);
      assert.deepEqual(snapshotTree(root), before);
      assert.ok(!existsSync(path.join(root, '_site')), 'no site is written');
    });

    it("a JSON file of the user's, though a report of any order of fields is replaced", () => {
      const { contentDir, root } = setUp();
      const args = ['--content', contentDir, '--out', path.join(root, '_site')];
      writeFileSync(path.join(root, 'settings.json'), '{"search": "archive", "pages": 20}');
      const settings = runBuild(root, ...args, '--report', 'settings.json');
      assert.equal(settings.status, 1);
      assert.match(settings.stderr, /the report file settings\.json exists and is not a build report/);
      // A report whose fields come in another order than this version writes them (a version to come, a tool).
      writeFileSync(path.join(root, 'report.json'), '{\n  "filesRead": 5,\n  "articlesDir": "content/articles"\n}\n');
      const report = runBuild(root, ...args, '--report', 'report.json');
      assert.equal(report.status, 0, report.stderr);
      assert.equal(JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')).filesRead, 5);
      assert.match(readFileSync(path.join(root, 'report.json'), 'utf8'), /^\{"articlesDir":/);
    });

    it('a report file whose folder cannot be made, a file standing in its place', () => {
      const { contentDir, root } = setUp();
      const before = snapshotTree(root);
      const args = ['--content', contentDir, '--out', path.join(root, '_site')];
      const { status, stderr } = runBuild(root, ...args, '--report', path.join(root, 'notes.txt', 'report.json'));
      assert.equal(status, 1);
      assert.match(stderr, /the report file's folder cannot be made: notes\.txt is a file/);
      assert.deepEqual(snapshotTree(root), before);
      assert.ok(!existsSync(path.join(root, '_site')), 'no site is written');
    });

    it('a report or cache inside the content folder or the output folder', () => {
      const { contentDir, root } = setUp();
      const expected = snapshotTree(root);
      const report = runBuild(
        root,
        '--content',
        contentDir,
        '--out',
        path.join(root, '_site'),
        '--report',
        path.join(contentDir, 'articles', '000_6d559f7a58ff0f09.txt'),
      );
      assert.equal(report.status, 1);
      assert.match(report.stderr, /the report file is inside the content folder/);
      const cache = runBuild(
        root,
        '--content',
        contentDir,
        '--out',
        path.join(root, '_site'),
        '--cache',
        path.join(contentDir, 'articles'),
      );
      assert.equal(cache.status, 1);
      assert.match(cache.stderr, /the cache folder is inside the content folder/);
      // A build replaces its output folder whole: a report or cache in it would be deleted, or refuse the next build.
      const out = path.join(root, '_site');
      const inOut = runBuild(root, '--content', contentDir, '--out', out, '--report', path.join(out, 'report.json'));
      assert.equal(inOut.status, 1);
      assert.match(inOut.stderr, /the report file is inside the output folder, which a build replaces whole/);
      const cacheInOut = runBuild(root, '--content', contentDir, '--out', out, '--cache', path.join(out, '.cache'));
      assert.equal(cacheInOut.status, 1);
      assert.match(cacheInOut.stderr, /the cache folder is inside the output folder, which a build replaces whole/);
      assert.deepEqual(snapshotTree(root), expected);
    });

    it("builds, and leaves alone the folders beside the output named like a killed build's, the archive included", () => {
      const root = makeTempDir('news-archive-');
      const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
      // The archive, and two folders of the user's notes, named as a build names its leftovers.
      const contentDir = path.join(root, `_site.previous-${deadPid}`);
      cpSync(makeArchive({}, { seeds: true }), contentDir, { recursive: true });
      for (const name of [`_site.building-${deadPid}`, `_site.stale-${deadPid}-1`]) {
        mkdirSync(path.join(root, name));
        writeFileSync(path.join(root, name, 'notes.txt'), 'the only copy');
      }
      const before = snapshotTree(root);
      const out = path.join(root, '_site');
      const report = path.join(root, 'elsewhere', 'report.json');
      const { status, stderr } = runBuild(root, '--content', contentDir, '--out', out, '--report', report);
      assert.equal(status, 0, stderr);
      assert.ok(existsSync(path.join(out, 'index.html')));
      const after = snapshotTree(root);
      for (const [file, hash] of before) assert.equal(after.get(file), hash, file);
    });

    it('replaces a site it built before, and an empty folder', async () => {
      const site = await buildArchiveDir(makeArchive({}, { seeds: true }));
      assert.equal((await buildArchiveDir(site.contentDir)).report.published.length, 5);
      const empty = makeArchive({}, { seeds: true });
      mkdirSync(siteDirFor(empty));
      assert.equal((await buildArchiveDir(empty)).report.published.length, 5);
    });

    it("keeps the user's files in a site without its build state, and replaces it once they are moved out", async () => {
      // A site of ours without its hidden files (copied with `cp -r _site/* …`), the user's own files added to it.
      const { contentDir, outDir } = await buildArchiveDir(makeArchive({}, { seeds: true }));
      rmSync(path.join(outDir, BUILD_STATE_FILE));
      writeFileSync(path.join(outDir, 'thesis.txt'), 'years of work');
      mkdirSync(path.join(outDir, 'articles', 'scans'));
      writeFileSync(path.join(outDir, 'articles', 'scans', 'page-1.jpg'), 'a scan');
      const before = snapshotTree(path.dirname(contentDir));
      const refused = build(contentDir);
      assert.equal(refused.status, 1);
      assert.match(
        refused.stderr,
        /refusing to replace .*: it exists and is not a site built by news-archive \(no \.build-state\.json\), and replacing it would delete what a build did not write \(articles\/scans\/page-1\.jpg, thesis\.txt\); choose another --out, or move those files out of that folder/,
      );
      assert.deepEqual(snapshotTree(path.dirname(contentDir)), before);
      rmSync(path.join(outDir, 'thesis.txt'));
      rmSync(path.join(outDir, 'articles', 'scans'), { recursive: true });
      const rebuilt = build(contentDir);
      assert.equal(rebuilt.status, 0, rebuilt.stderr);
      assert.ok(existsSync(path.join(outDir, BUILD_STATE_FILE)));
    });

    it("keeps the files and folders the user put at a built site's root through the next builds", async () => {
      const { contentDir, outDir } = await buildArchiveDir(makeArchive({}, { seeds: true }));
      writeFileSync(path.join(outDir, 'CNAME'), 'archive.example.org');
      mkdirSync(path.join(outDir, 'photos'));
      writeFileSync(path.join(outDir, 'photos', 'front-page.jpg'), 'a scan');
      const rebuilt = build(contentDir);
      assert.equal(rebuilt.status, 0, rebuilt.stderr);
      assert.equal(rebuilt.report.published.length, 5);
      writeFileSync(
        path.join(contentDir, 'articles', 'added.md'),
        '---\ntitle: Trade talks resume in Geneva\ndate: 2024-03-05\n---\n' +
          'Negotiators from the European Union and Japan met in Geneva on Tuesday to resume talks on a trade agreement. ' +
          'Both sides said the talks were constructive and would continue next month, after two days of meetings on tariffs ' +
          'for cars and farm goods.\n',
      );
      const added = build(contentDir);
      assert.equal(added.status, 0, added.stderr);
      assert.equal(added.report.published.length, 6);
      assert.equal(readFileSync(path.join(outDir, 'CNAME'), 'utf8'), 'archive.example.org');
      assert.equal(readFileSync(path.join(outDir, 'photos', 'front-page.jpg'), 'utf8'), 'a scan');
      assert.ok(existsSync(path.join(outDir, 'index.html')));
    });
  });
});
