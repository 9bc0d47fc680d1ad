import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/build/index.ts';
import {
  BUILD_STATE_FILE,
  clearLeftovers,
  KILL_AT_VARIABLE,
  KILL_POINTS,
  lockSiteOutput,
  previousDirFor,
  readBuildState,
  stagingDirFor,
} from '../../src/output/index.ts';
import { buildArchiveDir, makeArchive, reportFileFor, siteDirFor } from '../helpers/archive.ts';
import { manyArticles } from '../helpers/many-articles.ts';
import { listFiles, snapshotTree } from '../helpers/tree.ts';

/** Siblings of the output folder left by builds: staging folders and old sites moved aside. */
function leftovers(outDir: string): string[] {
  return readdirSync(path.dirname(outDir)).filter((name) => name.startsWith(`${path.basename(outDir)}.`));
}

/**
 * Saves a file of the archivist's, `name`, into the root and into `countries/` (written anew by the next build) of the
 * site as it stands once a build was killed: in place, or renamed aside by the swap (where a file saved into the site
 * after the build read it, and before the swap, is); returns the paths saved, relative to the site.
 */
function saveLate(outDir: string, name: string): string[] {
  const aside = leftovers(outDir).find((leftover) => leftover.startsWith(`${path.basename(outDir)}.previous-`));
  const site = aside ? path.join(path.dirname(outDir), aside) : outDir;
  const files = [name, `countries/${name}`];
  for (const file of files) writeFileSync(path.join(site, file), `saved late: ${file}`);
  return files;
}

/** The id of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

/** Runs `npm run build` on `contentDir` in a process of its own, told to kill itself at `killAt`; resolves to its signal. */
function buildKilledAt(contentDir: string, killAt: string): Promise<NodeJS.Signals | null> {
  const command = [path.join(REPO_ROOT, 'scripts', 'run.mjs'), 'build', '--content', contentDir];
  const options = ['--out', siteDirFor(contentDir), '--report', reportFileFor(contentDir), '--no-cache'];
  const child = spawn(process.execPath, [...command, ...options], {
    cwd: REPO_ROOT,
    env: { ...process.env, [KILL_AT_VARIABLE]: killAt },
    stdio: 'ignore',
  });
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
}

