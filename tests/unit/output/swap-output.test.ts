import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lchownSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import {
  BUILD_STATE_FILE,
  clearLeftovers,
  createBuildState,
  openSiteOutput,
  previousDirFor,
  stagingDirFor,
  swapInOutput,
} from '../../../src/output/index.ts';
import { REPO_ROOT } from '../../../src/build/index.ts';
import { diskUnavailable } from '../../helpers/command.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';
import { listFiles, snapshotTree } from '../../helpers/tree.ts';

/** A previous site in `outDir` with a home page and three folders of pages. */
function makePreviousSite(outDir: string): void {
  for (const folder of ['articles/2020', 'articles/2021', 'countries/cn']) {
    mkdirSync(path.join(outDir, folder), { recursive: true });
    writeFileSync(path.join(outDir, folder, 'index.html'), `previous ${folder}`);
  }
  writeFileSync(path.join(outDir, 'index.html'), 'previous home');
}

const SEARCH_STATE = { fingerprint: '', base: {}, deltaKey: null, shardSize: 25_000, shards: [0] };

/** The build state of a site `makePreviousSite` made, as its build wrote it: its pages listed. */
const PREVIOUS_SITE_STATE = JSON.stringify(
  createBuildState(
    {},
    {
      fingerprint: '',
      pages: { 'articles/2020/index.html': 'a', 'articles/2021/index.html': 'b', 'countries/cn/index.html': 'c' },
    },
    SEARCH_STATE,
  ),
);

/** The user and group ids of nobody, whom a test run as root takes to act as a user without root's rights. */
const NOBODY = 65534;

const inodes = (dir: string) => listFiles(dir).map((file) => statSync(path.join(dir, file)).ino);

describe('swapInOutput', () => {
  it('moves the folders kept whole into the new site and puts it in place, the previous site gone', () => {
    const outDir = path.join(makeTempDir(), '_site');
    makePreviousSite(outDir);
    const staging = `${outDir}.new`;
    mkdirSync(staging);
    writeFileSync(path.join(staging, 'index.html'), 'new home');
    const carriedInode = statSync(path.join(outDir, 'articles/2020/index.html')).ino;
    swapInOutput(staging, outDir, 'wait', ['articles/2020', 'countries']);
    assert.deepEqual(listFiles(outDir), ['articles/2020/index.html', 'countries/cn/index.html', 'index.html']);
    assert.equal(statSync(path.join(outDir, 'articles/2020/index.html')).ino, carriedInode);
    assert.deepEqual(readdirSync(path.dirname(outDir)), ['_site']);
  });

  it('with the previous site removed alongside (npm run dev), puts the new site in place at once and the previous one goes', async () => {
    const outDir = path.join(makeTempDir(), '_site');
    makePreviousSite(outDir);
    const staging = `${outDir}.new`;
    mkdirSync(staging);
    writeFileSync(path.join(staging, 'index.html'), 'new home');
    swapInOutput(staging, outDir, 'alongside', ['countries']);
    assert.deepEqual(listFiles(outDir), ['countries/cn/index.html', 'index.html']);
    for (let wait = 0; readdirSync(path.dirname(outDir)).length > 1 && wait < 100; wait++) await sleep(50);
    assert.deepEqual(readdirSync(path.dirname(outDir)), ['_site']);
  });

  it('moves into the new site a folder the archivist made read-only, its permissions kept', (t) => {
    const root = makeTempDir();
    // Its owner may remove what is in it once the test is done.
    t.after(() => spawnSync('chmod', ['-R', 'u+w', root]));
    const outDir = path.join(root, '_site');
    makePreviousSite(outDir);
    mkdirSync(path.join(outDir, 'photos'));
    writeFileSync(path.join(outDir, 'photos', 'front-page.jpg'), 'a photo');
    const staging = `${outDir}.new`;
    mkdirSync(staging);
    writeFileSync(path.join(staging, 'index.html'), 'new home');
    chmodSync(path.join(outDir, 'photos'), 0o555);
    // Swapped by its owner: as root, which may move any folder, the swap runs as another user, the folders theirs.
    if (process.getuid!() === 0) {
      for (const file of [root, ...readdirSync(root, { recursive: true }).map((f) => path.join(root, String(f)))])
        lchownSync(file, NOBODY, NOBODY);
      process.setegid!(NOBODY);
      process.seteuid!(NOBODY);
      try {
        swapInOutput(staging, outDir, 'wait', ['photos']);
      } finally {
        process.seteuid!(0);
        process.setegid!(0);
      }
    } else swapInOutput(staging, outDir, 'wait', ['photos']);
    assert.deepEqual(listFiles(outDir), ['index.html', 'photos/front-page.jpg']);
    assert.equal(statSync(path.join(outDir, 'photos')).mode & 0o777, 0o555);
  });

  it('puts the previous site back exactly as it was when a step of the swap fails, folders already moved included', () => {
    const outDir = path.join(makeTempDir(), '_site');
    makePreviousSite(outDir);
    const before = { files: snapshotTree(outDir), inodes: inodes(outDir) };
    const staging = `${outDir}.new`;
    mkdirSync(staging);
    writeFileSync(path.join(staging, 'index.html'), 'new home');
    // The second folder went missing: the first has moved by the time its rename fails.
    assert.throws(() => swapInOutput(staging, outDir, 'wait', ['articles/2020', 'gone', 'countries']), /ENOENT.*gone/);
    assert.deepEqual(snapshotTree(outDir), before.files);
    assert.deepEqual(inodes(outDir), before.inodes);
    assert.deepEqual(listFiles(staging), ['index.html'], 'nothing of the previous site is left in the new one');
  });
});

