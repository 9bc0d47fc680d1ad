import assert from 'node:assert/strict';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { analyzeArticle, createAnalysisContext } from '../../src/analyze/index.ts';
import { analyzeArchive, REPO_ROOT } from '../../src/build/index.ts';
import { hashBytes, isRejection, readArticle } from '../../src/read/index.ts';
import type { AnalyzedArticle } from '../../src/types.ts';
import { makeArchive, SEEDS_DIR, SEED_FILES, seedText } from '../helpers/archive.ts';
import { diskUnavailable, runCommand, runCommandOnDisk, runCommandOnDiskTwice } from '../helpers/command.ts';
import { defaultContext } from '../helpers/pipeline.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const RETRIEVED = '2026-03-01';

/** A story as pasted on standard input: it is written as articles/2025-03-03-wang-yi-visits-moscow-for-talks.md. */
const PASTED =
  'Wang Yi visits Moscow for talks\n\nBy Jane Roe\n\n3 March 2025\n\nChinese Foreign Minister Wang Yi arrived in Moscow on Monday for two days of talks with Sergey Lavrov on trade and security.\n';

function ingest(args: string[], input?: string): string {
  const { status, stdout, stderr } = runCommand('ingest', args, { input });
  assert.equal(status, 0, stderr);
  return stdout;
}

/** Every file of the archive folder with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out[path.relative(dir, path.join(entry.parentPath, entry.name))] = hashBytes(
        readFileSync(path.join(entry.parentPath, entry.name)),
      );
  }
  return out;
}

/** What a reader sees of an article's metadata and tags. */
function visible(a: AnalyzedArticle) {
  return {
    title: a.title,
    date: a.date,
    author: a.author,
    source: a.source,
    countries: a.countries
      .filter((c) => c.primary)
      .map((c) => c.code)
      .sort(),
    actors: a.actors
      .filter((x) => !x.discovered)
      .map((x) => x.id)
      .sort(),
    topics: a.topics.map((t) => t.id).sort(),
  };
}

