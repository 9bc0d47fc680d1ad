import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  createKeptFileStats,
  mayHaveNewFiles,
  openFileStatIndex,
  RACY_MS,
  type KeptFileStats,
} from '../../../src/cache/index.ts';
import { hashBytes } from '../../../src/read/index.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const STORY = 'Port reopens after storm\n\nThe port reopened on Tuesday after the storm closed it for three days.\n';

/** A folder of articles with one story, and a cache folder beside it. */
function setUp(): { articlesDir: string; cacheDir: string; file: string } {
  const dir = makeTempDir();
  const articlesDir = path.join(dir, 'articles');
  const file = 'port.txt';
  mkdirSync(articlesDir);
  writeFileSync(path.join(articlesDir, file), STORY);
  return { articlesDir, cacheDir: path.join(dir, 'cache'), file };
}

/**
 * Hashes every listed file as a build does, and saves the index; `now` is the scan's start, `kept` what a process
 * that builds again and again keeps of the index.
 */
function scan(
  articlesDir: string,
  cacheDir: string,
  files: string[],
  now: number,
  kept?: KeptFileStats,
): Map<string, string | null> {
  const index = openFileStatIndex(cacheDir, articlesDir, now, kept);
  const known = new Map<string, string | null>();
  for (const file of files) {
    const stat = statSync(path.join(articlesDir, file));
    const hash = index.hashOf(file, stat);
    known.set(file, hash);
    if (!hash) index.record(file, stat, hashBytes(readFileSync(path.join(articlesDir, file))));
  }
  index.save(files);
  return known;
}

/** A moment by which every file written so far has settled. */
const later = () => Date.now() + RACY_MS + 1000;

describe('the stat index of article files', () => {
  it('knows a file whose size, times and inode are those recorded, and hashes nothing else', () => {
    const { articlesDir, cacheDir, file } = setUp();
    assert.equal(scan(articlesDir, cacheDir, [file], later()).get(file), null);
    assert.equal(scan(articlesDir, cacheDir, [file], later()).get(file), hashBytes(Buffer.from(STORY)));
  });

  it('does not trust a file written too shortly before the scan that recorded it', () => {
    const { articlesDir, cacheDir, file } = setUp();
    // Recorded by a scan that began as the file was written: a second write might have shared its timestamps.
    scan(articlesDir, cacheDir, [file], Date.now());
    assert.equal(scan(articlesDir, cacheDir, [file], later()).get(file), null);
    // Hashed again by a scan long after, it is trusted from then on.
    assert.ok(scan(articlesDir, cacheDir, [file], later()).get(file));
  });

  it('sees an edit of the same size whose modification time was put back, by the change time', () => {
    const { articlesDir, cacheDir, file } = setUp();
    const full = path.join(articlesDir, file);
    // Whole seconds, as `touch -d` or `cp -p` put back.
    const mtime = new Date('2026-03-01T09:00:00Z');
    utimesSync(full, mtime, mtime);
    scan(articlesDir, cacheDir, [file], later());
    const before = statSync(full);
    writeFileSync(full, STORY.replace('Tuesday', 'Thursda'));
    utimesSync(full, mtime, mtime);
    assert.equal(statSync(full).size, before.size);
    assert.equal(statSync(full).mtimeMs, before.mtimeMs);
    assert.equal(scan(articlesDir, cacheDir, [file], later()).get(file), null);
  });

  it('sees a file replaced by another of the same size and times, by its inode', () => {
    const { articlesDir, cacheDir, file } = setUp();
    const full = path.join(articlesDir, file);
    const mtime = new Date('2026-03-01T09:00:00Z');
    utimesSync(full, mtime, mtime);
    scan(articlesDir, cacheDir, [file], later());
    const before = statSync(full);
    const replacement = path.join(articlesDir, 'replacement.tmp');
    writeFileSync(replacement, STORY.replace('storm', 'gale!'));
    utimesSync(replacement, mtime, mtime);
    renameSync(replacement, full);
    assert.notEqual(statSync(full).ino, before.ino);
    assert.equal(scan(articlesDir, cacheDir, [file], later()).get(file), null);
  });

  it('forgets files no longer listed, and ignores an index it cannot read', () => {
    const { articlesDir, cacheDir, file } = setUp();
    scan(articlesDir, cacheDir, [file], later());
    scan(articlesDir, cacheDir, [], later());
    assert.equal(scan(articlesDir, cacheDir, [file], later()).get(file), null);
    const indexFiles = readdirSync(cacheDir).filter((name) => name.startsWith('files-'));
    assert.equal(indexFiles.length, 1);
    writeFileSync(path.join(cacheDir, indexFiles[0]!), '{"version":1,"scannedAt":');
    assert.equal(scan(articlesDir, cacheDir, [file], later()).get(file), null);
    assert.ok(scan(articlesDir, cacheDir, [file], later()).get(file));
  });

  it('in a process that keeps the index, reads its file again once another build replaced it', () => {
    const { articlesDir, cacheDir, file } = setUp();
    const kept = createKeptFileStats();
    scan(articlesDir, cacheDir, [file], later(), kept);
    assert.equal(scan(articlesDir, cacheDir, [file], later(), kept).get(file), hashBytes(Buffer.from(STORY)));
    // Another build of the same folder, to which the file was not listed, writes an index without it.
    scan(articlesDir, cacheDir, [], later());
    assert.equal(scan(articlesDir, cacheDir, [file], later(), kept).get(file), null);
    assert.ok(scan(articlesDir, cacheDir, [file], later(), kept).get(file));
  });

  it('tells that files may be new when there is no index or the folder changed after it, and not otherwise', () => {
    const { articlesDir, cacheDir, file } = setUp();
    assert.equal(mayHaveNewFiles(cacheDir, articlesDir), true);
    scan(articlesDir, cacheDir, [file], Date.now());
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(articlesDir, anHourAgo, anHourAgo);
    assert.equal(mayHaveNewFiles(cacheDir, articlesDir), false);
    writeFileSync(path.join(articlesDir, 'quay.txt'), STORY.replace('port', 'quay'));
    assert.equal(mayHaveNewFiles(cacheDir, articlesDir), true);
  });
});