describe('atomic output', () => {
  it('keeps the previous site, file for file, when a build is killed at any stage or step of the swap, and the next build recovers', async (t) => {
    const contentDir = makeArchive(manyArticles(12), { seeds: true });
    t.after(() => rmSync(path.dirname(contentDir), { recursive: true, force: true }));
    const outDir = siteDirFor(contentDir);
    await buildArchiveDir(contentDir);
    // The archivist's own files, in folders the next build writes anew.
    mkdirSync(path.join(outDir, 'countries', 'scans'));
    writeFileSync(path.join(outDir, 'countries', 'scans', 'map.jpg'), 'a scanned map');
    writeFileSync(path.join(outDir, 'articles', 'notes.txt'), 'stories to check');
    let before = snapshotTree(outDir);
    // One article added and one edited: a few pages are rendered, the search delta indexed, the rest kept, most of it
    // in folders moved whole at the swap.
    const [edited, text] = Object.entries(manyArticles(1))[0]!;
    writeFileSync(path.join(contentDir, 'articles', edited), text.replace('at length', 'until late'));
    writeFileSync(path.join(contentDir, 'articles', 'added.md'), Object.values(manyArticles(1, 'added'))[0]!);

    for (const point of KILL_POINTS.filter((p) => p !== 'swap-in')) {
      assert.equal(await buildKilledAt(contentDir, point), 'SIGKILL', `the build was killed at ${point}`);
      if (point.startsWith('swap-')) assert.ok(!existsSync(outDir), `no site in place at ${point}, never a mix`);
      else assert.deepEqual(snapshotTree(outDir), before, `the site is untouched when killed at ${point}`);
      const saved = saveLate(outDir, `${point}.txt`);
      // What every build does first: take the site's lock, the killed build's, and clear what it left.
      const lock = await lockSiteOutput(outDir);
      clearLeftovers(outDir);
      lock.release();
      const after = snapshotTree(outDir);
      for (const file of saved) assert.ok(after.delete(file), `${file}, saved late, is in the site`);
      assert.deepEqual(after, before, `the previous site is back as it was after ${point}`);
      assert.deepEqual(leftovers(outDir), [], point);
      before = snapshotTree(outDir);
    }

    assert.equal(await buildKilledAt(contentDir, 'swap-in'), 'SIGKILL');
    const swappedIn = snapshotTree(outDir);
    assert.notDeepEqual(swappedIn, before);
    for (const file of ['countries/scans/map.jpg', 'articles/notes.txt', 'publish.txt', 'countries/publish.txt'])
      assert.equal(swappedIn.get(file), before.get(file), `${file} is in the new site`);
    // Saved after the build read the previous site, before the swap: it was renamed aside with it. Among them, a page
    // written by hand at the path of one the new site brings.
    const saved = saveLate(outDir, 'swap-in.txt');
    // Beside it, the killed build's lock, which the next build takes over.
    const previous = path.join(
      path.dirname(outDir),
      leftovers(outDir).find((name) => name.includes('.previous-'))!,
    );
    const pagesOf = (site: string) => Object.keys(readBuildState(site)!.render.pages);
    const handWritten = pagesOf(outDir).find((page) => !pagesOf(previous).includes(page))!;
    mkdirSync(path.dirname(path.join(previous, handWritten)), { recursive: true });
    writeFileSync(path.join(previous, handWritten), 'a page written by hand');
    const next = await buildArchiveDir(contentDir);
    assert.equal(next.report.published.length, 18);
    const after = snapshotTree(outDir);
    for (const file of saved) assert.ok(after.delete(file), `${file}, saved late, is in the new site`);
    const keptAs = handWritten.replace(/\.html$/, '.kept-aside.html');
    assert.equal(readFileSync(path.join(outDir, keptAs), 'utf8'), 'a page written by hand');
    after.delete(keptAs);
    assert.deepEqual(
      next.report.warnings.filter((w) => w.code === 'own-file-kept-aside').map((w) => w.file),
      [path.join(outDir, handWritten)],
      'the report says where the page is kept',
    );
    assert.deepEqual(after, swappedIn, 'the site in place once swapped in was the whole new site');
    assert.deepEqual(leftovers(outDir), []);
    assert.equal(
      next.report.counts!.new + next.report.counts!.changed,
      0,
      'the site swapped in carried its build state',
    );
  });

  it("tells of a previous site a build killed in its swap left without its state, and deletes neither it nor that build's new site", async (t) => {
    const contentDir = makeArchive(manyArticles(3), { seeds: true });
    t.after(() => rmSync(path.dirname(contentDir), { recursive: true, force: true }));
    const outDir = siteDirFor(contentDir);
    await buildArchiveDir(contentDir);
    writeFileSync(path.join(outDir, 'CNAME'), 'archive.example.org');
    writeFileSync(path.join(contentDir, 'articles', 'added.md'), Object.values(manyArticles(1, 'added'))[0]!);
    assert.equal(await buildKilledAt(contentDir, 'swap-aside'), 'SIGKILL');
    const [previous, staging] = ['.previous-', '.building-'].map((kind) =>
      path.join(
        path.dirname(outDir),
        leftovers(outDir).find((name) => name.includes(kind))!,
      ),
    );
    // Its state lost (removed, or not written out before a power cut), nothing tells it for the build's.
    rmSync(path.join(previous!, BUILD_STATE_FILE));
    // Moved to names no later build reuses, a build with the killed one's process id among them.
    const [keptPrevious, keptNew] = [previous, staging].map((folder) =>
      folder!.replace(/\.(previous|building)-(\d+)$/, (_, kind: string, pid: string) =>
        kind === 'previous' ? `.kept-previous-${pid}` : `.kept-new-${pid}`,
      ),
    );
    for (const build of [1, 2]) {
      const { report } = await buildArchiveDir(contentDir);
      assert.deepEqual(
        report.warnings.filter((w) => w.code === 'leftover-kept').map((w) => [w.file, w.message.includes(keptNew!)]),
        [[keptPrevious, true]],
        `build ${build} names both folders`,
      );
      assert.equal(readFileSync(path.join(keptPrevious!, 'CNAME'), 'utf8'), 'archive.example.org');
      assert.ok(existsSync(path.join(keptNew!, 'index.html')));
    }
  });

  it('puts the previous site back, with the folders it had moved into the new one, when a build was killed in its swap', () => {
    const outDir = path.join(path.dirname(makeArchive()), '_site');
    const pid = deadPid();
    const previous = previousDirFor(outDir, pid);
    const staging = stagingDirFor(outDir, pid);
    mkdirSync(path.join(previous, 'articles', '2021'), { recursive: true });
    writeFileSync(path.join(previous, 'index.html'), 'previous site');
    mkdirSync(path.join(staging, 'articles', '2021', '01'), { recursive: true });
    writeFileSync(path.join(staging, 'articles', '2021', '01', 'index.html'), 'moved from the previous site');
    mkdirSync(path.join(staging, 'articles', '2024'), { recursive: true });
    writeFileSync(path.join(staging, 'articles', '2024', 'index.html'), 'new page');
    writeFileSync(path.join(previous, '.carried-out.json'), JSON.stringify(['articles/2021/01', 'pagefind']));
    // Each holds a build state, as a site and a staging folder do.
    for (const folder of [previous, staging]) writeFileSync(path.join(folder, BUILD_STATE_FILE), '{}');
    clearLeftovers(outDir);
    assert.deepEqual(listFiles(outDir), ['.build-state.json', 'articles/2021/01/index.html', 'index.html']);
    assert.equal(readFileSync(path.join(outDir, 'index.html'), 'utf8'), 'previous site');
    assert.equal(
      readFileSync(path.join(outDir, 'articles', '2021', '01', 'index.html'), 'utf8'),
      'moved from the previous site',
    );
    assert.deepEqual(leftovers(outDir), []);
  });

  it('leaves alone the staging folder of a build that is still running', () => {
    const outDir = path.join(makeArchive(), '_site');
    const running = `${outDir}.building-${process.ppid}`;
    mkdirSync(running);
    clearLeftovers(outDir);
    assert.ok(existsSync(running));
  });
});