describe('npm run ingest', () => {
  const archive = makeArchive();
  const batch = makeTempDir('news-archive-batch-');
  let first: string;
  before(() => {
    for (const file of ['01-news-jsonld.html', '02-blog-comments.html', '05-graph-jsonld.html']) {
      cpSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'html', file), path.join(batch, file));
    }
    cpSync(path.join(SEEDS_DIR, SEED_FILES.lavrov), path.join(batch, SEED_FILES.lavrov));
    cpSync(path.join(SEEDS_DIR, SEED_FILES.whiteHouse), path.join(batch, SEED_FILES.whiteHouse));
    mkdirSync(path.join(batch, 'scraper'));
    writeFileSync(
      path.join(batch, 'scraper', 'outlet-b.txt'),
      seedText(SEED_FILES.lavrov).replace(
        'Chinese Leader Xi Jinping Met With the Russian Foreign Minister',
        'Xi holds talks with Lavrov',
      ),
    );
    first = ingest([batch, '--content', archive, '--retrieved', RETRIEVED]);
  });

  it('writes each article as Markdown named by date and slug, and keeps the original by its hash', () => {
    const articles = readdirSync(path.join(archive, 'articles')).sort();
    assert.ok(articles.includes('2005-01-20-straw-to-attend-auschwitz-service.md'), articles.join());
    assert.ok(
      articles.includes('2024-06-20-chinese-leader-xi-jinping-met-with-the-russian-foreign-minister.md'),
      articles.join(),
    );
    assert.equal(articles.length, 6);
    const original = readFileSync(path.join(batch, '01-news-jsonld.html'));
    assert.deepEqual(readFileSync(path.join(archive, 'sources', `${hashBytes(original)}.html`)), original);
  });

  it('prints what it wrote, what needs a look, and the duplicate it found', () => {
    assert.match(first, /01-news-jsonld\.html +articles\/2005-01-20-straw-to-attend-auschwitz-service\.md/);
    assert.match(
      first,
      /000_6d559f7a58ff0f09\.txt .*undated \(page says "2 years ago"\)|000_6d559f7a58ff0f09\.txt .*2024 \(year\)/,
    );
    assert.match(first, /outlet-b\.txt .*(similar \(\d\.\d\d\) to|same text as) articles\/2024-06-20-chinese-leader/);
    assert.match(first, /6 written, 0 unchanged, 0 rejected/);
  });

  it('does nothing, and says so, when the same batch is ingested again', () => {
    const before = snapshot(archive);
    const second = ingest([batch, '--content', archive, '--retrieved', RETRIEVED]);
    assert.match(second, /Nothing to do: 6 already ingested/);
    assert.deepEqual(snapshot(archive), before);
  });

  it('writes Markdown that the build reads back to the same title, date, author, source and tags', async () => {
    const context = createAnalysisContext(defaultContext().taxonomy, { retrieved: RETRIEVED });
    const built = await analyzeArchive({ contentDir: archive, retrieved: null });
    for (const article of built.articles) {
      const recorded = readFileSync(path.join(archive, 'articles', article.file), 'utf8').match(/file: (.+)\n/)![1]!;
      const name = readdirSync(batch, { recursive: true })
        .map(String)
        .find((f) => path.basename(f) === recorded)!;
      const raw = readArticle(recorded, readFileSync(path.join(batch, name)));
      assert.ok(!isRejection(raw));
      assert.deepEqual(visible(article), visible(analyzeArticle(raw, context)), article.file);
    }
  });

  it('reads pasted text from standard input', () => {
    assert.match(
      ingest(['-', '--content', archive], PASTED),
      /stdin\.txt +articles\/2025-03-03-wang-yi-visits-moscow-for-talks\.md/,
    );
    assert.match(ingest(['-', '--content', archive], PASTED), /Nothing to do: 1 already ingested/);
  });

  it("writes over no file of the archivist's, not through a link where it would name its article", () => {
    const withLink = makeArchive();
    const notes = path.join(path.dirname(withLink), 'notes.md');
    writeFileSync(notes, 'the only copy of my notes');
    const link = path.join(withLink, 'articles', '2025-03-03-wang-yi-visits-moscow-for-talks.md');
    symlinkSync(notes, link);
    assert.match(ingest(['-', '--content', withLink], PASTED), /1 written/);
    assert.equal(readFileSync(notes, 'utf8'), 'the only copy of my notes');
    assert.ok(lstatSync(link).isSymbolicLink());
    const written = readdirSync(path.join(withLink, 'articles')).filter((name) => name !== path.basename(link));
    assert.equal(written.length, 1);
    assert.match(written[0]!, /^2025-03-03-wang-yi-visits-moscow-for-talks-[0-9a-f]{8}\.md$/);
  });

  it("names its article apart from one of the archivist's whose name differs by case alone, the same file on a disk that ignores case", () => {
    const archive = makeArchive();
    const theirs = path.join(archive, 'articles', '2025-03-03-Wang-Yi-Visits-Moscow-For-Talks.md');
    writeFileSync(theirs, "# Wang Yi in Moscow\n\nthe archivist's own summary\n");
    assert.match(ingest(['-', '--content', archive], PASTED), /1 written/);
    const written = readdirSync(path.join(archive, 'articles')).filter((name) => name !== path.basename(theirs));
    assert.equal(written.length, 1);
    assert.match(written[0]!, /^2025-03-03-wang-yi-visits-moscow-for-talks-[0-9a-f]{8}\.md$/);
  });

  it('writes no original through a link standing at its name, even one that leads nowhere, and says it is not kept', () => {
    const archive = makeArchive();
    const outside = path.join(path.dirname(archive), 'outside.txt');
    mkdirSync(path.join(archive, 'sources'));
    const kept = path.join(archive, 'sources', `${hashBytes(Buffer.from(PASTED))}.txt`);
    symlinkSync(outside, kept);
    const { status, stdout } = runCommand('ingest', ['-', '--content', archive], { input: PASTED });
    assert.equal(status, 1);
    assert.match(
      stdout,
      /stdin\.txt +nothing \(rejected\).*sources\/[0-9a-f]{64}\.txt, where its original is kept, is a symbolic link/,
    );
    assert.ok(!existsSync(outside), 'nothing is written where the link leads');
    assert.deepEqual(readdirSync(path.join(archive, 'articles')), [], 'no article names an original kept nowhere');
    // A file of the original's bytes there is one an ingest before kept.
    rmSync(kept);
    writeFileSync(kept, PASTED);
    assert.match(ingest(['-', '--content', archive], PASTED), /1 written/);
  });

  it('follows a link to a folder named on the command line, and tells the links inside it, which it does not follow', () => {
    const archive = makeArchive();
    const root = path.dirname(archive);
    const batch = path.join(root, 'batch');
    mkdirSync(path.join(batch, 'more'), { recursive: true });
    writeFileSync(path.join(batch, 'pasted.txt'), PASTED);
    symlinkSync(path.join(SEEDS_DIR, SEED_FILES.lavrov), path.join(batch, 'more', 'linked.txt'));
    symlinkSync('..', path.join(batch, 'more', 'round'));
    symlinkSync(batch, path.join(root, 'batch-link'));
    const before = snapshot(batch);
    const { status, stdout } = runCommand('ingest', [path.join(root, 'batch-link'), '--content', archive]);
    assert.match(stdout, /1 written, 0 unchanged, 2 rejected/);
    assert.equal(status, 1, 'what was not ingested is said, as a rejection');
    assert.match(stdout, /batch-link\/more\/linked\.txt +.*symbolic link: not followed/);
    assert.match(stdout, /batch-link\/more\/round +.*symbolic link: not followed/);
    assert.deepEqual(readdirSync(path.join(archive, 'articles')), ['2025-03-03-wang-yi-visits-moscow-for-talks.md']);
    assert.deepEqual(snapshot(batch), before, 'the folder ingested is left as it was');
  });

  it('ingests nothing into an articles folder that is a symbolic link, which the build would not read, and says so', () => {
    const linked = makeArchive({}, { seeds: true });
    const synced = path.join(path.dirname(linked), 'synced');
    renameSync(path.join(linked, 'articles'), synced);
    symlinkSync(synced, path.join(linked, 'articles'));
    const before = snapshot(path.dirname(linked));
    const { status, stderr } = runCommand('ingest', ['-', '--content', linked], { input: PASTED });
    assert.equal(status, 1);
    assert.match(stderr, /articles is a symbolic link, which the build does not follow, so nothing was ingested/);
    assert.deepEqual(snapshot(path.dirname(linked)), before);
    assert.ok(!existsSync(path.join(linked, 'sources')));
  });

  it("shows escaped, in the line saying why it failed, a terminal's escape in the path it was given", () => {
    const missing = path.join(makeTempDir(), 'talks\x1b[2J.txt');
    const { status, stderr } = runCommand('ingest', [missing, '--content', makeArchive({})]);
    assert.equal(status, 1);
    assert.match(stderr, /^Ingest failed: .*talks\\x1b\[2J\.txt: no such file or folder$/m);
    assert.ok(!stderr.includes('\x1b'), 'no escape reaches the terminal');
  });

  it('ingests the rest of a folder holding a file whose name is not UTF-8, and says why that one was not read', () => {
    const batch = path.join(makeTempDir(), 'batch');
    mkdirSync(batch);
    writeFileSync(path.join(batch, 'pasted.txt'), PASTED);
    // Written by a system whose names are in Latin-1: "talks-<0xff>.txt".
    writeFileSync(
      Buffer.concat([Buffer.from(path.join(batch, 'talks-')), Buffer.from([0xff]), Buffer.from('.txt')]),
      'x',
    );
    const archive = makeArchive({});
    const { status, stdout, stderr } = runCommand('ingest', [batch, '--content', archive]);
    assert.equal(status, 1, stderr);
    assert.match(stdout, /1 written, 0 unchanged, 1 rejected/);
    assert.match(stdout, /talks-\ufffd\.txt +.*name is not valid UTF-8 .*: rename it/);
    assert.deepEqual(readdirSync(path.join(archive, 'articles')), ['2025-03-03-wang-yi-visits-moscow-for-talks.md']);
  });

  it('ingests the rest of a folder beside files of gigabytes, in the folder and in the archive, and says why', () => {
    const batch = path.join(makeTempDir(), 'batch');
    mkdirSync(batch);
    writeFileSync(path.join(batch, 'pasted.txt'), PASTED);
    const archive = makeArchive({});
    // 3 GiB that take no room on the disk (sparse files): more than Node reads into one buffer.
    for (const huge of [path.join(batch, 'dump.txt'), path.join(archive, 'articles', 'dump.txt')]) {
      writeFileSync(huge, '');
      truncateSync(huge, 3 * 1024 ** 3);
    }
    const { status, stdout, stderr } = runCommand('ingest', [batch, '--content', archive]);
    assert.equal(status, 1, stderr);
    assert.match(stdout, /1 written, 0 unchanged, 1 rejected/);
    assert.match(
      stdout,
      /dump\.txt +nothing \(rejected\) +file of 3072\.0 MB is larger than the 20 MB an article may be/,
    );
    assert.deepEqual(readdirSync(path.join(archive, 'articles')).sort(), [
      '2025-03-03-wang-yi-visits-moscow-for-talks.md',
      'dump.txt',
    ]);
  });

  it("keeps each article's row of the table on one line when its file name holds a line break", () => {
    const batch = path.join(makeTempDir(), 'batch');
    mkdirSync(batch);
    writeFileSync(path.join(batch, 'talks\n  rejected 0.txt'), PASTED);
    const stdout = ingest([batch, '--content', makeArchive({})]);
    const rows = stdout.split('\n').filter((line) => line.includes('talks'));
    assert.equal(rows.length, 1, stdout);
    assert.match(rows[0]!, /talks\\x0a {2}rejected 0\.txt/);
    assert.ok(
      !stdout.split('\n').some((line) => line.startsWith('  rejected 0.txt')),
      'no row starts a line of its own',
    );
  });

  it(
    'reads standard input no further than an article may be, and ends without waiting for the rest',
    {
      timeout: 120_000,
    },
    async () => {
      const archive = makeArchive();
      const child = spawn(
        process.execPath,
        [path.join(REPO_ROOT, 'scripts', 'run.mjs'), 'ingest', '-', '--content', archive],
        {
          cwd: REPO_ROOT,
        },
      );
      // A stream that goes on (`yes | npm run ingest -- -`): 21 MB sent, and standard input left open.
      child.stdin.on('error', () => {});
      child.stdin.write(Buffer.alloc(21 * 1024 * 1024, 'a'));
      let stdout = '';
      child.stdout.on('data', (data: Buffer) => (stdout += data));
      const [status] = (await once(child, 'close')) as [number];
      assert.equal(status, 1);
      assert.match(stdout, /^standard input +nothing \(rejected\) .*more than the 20 MB an article may be/m);
    },
  );

  it('names a read-only disk as the cause when it cannot write the article', { skip: diskUnavailable }, () => {
    const disk = path.join(makeTempDir('news-archive-'), 'read-only');
    mkdirSync(disk);
    const seed = path.join(SEEDS_DIR, SEED_FILES.lavrov);
    const { status, stderr } = runCommandOnDisk('ingest', [seed, '--content', disk], { dir: disk, state: 'read-only' });
    assert.equal(status, 1);
    assert.match(
      stderr,
      /^Ingest failed: could not write articles\/\S+ and its original, after 0 of the 1 articles .*: EROFS: read-only file system, mkdir '.*read-only\/articles'$/m,
    );
  });

  it(
    'leaves no half-written file on a disk that fills up, says so, and ingests the rest once there is room',
    {
      skip: diskUnavailable,
    },
    () => {
      const disk = path.join(makeTempDir('news-archive-'), 'small');
      mkdirSync(disk);
      const args = [SEEDS_DIR, '--content', path.join(disk, 'archive'), '--retrieved', RETRIEVED];
      const [full, freed] = runCommandOnDiskTwice('ingest', args, { dir: disk, state: 'nearly-full' });
      assert.equal(full.status, 1);
      assert.match(
        full.stderr,
        /^Ingest failed: disk full on the disk of \S+small\/archive \(make room there, then ingest again\): could not write articles\/\S+ and its original, after [1-4] of the 5 articles .*: ENOSPC: no space left on device/m,
      );
      // The next ingest writes the articles the first did not, each under its own name, and refuses none.
      assert.equal(freed.status, 0, freed.stdout + freed.stderr);
      const counts = /^(\d+) written, (\d+) unchanged, 0 rejected$/m.exec(freed.stdout);
      assert.ok(counts, freed.stdout);
      assert.equal(Number(counts[1]) + Number(counts[2]), 5);
      assert.ok(Number(counts[1]) > 0);
    },
  );

  it('runs no code from an article of the archive, whatever its front matter says it is written in', () => {
    const marker = path.join(makeTempDir('news-archive-marker-'), 'ran');
    const code = `(function () { require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); return {}; })()`;
    const withCode = makeArchive({ 'code.md': `---js\n${code}\n---\nA note about talks in Beijing.\n` });
    const pasted =
      'Talks in Moscow\n\n3 March 2025\n\nChinese and Russian diplomats met in Moscow on Monday for talks.\n';
    assert.match(ingest(['-', '--content', withCode], pasted), /1 written/);
    assert.equal(existsSync(marker), false, 'the front matter of code.md ran');
  });
});
