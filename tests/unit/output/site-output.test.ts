import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import fs from 'node:fs';
import { once } from 'node:events';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { REPO_ROOT } from '../../../src/build/index.ts';
import {
  BUILD_STATE_FILE,
  createBuildState,
  KILL_AT_VARIABLE,
  openSiteOutput,
  STOP_AT_VARIABLE,
} from '../../../src/output/index.ts';
import { stopped } from '../../helpers/process-stopped.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';
import { snapshotTree } from '../../helpers/tree.ts';

const SEARCH_STATE = { fingerprint: '', base: {}, deltaKey: null, shardSize: 25_000, shards: [0] };
const PAGE = 'articles/story/index.html';
const OTHER_PAGE = 'articles/other/index.html';

/** Builds a site of one page into `outDir` through `openSiteOutput`, as a build of this process does. */
async function publishOnePage(outDir: string, key: string) {
  const output = openSiteOutput(outDir);
  await output.writer.write(PAGE, `story ${key}`);
  const state = createBuildState({}, { fingerprint: 'templates', pages: { [PAGE]: key } }, SEARCH_STATE);
  await output.publish(state, 'wait');
  return state;
}

/**
 * Builds the one-page site in `outDir`, then a second site keeping its page beside another, so that the kept page's
 * folder moves in whole at the swap, listed in the journal; swapped in while `node:fs` has the methods `mockFs`
 * replaces (seen by modules that import them by name), restored after.
 */
async function swapCarryingWithFsMocked(t: TestContext, outDir: string, mockFs: () => void): Promise<void> {
  await publishOnePage(outDir, 'first');
  const output = openSiteOutput(outDir);
  await output.writer.write(OTHER_PAGE, 'other story');
  const pages = { [PAGE]: 'first', [OTHER_PAGE]: 'other' };
  await output.keepPrevious([PAGE], [], pages);
  mockFs();
  syncBuiltinESMExports();
  try {
    await output.publish(createBuildState({}, { fingerprint: 'templates', pages }, SEARCH_STATE), 'wait');
  } finally {
    t.mock.restoreAll();
    syncBuiltinESMExports();
  }
}