describe('swapInOutput on a full disk', () => {
  it(
    "names the swap's journal when it cannot be written, and puts the previous site back",
    { skip: diskUnavailable },
    () => {
      const disk = makeTempDir();
      // A small disk of its own, the previous site and the new one on it, then filled.
      const mount =
        'mount -t tmpfs -o size=64k tmpfs "$1" && mkdir -p "$1/_site/articles/2020" "$1/_site.new" && ' +
        'echo previous > "$1/_site/articles/2020/index.html" && echo new > "$1/_site.new/index.html" && ' +
        '{ cat /dev/zero > "$1/filler" 2>/dev/null; true; } && shift && exec "$@"';
      const [site, staging] = [path.join(disk, '_site'), path.join(disk, '_site.new')].map((dir) =>
        JSON.stringify(dir),
      );
      const swap =
        `import { readdirSync } from 'node:fs';` +
        `import { swapInOutput } from ${JSON.stringify(path.join(REPO_ROOT, 'src', 'output', 'index.ts'))};` +
        `try { swapInOutput(${staging}, ${site}, 'wait', ['articles/2020']) } catch (error) { console.log(error.message) }` +
        `console.log(readdirSync(${JSON.stringify(disk)}).sort().join(' '), readdirSync(${site} + '/articles').join(' '));`;
      const node = [process.execPath, '--import', 'tsx', '--input-type=module', '-e', swap];
      const { stdout, stderr } = spawnSync(
        'unshare',
        ['--user', '--map-root-user', '--mount', 'sh', '-c', mount, 'sh', disk, ...node],
        { cwd: REPO_ROOT, encoding: 'utf8' },
      );
      assert.equal(
        stdout,
        "could not write the swap's journal (.carried-out.json), so the previous site was put back as it was: ENOSPC: " +
          'no space left on device, write\n_site _site.new filler 2020\n',
        stderr,
      );
    },
  );
});

