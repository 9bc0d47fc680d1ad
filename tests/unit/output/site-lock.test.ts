import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { lockFileFor, lockSiteOutput, type LockHolder } from '../../../src/output/index.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

/** A lock file of a build of process `pid`, as a build writes it. */
const lockOf = (pid: number) =>
  `${JSON.stringify({ pid, host: hostname(), args: '--out site', since: '2026-12-07T10:00:00.000Z' })}\n`;

describe('the lock of a site', () => {
  it('makes a second build wait, told which process holds the site, until the first is done', async () => {
    const outDir = path.join(makeTempDir(), 'site');
    const first = await lockSiteOutput(outDir);
    assert.equal(first.waited, false);
    const told: LockHolder[] = [];
    let secondHolds = false;
    const second = lockSiteOutput(outDir, (holder) => told.push(holder)).then((lock) => {
      secondHolds = true;
      return lock;
    });
    await sleep(600);
    assert.equal(secondHolds, false, 'the second build waits while the first holds the site');
    assert.deepEqual(
      told.map(({ pid }) => pid),
      [process.pid],
      'told once, of the process that holds the site',
    );
    first.release();
    const lock = await second;
    assert.equal(lock.waited, true);
    lock.release();
    assert.equal(existsSync(lockFileFor(outDir)), false, 'released, the lock file is gone');
  });

  it("takes over the lock of a build that was killed, and leaves a file of that name that is no build's lock", async () => {
    const outDir = path.join(makeTempDir(), 'site');
    const killedBuild = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(lockFileFor(outDir), lockOf(killedBuild));
    const told: LockHolder[] = [];
    const lock = await lockSiteOutput(outDir, (holder) => told.push(holder));
    assert.deepEqual(told, [], 'a lock whose process is gone is not waited for');
    assert.equal(JSON.parse(readFileSync(lockFileFor(outDir), 'utf8')).pid, process.pid);
    lock.release();

    writeFileSync(lockFileFor(outDir), 'notes of mine\n');
    await assert.rejects(lockSiteOutput(outDir), /site\.lock beside the output folder is not a build's lock/);
    assert.equal(readFileSync(lockFileFor(outDir), 'utf8'), 'notes of mine\n');
  });

  it("clears the lock a build killed while taking it over left renamed, and no file of the user's of that name", async () => {
    const outDir = path.join(makeTempDir(), 'site');
    const lockFile = lockFileFor(outDir);
    const killedTaker = spawnSync(process.execPath, ['-e', '']).pid!;
    const killedBuild = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(`${lockFile}.taken-${killedTaker}`, lockOf(killedBuild));
    writeFileSync(`${lockFile}.taken-${killedBuild}`, 'notes of mine\n');
    // A build taking a lock over right now: its process runs.
    writeFileSync(`${lockFile}.taken-${process.ppid}`, lockOf(killedBuild));
    const lock = await lockSiteOutput(outDir);
    lock.release();
    assert.deepEqual(
      readdirSync(path.dirname(outDir)).sort(),
      [`site.lock.taken-${killedBuild}`, `site.lock.taken-${process.ppid}`].sort(),
      "the killed taker's renamed lock is gone; the user's file and a running taker's stay",
    );
    assert.equal(readFileSync(`${lockFile}.taken-${killedBuild}`, 'utf8'), 'notes of mine\n');
  });

  it("takes over a lock whose process id is another process's now: this one's, or one started after the lock", async (t) => {
    const outDir = path.join(makeTempDir(), 'site');
    // Left by a killed build whose id this process has now (a container started again gives the same ids).
    writeFileSync(lockFileFor(outDir), lockOf(process.pid));
    const told: LockHolder[] = [];
    const lock = await lockSiteOutput(outDir, (holder) => told.push(holder));
    assert.equal(told.length, 0, 'not waited for');
    lock.release();
    if (!existsSync('/proc/self/stat')) return t.skip('needs Linux /proc to tell when a process started');
    // Left by a killed build of 2026-12-07 10:00, its id taken since by a process running now.
    const sleeper = spawn('sleep', ['30']);
    t.after(() => sleeper.kill());
    writeFileSync(lockFileFor(outDir), lockOf(sleeper.pid!));
    const taken = await lockSiteOutput(outDir, (holder) => told.push(holder));
    assert.equal(told.length, 0, 'not waited for');
    taken.release();
  });

  it('waits for a lock of another host, whose processes it cannot ask, saying which file to remove should it be stale', async () => {
    const outDir = path.join(makeTempDir(), 'site');
    const otherHost = `${JSON.stringify({ pid: 1, host: 'ci-runner-7', args: '', since: '2026-12-07T10:00:00.000Z' })}\n`;
    writeFileSync(lockFileFor(outDir), otherHost);
    const told: Array<[LockHolder, string]> = [];
    const waiting = lockSiteOutput(outDir, (holder, file) => told.push([holder, file]));
    await sleep(600);
    assert.deepEqual(told, [[JSON.parse(otherHost), lockFileFor(outDir)]]);
    rmSync(lockFileFor(outDir));
    (await waiting).release();
  });

  it('releases only its own lock, not one another build took over since', async () => {
    const outDir = path.join(makeTempDir(), 'site');
    const lock = await lockSiteOutput(outDir);
    const other = lockOf(process.pid + 1);
    writeFileSync(lockFileFor(outDir), other);
    lock.release();
    assert.equal(readFileSync(lockFileFor(outDir), 'utf8'), other);
  });
});