describe('openSiteOutput', () => {
  it('builds again from the site this process swapped in, and reads the site again once another build replaced it', async () => {
    const outDir = path.join(makeTempDir(), '_site');
    const state = await publishOnePage(outDir, 'first');
    const again = openSiteOutput(outDir);
    assert.deepEqual(again.previousState, state);
    assert.equal(again.writer.had(PAGE), true);
    await again.abandon();
    // Another build (another process) replaces the site and its state.
    rmSync(outDir, { recursive: true });
    mkdirSync(outDir);
    const other = createBuildState({}, { fingerprint: 'templates', pages: { 'other/index.html': 'k' } }, SEARCH_STATE);
    writeFileSync(path.join(outDir, BUILD_STATE_FILE), JSON.stringify(other));
    const afterOther = openSiteOutput(outDir);
    assert.deepEqual(afterOther.previousState, other);
    assert.equal(afterOther.writer.had(PAGE), false);
    await afterOther.abandon();
  });

  it("has the build state and the swap's journal on the disk before the renames that rely on them", async (t) => {
    const outDir = path.join(makeTempDir(), '_site');
    // What the swap asks of the system, in order: the files and folders synced to the disk, the renames.
    const events: string[] = [];
    const opened = new Map<number, string>();
    const relative = (file: fs.PathLike | undefined) => path.relative(path.dirname(outDir), String(file));
    const { openSync, fsyncSync, renameSync } = fs;
    await swapCarryingWithFsMocked(t, outDir, () => {
      t.mock.method(fs, 'openSync', (file: fs.PathLike, flags: fs.OpenMode = 'r', mode?: fs.Mode) => {
        const fd = openSync(file, flags, mode);
        opened.set(fd, relative(file));
        return fd;
      });
      t.mock.method(fs, 'fsyncSync', (fd: number) => {
        events.push(`sync ${opened.get(fd)}`);
        fsyncSync(fd);
      });
      t.mock.method(fs, 'renameSync', (from: fs.PathLike, to: fs.PathLike) => {
        events.push(`rename ${relative(from)} ${relative(to)}`);
        renameSync(from, to);
      });
    });
    const [previous, staging] = [`_site.previous-${process.pid}`, `_site.building-${process.pid}`];
    const at = (event: string) => {
      assert.ok(events.includes(event), `${event} in ${events.join('; ')}`);
      return events.indexOf(event);
    };
    const carried = `rename ${previous}/articles/story ${staging}/articles/story`;
    for (const synced of [`${previous}/.carried-out.json`, previous])
      assert.ok(at(`sync ${synced}`) < at(carried), `${synced} synced before the first folder moves`);
    assert.ok(at(`sync ${staging}/${BUILD_STATE_FILE}`) < at(`rename ${staging} _site`), 'the state synced first');
    assert.equal(readFileSync(path.join(outDir, PAGE), 'utf8'), 'story first');
  });

  it('swaps in the new site on a disk that does not sync folders, carrying the folders of the previous one', async (t) => {
    const outDir = path.join(makeTempDir(), '_site');
    const { fsyncSync, fstatSync } = fs;
    // A network or FUSE disk: a folder opens, but asking it to sync fails.
    await swapCarryingWithFsMocked(t, outDir, () =>
      t.mock.method(fs, 'fsyncSync', (fd: number) => {
        if (fstatSync(fd).isDirectory())
          throw Object.assign(new Error('EINVAL: invalid argument, fsync'), { code: 'EINVAL' });
        fsyncSync(fd);
      }),
    );
    assert.equal(readFileSync(path.join(outDir, PAGE), 'utf8'), 'story first');
    assert.equal(readFileSync(path.join(outDir, OTHER_PAGE), 'utf8'), 'other story');
  });

  it('renders again a page removed from its site by hand once the build that missed it failed', async () => {
    const outDir = path.join(makeTempDir(), '_site');
    await publishOnePage(outDir, 'first');
    rmSync(path.join(outDir, PAGE));
    const keeping = openSiteOutput(outDir);
    // A page written beside it: the kept page is linked on its own, not moved in with its folder.
    await keeping.writer.write('articles/story/photo.html', 'photo');
    await assert.rejects(keeping.keepPrevious([PAGE], [], {}), /went missing during the build/);
    await keeping.abandon();
    const next = openSiteOutput(outDir);
    assert.equal(next.writer.had(PAGE), false);
    await next.abandon();
  });

  it('moves into the new site what the archivist saved into the site after the build read it and before the swap', async () => {
    const outDir = path.join(makeTempDir(), '_site');
    await publishOnePage(outDir, 'first');
    const output = openSiteOutput(outDir);
    // The story changed: its folder and the one above it are written anew, not moved whole.
    await output.writer.write(PAGE, 'story second');
    await output.keepPrevious([], [], { [PAGE]: 'second' });
    // Saved once the previous site was read for the archivist's files: at its root, a folder of photos, and beside
    // the story in a folder the build writes anew.
    const saved = ['notes.txt', 'photos/front-page.jpg', 'articles/story/sources.txt'];
    for (const file of saved) {
      mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      writeFileSync(path.join(outDir, file), `saved late: ${file}`);
    }
    await output.publish(
      createBuildState({}, { fingerprint: 'templates', pages: { [PAGE]: 'second' } }, SEARCH_STATE),
      'wait',
    );
    assert.equal(readFileSync(path.join(outDir, PAGE), 'utf8'), 'story second');
    for (const file of saved) assert.equal(readFileSync(path.join(outDir, file), 'utf8'), `saved late: ${file}`, file);
  });

  it("keeps aside, under a name that says so, a file of the archivist's at the path of a page the build now writes", async () => {
    const outDir = path.join(makeTempDir(), '_site');
    await publishOnePage(outDir, 'first');
    // Pages written by hand where no build wrote one, before the build read the site, and after it.
    const handWritten = 'countries/xx/index.html';
    const savedLate = 'countries/yy/index.html';
    mkdirSync(path.join(outDir, 'countries', 'xx'), { recursive: true });
    writeFileSync(path.join(outDir, handWritten), 'my page on XX');
    const pages = { [PAGE]: 'first', [handWritten]: 'xx', [savedLate]: 'yy' };
    const output = openSiteOutput(outDir);
    for (const file of [handWritten, savedLate]) await output.writer.write(file, `the build's ${file}`);
    await output.keepPrevious([PAGE], [], pages);
    mkdirSync(path.join(outDir, 'countries', 'yy'), { recursive: true });
    writeFileSync(path.join(outDir, savedLate), 'my page on YY');
    await output.publish(createBuildState({}, { fingerprint: 'templates', pages }, SEARCH_STATE), 'wait');
    const keptAside = [
      { file: handWritten, keptAs: 'countries/xx/index.kept-aside.html' },
      { file: savedLate, keptAs: 'countries/yy/index.kept-aside.html' },
    ];
    assert.deepEqual(output.keptAside, keptAside);
    for (const { file, keptAs } of keptAside) {
      assert.equal(
        readFileSync(path.join(outDir, file), 'utf8'),
        `the build's ${file}`,
        "the build's page is in place",
      );
      assert.equal(readFileSync(path.join(outDir, keptAs), 'utf8'), `my page on ${file.split('/')[1]!.toUpperCase()}`);
    }
    // The next build keeps them where they are now, as the archivist's, and keeps nothing aside again.
    const next = openSiteOutput(outDir);
    await next.writer.write(PAGE, 'story second');
    await next.keepPrevious([handWritten, savedLate], [], { ...pages, [PAGE]: 'second' });
    await next.publish(createBuildState({}, { fingerprint: 'templates', pages }, SEARCH_STATE), 'wait');
    assert.deepEqual(next.keptAside, []);
    for (const { keptAs } of keptAside) assert.ok(existsSync(path.join(outDir, keptAs)), keptAs);
    assert.deepEqual(readdirSync(path.join(outDir, 'countries', 'xx')).sort(), ['index.html', 'index.kept-aside.html']);
  });

  it("keeps aside whole a folder of the archivist's at the path of a page the build now writes, and the site stays up", async () => {
    const outDir = path.join(makeTempDir(), '_site');
    await publishOnePage(outDir, 'first');
    // A folder named as a page, before the build read the site, and after it.
    const folderBefore = 'countries/xx/index.html';
    const folderLate = 'countries/yy/index.html';
    mkdirSync(path.join(outDir, folderBefore, 'drafts'), { recursive: true });
    writeFileSync(path.join(outDir, folderBefore, 'drafts', 'notes.txt'), 'my notes on XX');
    const notesBefore = statSync(path.join(outDir, folderBefore, 'drafts', 'notes.txt'));
    chmodSync(path.join(outDir, folderBefore, 'drafts'), 0o750);
    utimesSync(path.join(outDir, folderBefore, 'drafts'), new Date('2020-01-02'), new Date('2020-01-02'));
    const pages = { [PAGE]: 'first', [folderBefore]: 'xx', [folderLate]: 'yy' };
    const output = openSiteOutput(outDir);
    for (const file of [folderBefore, folderLate]) await output.writer.write(file, `the build's ${file}`);
    await output.keepPrevious([PAGE], [], pages);
    mkdirSync(path.join(outDir, folderLate), { recursive: true });
    writeFileSync(path.join(outDir, folderLate, 'notes.txt'), 'my notes on YY');
    await output.publish(createBuildState({}, { fingerprint: 'templates', pages }, SEARCH_STATE), 'wait');
    assert.deepEqual(output.keptAside, [
      { file: folderBefore, keptAs: 'countries/xx/index.kept-aside.html' },
      { file: folderLate, keptAs: 'countries/yy/index.kept-aside.html' },
    ]);
    assert.equal(readFileSync(path.join(outDir, folderBefore), 'utf8'), `the build's ${folderBefore}`);
    const keptBefore = path.join(outDir, 'countries/xx/index.kept-aside.html/drafts/notes.txt');
    assert.equal(readFileSync(keptBefore, 'utf8'), 'my notes on XX');
    // The archivist's file itself, with its owner, times and attributes, and their folder's permissions and date.
    assert.equal(statSync(keptBefore).ino, notesBefore.ino);
    const draftsKept = statSync(path.dirname(keptBefore));
    assert.equal(draftsKept.mode & 0o7777, 0o750);
    assert.equal(draftsKept.mtime.toISOString(), '2020-01-02T00:00:00.000Z');
    const keptLate = path.join(outDir, 'countries/yy/index.kept-aside.html/notes.txt');
    assert.equal(readFileSync(keptLate, 'utf8'), 'my notes on YY');
    assert.deepEqual(readdirSync(path.dirname(outDir)), ['_site'], 'no leftover beside the site');
  });

  it('tells of a file kept aside by a build killed before it could say so', async () => {
    const outDir = path.join(makeTempDir(), '_site');
    await publishOnePage(outDir, 'first');
    const handWritten = 'countries/xx/index.html';
    mkdirSync(path.join(outDir, 'countries', 'xx'), { recursive: true });
    writeFileSync(path.join(outDir, handWritten), 'my page on XX');
    const pages = { [PAGE]: 'first', [handWritten]: 'xx' };
    const build = `import { createBuildState, openSiteOutput } from ${JSON.stringify(path.join(REPO_ROOT, 'src', 'output', 'index.ts'))};
      const output = openSiteOutput(${JSON.stringify(outDir)});
      await output.writer.write(${JSON.stringify(handWritten)}, "the build's page");
      await output.keepPrevious([${JSON.stringify(PAGE)}], [], ${JSON.stringify(pages)});
      const state = createBuildState({}, { fingerprint: 'templates', pages: ${JSON.stringify(pages)} }, ${JSON.stringify(SEARCH_STATE)});
      await output.publish(state, 'wait');`;
    const killed = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', build], {
      cwd: REPO_ROOT,
      env: { ...process.env, [KILL_AT_VARIABLE]: 'swap-in' },
    });
    assert.equal(killed.signal, 'SIGKILL', 'the build was killed once its site was in place');
    const keptAs = 'countries/xx/index.kept-aside.html';
    assert.equal(readFileSync(path.join(outDir, keptAs), 'utf8'), 'my page on XX');
    // The next build finishes what the killed one began, and says where the page is.
    const next = openSiteOutput(outDir);
    assert.deepEqual(next.keptAside, [{ file: handWritten, keptAs }]);
    await next.abandon();
  });

  it("finishes a folder of the archivist's that a killed build began to keep aside, where it made a second copy", async (t) => {
    if (!existsSync('/proc/self/stat')) return t.skip('needs Linux /proc to see a process stopped');
    const outDir = path.join(makeTempDir(), '_site');
    await publishOnePage(outDir, 'first');
    const folder = 'countries/xx/index.html';
    const pages = { [PAGE]: 'first', [folder]: 'xx' };
    // Saved after the build read the site: kept aside once the new site is in place, where the build is stopped once
    // the first of the three files is linked into the copy, and killed.
    const build = `import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
      import { createBuildState, openSiteOutput } from ${JSON.stringify(path.join(REPO_ROOT, 'src', 'output', 'index.ts'))};
      const output = openSiteOutput(${JSON.stringify(outDir)});
      await output.writer.write(${JSON.stringify(folder)}, "the build's page");
      await output.keepPrevious([${JSON.stringify(PAGE)}], [], ${JSON.stringify(pages)});
      const drafts = ${JSON.stringify(path.join(outDir, folder))};
      mkdirSync(drafts, { recursive: true });
      for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(drafts + '/' + name, 'my draft ' + name);
      chmodSync(drafts, 0o750);
      const state = createBuildState({}, { fingerprint: 'templates', pages: ${JSON.stringify(pages)} }, ${JSON.stringify(SEARCH_STATE)});
      await output.publish(state, 'wait');`;
    const killed = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', build], {
      cwd: REPO_ROOT,
      env: { ...process.env, [STOP_AT_VARIABLE]: 'keep-aside' },
      stdio: 'ignore',
    });
    t.after(() => killed.kill('SIGKILL'));
    await stopped(killed.pid!);
    killed.kill('SIGKILL');
    await once(killed, 'exit');
    const keptAs = 'countries/xx/index.kept-aside.html';
    assert.equal(readdirSync(path.join(outDir, keptAs)).length, 1, 'the copy was begun');
    const next = openSiteOutput(outDir);
    assert.deepEqual(next.keptAside, [{ file: folder, keptAs }]);
    await next.abandon();
    assert.deepEqual(readdirSync(path.join(outDir, 'countries', 'xx')).sort(), ['index.html', 'index.kept-aside.html']);
    assert.deepEqual(readdirSync(path.join(outDir, keptAs)).sort(), ['a.txt', 'b.txt', 'c.txt']);
    assert.equal(readFileSync(path.join(outDir, keptAs, 'c.txt'), 'utf8'), 'my draft c.txt');
    assert.equal(statSync(path.join(outDir, keptAs)).mode & 0o7777, 0o750, "the folder's own permissions");
  });

  it("keeps every page of the previous site when its build's state is there but cannot be read, and says why", async () => {
    const spoilers: Array<[RegExp, (file: string) => void]> = [
      [/not whole JSON/, (file) => writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40))],
      [/not a file/, (file) => (rmSync(file), mkdirSync(file))],
      [/of version 3, where this build reads version 2/, (file) => writeFileSync(file, '{"version":3}')],
    ];
    for (const [reason, spoil] of spoilers) {
      const outDir = path.join(makeTempDir(), '_site');
      const first = openSiteOutput(outDir);
      await first.writer.write(PAGE, 'story');
      await first.writer.write(OTHER_PAGE, 'other story');
      const pages = { [PAGE]: 'story', [OTHER_PAGE]: 'other' };
      await first.publish(createBuildState({}, { fingerprint: 'templates', pages }, SEARCH_STATE), 'wait');
      const handWritten = 'topics/reading-list/index.html';
      mkdirSync(path.join(outDir, 'topics', 'reading-list'), { recursive: true });
      writeFileSync(path.join(outDir, handWritten), 'my reading list');
      spoil(path.join(outDir, BUILD_STATE_FILE));
      // Nothing tells the page written by hand from the build's: the build renders all again.
      const output = openSiteOutput(outDir);
      assert.match(output.unusableState ?? '', reason);
      await output.writer.write(PAGE, 'story');
      await output.writer.write(OTHER_PAGE, 'other story, edited');
      await output.keepPrevious([], [], pages);
      await output.publish(createBuildState({}, { fingerprint: 'templates', pages }, SEARCH_STATE), 'wait');
      assert.equal(readFileSync(path.join(outDir, handWritten), 'utf8'), 'my reading list');
      // A page of the same bytes is the build's; one of others is kept aside, as it may be the archivist's.
      const keptAside = output.keptAside.filter(({ file }) => file !== BUILD_STATE_FILE);
      assert.deepEqual(keptAside, [{ file: OTHER_PAGE, keptAs: 'articles/other/index.kept-aside.html' }]);
      assert.equal(readFileSync(path.join(outDir, OTHER_PAGE), 'utf8'), 'other story, edited');
      // The next build reads the state this one wrote, and keeps what it kept as the archivist's.
      const next = openSiteOutput(outDir);
      assert.equal(next.unusableState, null);
      await next.abandon();
    }
  });

  it("gives the new site the output folder's owner, group and permissions, and its group to what is made in it", async () => {
    const outDir = path.join(makeTempDir(), '_site');
    mkdirSync(outDir);
    // An empty folder made for a web server's group, what is made in it to take that group: as root, another owner's.
    const owner =
      process.getuid!() === 0 ? { uid: 65534, gid: 65534 } : { uid: process.getuid!(), gid: process.getgid!() };
    chownSync(outDir, owner.uid, owner.gid);
    chmodSync(outDir, 0o2770);
    await publishOnePage(outDir, 'first');
    const site = statSync(outDir);
    assert.deepEqual([site.uid, site.gid, site.mode & 0o7777], [owner.uid, owner.gid, 0o2770]);
    assert.equal(statSync(path.join(outDir, PAGE)).gid, owner.gid);
  });

  it('publishes nothing when another build swapped its site in while it ran, and leaves that site as it was', async () => {
    const outDir = path.join(makeTempDir(), '_site');
    await publishOnePage(outDir, 'first');
    const building = openSiteOutput(outDir);
    // Another build (`npm run build` beside `npm run dev`) swaps in a site with two pages more.
    const other = openSiteOutput(outDir);
    const pages = { [PAGE]: 'first', 'countries/fr/index.html': 'fr', 'countries/de/index.html': 'de' };
    for (const file of Object.keys(pages)) await other.writer.write(file, `the other build's ${file}`);
    await other.publish(createBuildState({}, { fingerprint: 'templates', pages }, SEARCH_STATE), 'wait');
    const othersSite = snapshotTree(outDir);
    // This one, opened on the site before, writes the first of them, not the second.
    const own = { [PAGE]: 'second', 'countries/fr/index.html': 'fr' };
    for (const file of Object.keys(own)) await building.writer.write(file, `this build's ${file}`);
    await building.keepPrevious([], [], own);
    await assert.rejects(
      building.publish(createBuildState({}, { fingerprint: 'templates', pages: own }, SEARCH_STATE), 'wait'),
      /another build replaced the site while this one ran/,
    );
    await building.abandon();
    assert.deepEqual(snapshotTree(outDir), othersSite);
    assert.deepEqual(readdirSync(path.dirname(outDir)), ['_site']);
  });

  it('keeps the pages of a folder the archivist made a link to a folder out of the site, and leaves that folder as it was', async () => {
    const root = makeTempDir();
    const outDir = path.join(root, '_site');
    await publishOnePage(outDir, 'first');
    // The site's articles moved to a folder of the archivist's, a link to it in their place.
    const elsewhere = path.join(root, 'articles-elsewhere');
    renameSync(path.join(outDir, 'articles'), elsewhere);
    symlinkSync(elsewhere, path.join(outDir, 'articles'));
    writeFileSync(path.join(elsewhere, 'notes.txt'), "the archivist's notes");
    const before = snapshotTree(elsewhere);
    const output = openSiteOutput(outDir);
    // A page written beside the kept one: its folder is kept whole, under the link.
    await output.writer.write('articles/other/index.html', 'another story');
    await output.keepPrevious([PAGE], [], { [PAGE]: 'first' });
    await output.publish(
      createBuildState({}, { fingerprint: 'templates', pages: { [PAGE]: 'first' } }, SEARCH_STATE),
      'wait',
    );
    assert.deepEqual(snapshotTree(elsewhere), before);
    assert.equal(readFileSync(path.join(outDir, PAGE), 'utf8'), 'story first');
    assert.equal(readlinkSync(path.join(outDir, 'articles.kept-aside')), elsewhere);
  });
});