describe('openSiteOutput', () => {
  it('keeps the folders it had moved when the swap fails, and deletes only the new site', async () => {
    const outDir = path.join(makeTempDir(), '_site');
    makePreviousSite(outDir);
    const before = { files: snapshotTree(outDir), inodes: inodes(outDir) };
    const output = openSiteOutput(outDir);
    await output.writer.write('index.html', 'new home');
    await output.writer.write('articles/2021/index.html', 'changed page');
    await output.keepPrevious(['articles/2020/index.html', 'countries/cn/index.html'], [], {});
    assert.deepEqual(output.writer.carried, ['articles/2020', 'countries']);
    assert.deepEqual(snapshotTree(outDir), before.files, 'keeping reads the previous site only');
    // Another program moves a kept folder away during the build: the swap fails after moving articles/2020.
    renameSync(path.join(outDir, 'countries'), `${outDir}-countries`);
    await assert.rejects(output.publish(createBuildState({}, { fingerprint: '', pages: {} }, SEARCH_STATE), 'wait'));
    await output.abandon();
    renameSync(`${outDir}-countries`, path.join(outDir, 'countries'));
    assert.deepEqual(snapshotTree(outDir), before.files);
    assert.deepEqual(inodes(outDir), before.inodes);
    assert.deepEqual(readdirSync(path.dirname(outDir)).sort(), ['_site']);
  });

  it('replaces whole the site a link given as the output points to, and keeps the link', async () => {
    const root = makeTempDir();
    const site = path.join(root, 'www');
    makePreviousSite(site);
    const outDir = path.join(root, '_site');
    symlinkSync(site, outDir);
    const output = openSiteOutput(outDir);
    await output.writer.write('index.html', 'new home');
    await output.keepPrevious(
      ['articles/2020/index.html', 'articles/2021/index.html', 'countries/cn/index.html'],
      [],
      {},
    );
    assert.ok(output.writer.carried.length > 0, 'folders are carried whole');
    await output.publish(createBuildState({}, { fingerprint: '', pages: {} }, SEARCH_STATE), 'wait');
    assert.ok(lstatSync(outDir).isSymbolicLink(), 'the link is still a link');
    const pages = ['articles/2020/index.html', 'articles/2021/index.html', 'countries/cn/index.html', 'index.html'];
    assert.deepEqual(listFiles(site), ['.build-state.json', ...pages]);
    assert.deepEqual(readdirSync(root).sort(), ['_site', 'www']);
  });

  it("leaves to its remover an old site this process is still removing, and removes a dead process's", async () => {
    const outDir = path.join(makeTempDir(), '_site');
    makePreviousSite(outDir);
    // `npm run dev` swaps at every rebuild and hands each old site to a remover in the background; a rebuild that
    // removed it again itself waited tens of seconds after one that re-rendered every page.
    const beingRemoved = `${outDir}.stale-${process.pid}-1`;
    const deadBuildsSite = `${outDir}.stale-${spawnSync(process.execPath, ['-e', '']).pid}-1`;
    for (const old of [beingRemoved, deadBuildsSite]) makePreviousSite(old);
    // What its remover had not removed yet, the build state with it: the file is removed last.
    writeFileSync(path.join(deadBuildsSite, BUILD_STATE_FILE), PREVIOUS_SITE_STATE);
    const output = openSiteOutput(outDir);
    assert.ok(existsSync(beingRemoved));
    assert.ok(!existsSync(deadBuildsSite));
    await output.writer.write('index.html', 'new home');
    await output.publish(createBuildState({}, { fingerprint: '', pages: {} }, SEARCH_STATE), 'wait');
    assert.deepEqual(listFiles(outDir), ['.build-state.json', 'index.html']);
    assert.deepEqual(readdirSync(path.dirname(outDir)).sort(), ['_site', path.basename(beingRemoved)]);
  });

  it("removes an old site named after its build alone, as builds before the count left it, when its journal says it was swapped out, and no old site holding the archivist's files", async () => {
    const root = makeTempDir();
    const outDir = path.join(root, '_site');
    makePreviousSite(outDir);
    const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
    // Renamed by the swap of a build of 2026-12-04 or 12-05 and left by its remover, the swap's journal in it.
    const leftByOldBuild = `${outDir}.stale-${deadPid()}`;
    // Old sites that still hold a file of the archivist's (a build of then swapped it out with the site): one named
    // the old way, one with the count.
    const withOwnFile = [`${outDir}.stale-${deadPid()}`, `${outDir}.stale-${deadPid()}-1`];
    for (const old of [leftByOldBuild, ...withOwnFile]) {
      makePreviousSite(old);
      writeFileSync(path.join(old, BUILD_STATE_FILE), PREVIOUS_SITE_STATE);
      writeFileSync(path.join(old, '.carried-out.json'), '["articles/2020"]');
    }
    for (const old of withOwnFile) writeFileSync(path.join(old, 'CNAME'), 'archive.example.org');
    const output = openSiteOutput(outDir);
    await output.abandon();
    assert.deepEqual(readdirSync(root).sort(), ['_site', ...withOwnFile.map((old) => path.basename(old))].sort());
    for (const old of withOwnFile) assert.ok(existsSync(path.join(old, 'CNAME')), old);
  });

  it("leaves an old site holding a page or an asset of the archivist's that only a build's state tells from the build's, or no state to tell by", async () => {
    const root = makeTempDir();
    const outDir = path.join(root, '_site');
    makePreviousSite(outDir);
    mkdirSync(path.join(outDir, 'assets'));
    writeFileSync(path.join(outDir, 'assets', 'site.css'), 'the new site');
    const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
    // Old sites a killed build's remover left, swapped out by builds that did not yet move the archivist's files.
    const [onlyBuilds, withPage, withAsset, stateless] = [1, 2, 3, 4].map(() => `${outDir}.stale-${deadPid()}-1`);
    for (const old of [onlyBuilds!, withPage!, withAsset!, stateless!]) {
      makePreviousSite(old);
      mkdirSync(path.join(old, 'assets'));
      writeFileSync(path.join(old, 'assets', 'site.css'), 'the old site');
      writeFileSync(path.join(old, BUILD_STATE_FILE), old === stateless ? '' : PREVIOUS_SITE_STATE);
    }
    mkdirSync(path.join(withPage!, 'topics', 'reading-list'), { recursive: true });
    writeFileSync(path.join(withPage!, 'topics', 'reading-list', 'index.html'), "the archivist's reading list");
    writeFileSync(path.join(withAsset!, 'assets', 'print.css'), "the archivist's print style");
    const output = openSiteOutput(outDir);
    await output.abandon();
    const left = [withPage!, withAsset!, stateless!].map((old) => path.basename(old));
    assert.deepEqual(readdirSync(root).sort(), ['_site', ...left].sort());
    assert.deepEqual(
      output.leftBeside.map(({ folder }) => path.basename(folder)).sort(),
      left.sort(),
      'the build tells of each',
    );
    assert.ok(existsSync(path.join(withPage!, 'topics', 'reading-list', 'index.html')));
    assert.ok(existsSync(path.join(withAsset!, 'assets', 'print.css')));
  });

  it('leaves alone copies of a site the archivist keeps beside it under names like a killed build leaves', async () => {
    const root = makeTempDir();
    const outDir = path.join(root, '_site');
    const year = spawnSync(process.execPath, ['-e', '']).pid!;
    // `cp -a _site _site.previous-YEAR` (build state and all), and a copy named like an old site being removed.
    const copies = [`${outDir}.previous-${year}`, `${outDir}.stale-${year}`];
    for (const copy of copies) {
      makePreviousSite(copy);
      writeFileSync(path.join(copy, BUILD_STATE_FILE), '{}');
    }
    const before = snapshotTree(root);
    // No site yet: the last one was renamed aside (`mv _site _site.previous-YEAR`) to keep it as it was.
    const output = openSiteOutput(outDir);
    await output.writer.write('index.html', 'new home');
    await output.publish(createBuildState({}, { fingerprint: '', pages: {} }, SEARCH_STATE), 'wait');
    // A second build, with a site in place.
    const next = openSiteOutput(outDir);
    await next.writer.write('index.html', 'newer home');
    await next.publish(createBuildState({}, { fingerprint: '', pages: {} }, SEARCH_STATE), 'wait');
    const after = snapshotTree(root);
    for (const [file, hash] of before) assert.equal(after.get(file), hash, file);
    assert.deepEqual(readdirSync(root).sort(), ['_site', ...copies.map((copy) => path.basename(copy))].sort());
    assert.deepEqual(next.leftBeside, [], 'nor are they taken for what a killed build left');
  });

  it("deletes nothing when a folder took the output's place while a killed build put the previous site back", () => {
    const root = makeTempDir();
    const outDir = path.join(root, '_site');
    const pid = spawnSync(process.execPath, ['-e', '']).pid!;
    // The previous site, its journal removed, was to be renamed back when the build was killed; the new site beside it.
    const previous = `${outDir}.previous-${pid}`;
    makePreviousSite(previous);
    writeFileSync(path.join(previous, 'notes.txt'), "the archivist's notes");
    const staging = `${outDir}.building-${pid}`;
    mkdirSync(staging);
    for (const site of [previous, staging]) writeFileSync(path.join(site, BUILD_STATE_FILE), '{}');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'draft.txt'), 'saved there in the meantime');
    const [previousFiles, stagingFiles, outFiles] = [previous, staging, outDir].map((dir) => snapshotTree(dir));
    const kept = { previous: `${outDir}.kept-previous-${pid}`, staging: `${outDir}.kept-new-${pid}` };
    assert.deepEqual(clearLeftovers(outDir).leftBeside, [
      { folder: kept.previous, kind: 'swapped-aside', staging: kept.staging },
    ]);
    assert.deepEqual(snapshotTree(kept.previous), previousFiles);
    assert.deepEqual(snapshotTree(kept.staging), stagingFiles);
    assert.deepEqual(snapshotTree(outDir), outFiles);
  });

  it('puts back a previous site whose journal a power cut left empty, and keeps the new site the folders had moved into', () => {
    const root = makeTempDir();
    const outDir = path.join(root, '_site');
    const pid = spawnSync(process.execPath, ['-e', '']).pid!;
    const previous = `${outDir}.previous-${pid}`;
    makePreviousSite(previous);
    writeFileSync(path.join(previous, BUILD_STATE_FILE), PREVIOUS_SITE_STATE);
    // The journal written, not yet on the disk when the power went; the renames after it were.
    writeFileSync(path.join(previous, '.carried-out.json'), '');
    const staging = `${outDir}.building-${pid}`;
    mkdirSync(staging);
    writeFileSync(path.join(staging, BUILD_STATE_FILE), '{}');
    mkdirSync(path.join(previous, 'photos'));
    writeFileSync(path.join(previous, 'photos', 'front-page.jpg'), "the archivist's photo");
    renameSync(path.join(previous, 'photos'), path.join(staging, 'photos'));
    renameSync(path.join(previous, 'countries'), path.join(staging, 'countries'));
    // Kept under a name no later build takes for its own staging folder, and told of at every build.
    const kept = `${outDir}.kept-new-${pid}`;
    for (const time of ['first', 'second']) {
      assert.deepEqual(clearLeftovers(outDir).leftBeside, [{ folder: kept, kind: 'moved-out' }], `the ${time} time`);
      assert.deepEqual(
        listFiles(outDir).sort(),
        [BUILD_STATE_FILE, 'articles/2020/index.html', 'articles/2021/index.html', 'index.html'].sort(),
      );
      assert.deepEqual(
        listFiles(kept).sort(),
        [BUILD_STATE_FILE, 'countries/cn/index.html', 'photos/front-page.jpg'].sort(),
      );
    }
    assert.equal(existsSync(staging), false);
  });

  it("deletes neither a previous site whose state and journal are gone nor its build's new site beside it, and tells of them", () => {
    const root = makeTempDir();
    const outDir = path.join(root, '_site');
    const pid = spawnSync(process.execPath, ['-e', '']).pid!;
    // Renamed aside by a build killed before it wrote the journal; its state gone since; the site built anew.
    const previous = `${outDir}.previous-${pid}`;
    makePreviousSite(previous);
    writeFileSync(path.join(previous, 'CNAME'), 'archive.example.org');
    const staging = `${outDir}.building-${pid}`;
    makePreviousSite(staging);
    writeFileSync(path.join(staging, BUILD_STATE_FILE), PREVIOUS_SITE_STATE);
    makePreviousSite(outDir);
    writeFileSync(path.join(outDir, BUILD_STATE_FILE), PREVIOUS_SITE_STATE);
    const [previousFiles, stagingFiles] = [previous, staging].map((dir) => snapshotTree(dir));
    const kept = { previous: `${outDir}.kept-previous-${pid}`, staging: `${outDir}.kept-new-${pid}` };
    for (const time of ['first', 'second']) {
      assert.deepEqual(
        clearLeftovers(outDir).leftBeside,
        [{ folder: kept.previous, kind: 'swapped-aside', staging: kept.staging }],
        `told the ${time} time`,
      );
      assert.deepEqual(snapshotTree(kept.previous), previousFiles);
      assert.deepEqual(snapshotTree(kept.staging), stagingFiles);
    }
  });

  it("keeps such a pair out of the way of a later build that has the killed build's process id", () => {
    const root = makeTempDir();
    const outDir = path.join(root, '_site');
    // A container started again gives the next build the process id of the one killed.
    const previous = previousDirFor(outDir, process.pid);
    makePreviousSite(previous);
    writeFileSync(path.join(previous, 'CNAME'), 'archive.example.org');
    const staging = stagingDirFor(outDir, process.pid);
    makePreviousSite(staging);
    writeFileSync(path.join(staging, BUILD_STATE_FILE), PREVIOUS_SITE_STATE);
    makePreviousSite(outDir);
    writeFileSync(path.join(outDir, BUILD_STATE_FILE), PREVIOUS_SITE_STATE);
    // A pair kept before under the same id stays as it is; this one is numbered past it.
    const earlier = `${outDir}.kept-previous-${process.pid}`;
    mkdirSync(earlier);
    writeFileSync(path.join(earlier, 'notes.txt'), "the archivist's notes");
    const kept = {
      previous: `${outDir}.kept-previous-${process.pid}-2`,
      staging: `${outDir}.kept-new-${process.pid}-2`,
    };
    assert.deepEqual(clearLeftovers(outDir).leftBeside, [
      { folder: earlier, kind: 'swapped-aside', staging: undefined },
      { folder: kept.previous, kind: 'swapped-aside', staging: kept.staging },
    ]);
    assert.equal(existsSync(staging), false, "the build's own staging folder is free");
    assert.equal(existsSync(previous), false);
    assert.equal(readFileSync(path.join(kept.previous, 'CNAME'), 'utf8'), 'archive.example.org');
    assert.equal(readFileSync(path.join(earlier, 'notes.txt'), 'utf8'), "the archivist's notes");
  });
});
