import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/build/index.ts';
import { clearLeftovers } from '../../src/output/index.ts';
import { buildArchiveDir, makeArchive } from '../helpers/archive.ts';
import { manyArticles } from '../helpers/many-articles.ts';
import { snapshotTree } from '../helpers/tree.ts';

/** Siblings of the output folder left by builds: staging folders and old sites moved aside. */
function leftovers(outDir: string): string[] {
  return readdirSync(path.dirname(outDir)).filter((name) => name.startsWith(`${path.basename(outDir)}.`));
}

/** The id of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('atomic output', () => {
  it('keeps the previous site whole when a build is killed midway, and the next build works and clears what it left', async () => {
    const first = await buildArchiveDir(makeArchive({}, { seeds: true }));
    const before = snapshotTree(first.outDir);
    for (const [name, text] of Object.entries(manyArticles(1000)))
      writeFileSync(path.join(first.contentDir, 'articles', name), text);

    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(REPO_ROOT, 'scripts', 'build.ts'),
        '--content',
        first.contentDir,
        '--out',
        first.outDir,
        '--report',
        first.reportFile,
      ],
      {
        cwd: REPO_ROOT,
        stdio: 'ignore',
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    const staging = `${first.outDir}.building-${child.pid}`;
    // Wait until the build is writing pages into its staging folder, then kill it there.
    while (!existsSync(path.join(staging, 'articles')) && child.exitCode === null) await sleep(10);
    assert.equal(child.exitCode, null, 'the build ended before it was caught writing');
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');

    assert.ok(existsSync(staging), 'the killed build left its half-written staging folder');
    assert.deepEqual(snapshotTree(first.outDir), before, 'the previous site is unchanged');

    const next = await buildArchiveDir(first.contentDir);
    assert.equal(next.report.published.length, 1005);
    assert.ok(existsSync(path.join(next.outDir, 'articles', '2020', '01', 'talks-in-moscow-round-0', 'index.html')));
    assert.deepEqual(leftovers(next.outDir), []);
    rmSync(path.dirname(first.contentDir), { recursive: true, force: true });
  });

  it('puts the previous site back when a build was killed between moving it aside and moving the new one in', () => {
    const parent = makeArchive();
    const outDir = path.join(parent, '_site');
    const pid = deadPid();
    mkdirSync(`${outDir}.previous-${pid}`);
    writeFileSync(`${outDir}.previous-${pid}/index.html`, 'previous site');
    mkdirSync(`${outDir}.building-${pid}`);
    clearLeftovers(outDir);
    assert.equal(readFileSync(path.join(outDir, 'index.html'), 'utf8'), 'previous site');
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
