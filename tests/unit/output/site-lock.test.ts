import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { describe, it, type TestContext } from 'node:test';
import { lockFileFor, lockSiteOutput, STOP_AT_VARIABLE, type LockHolder } from '../../../src/output/index.ts';
import { stopped } from '../../helpers/process-stopped.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

/** A lock file of a build of process `pid`, as a build writes it. */
const lockOf = (pid: number) =>
  `${JSON.stringify({ pid, host: hostname(), args: '--out site', since: '2026-12-07T10:00:00.000Z' })}\n`;

const LOCKER = fileURLToPath(new URL('../../helpers/site-lock-process.ts', import.meta.url));

/** A process of `startLocker`: its lines, one at a time, as it says them. */
interface Locker {
  readonly process: ChildProcess;
  readonly pid: number;
  /** The next line it says; fails when none comes within 30 seconds. */
  next(): Promise<string>;
}

/**
 * Starts a process taking the lock of `outDir` (`tests/helpers/site-lock-process.ts`), stopped at the take-over's
 * points `stopAt`; it is killed when the test ends.
 */
function startLocker(t: TestContext, outDir: string, stopAt: string[] = []): Locker {
  const child = spawn(process.execPath, ['--import', 'tsx', LOCKER, outDir], {
    env: { ...process.env, [STOP_AT_VARIABLE]: stopAt.join(',') },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  t.after(() => child.kill('SIGKILL'));
  const lines: string[] = [];
  let wake = () => {};
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    wake();
  });
  return {
    process: child,
    pid: child.pid!,
    async next() {
      const deadline = Date.now() + 30_000;
      while (!lines.length) {
        if (Date.now() > deadline) throw new Error(`process ${child.pid} said nothing more`);
        await Promise.race([new Promise<void>((resolve) => (wake = resolve)), sleep(500)]);
      }
      return lines.shift()!;
    },
  };
}

/**
 * Leaves a killed build's lock beside the site `outDir`, starts a build (`taker`) that reads it, judges it stale and
 * is stopped there, lets another build (`holder`) take it over meanwhile, then lets the first go on to its take-over,
 * where it is stopped again.
 */
async function takeOverBehindAnother(t: TestContext, outDir: string): Promise<{ taker: Locker; holder: Locker }> {
  const killedBuild = spawnSync(process.execPath, ['-e', '']).pid!;
  writeFileSync(lockFileFor(outDir), lockOf(killedBuild));
  const taker = startLocker(t, outDir, ['lock-stale', 'lock-take-over']);
  await stopped(taker.pid);
  const holder = startLocker(t, outDir);
  assert.equal(await holder.next(), 'locked');
  taker.process.kill('SIGCONT');
  await stopped(taker.pid);
  return { taker, holder };
}

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

  it('never takes a lock from the build that took it over while another build was taking the same lock over', async (t) => {
    if (!existsSync('/proc/self/stat')) return t.skip('needs Linux /proc to see a process stopped');
    const outDir = path.join(makeTempDir(), 'site');
    const { taker, holder } = await takeOverBehindAnother(t, outDir);
    const third = startLocker(t, outDir);
    assert.equal(await third.next(), `waiting ${holder.pid}`, 'a third build waits for the build holding the site');
    taker.process.kill('SIGCONT');
    assert.equal(await taker.next(), `waiting ${holder.pid}`, 'the taker waits for it too');
    assert.equal(JSON.parse(readFileSync(lockFileFor(outDir), 'utf8')).pid, holder.pid);
  });

  it('does not bring back a lock released while another build was taking the same lock over', async (t) => {
    if (!existsSync('/proc/self/stat')) return t.skip('needs Linux /proc to see a process stopped');
    const outDir = path.join(makeTempDir(), 'site');
    const { taker, holder } = await takeOverBehindAnother(t, outDir);
    holder.process.stdin!.write('release\n');
    assert.equal(await holder.next(), 'released');
    taker.process.kill('SIGCONT');
    assert.equal(await taker.next(), 'locked', 'the site is free once its holder is done, though that process runs on');
    taker.process.stdin!.write('release\n');
    assert.equal(await taker.next(), 'released');
    assert.deepEqual(readdirSync(path.dirname(outDir)), [], 'no lock is left, nor anything of the take-over');
  });

  it('takes over a lock whose first taker was killed while taking it over, and clears what that one left', async (t) => {
    if (!existsSync('/proc/self/stat')) return t.skip('needs Linux /proc to see a process stopped');
    const outDir = path.join(makeTempDir(), 'site');
    const killedBuild = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(lockFileFor(outDir), lockOf(killedBuild));
    const killedTaker = startLocker(t, outDir, ['lock-take-over']);
    await stopped(killedTaker.pid);
    killedTaker.process.kill('SIGKILL');
    await new Promise((resolve) => killedTaker.process.once('exit', resolve));
    const told: LockHolder[] = [];
    const lock = await lockSiteOutput(outDir, (holder) => told.push(holder));
    assert.deepEqual(told, [], 'not waited for');
    lock.release();
    assert.deepEqual(readdirSync(path.dirname(outDir)), [], "nothing is left of the killed taker's try");
  });

  it('says who is taking a stale lock over and which file to remove, when that build is on another host', async (t) => {
    if (!existsSync('/proc/self/stat')) return t.skip('needs Linux /proc to see a process stopped');
    const outDir = path.join(makeTempDir(), 'site');
    const killedBuild = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(lockFileFor(outDir), lockOf(killedBuild));
    // A build taking it over, stopped there, whose file is made to say it runs on another host of a shared disk.
    const taker = startLocker(t, outDir, ['lock-take-over']);
    await stopped(taker.pid);
    taker.process.kill('SIGKILL');
    await new Promise((resolve) => taker.process.once('exit', resolve));
    const [takingName] = readdirSync(path.dirname(outDir)).filter((name) => name.includes('.taking-'));
    const taking = path.join(path.dirname(outDir), takingName!);
    const otherHost = { pid: 1, host: 'ci-runner-7', args: '--out site', since: '2026-12-07T10:00:00.000Z' };
    writeFileSync(taking, `${JSON.stringify(otherHost)}\n`);
    // Should the build not say so, it still ends once the file is gone.
    t.after(() => rmSync(taking, { force: true }));
    const told: Array<[LockHolder, string]> = [];
    const waiting = lockSiteOutput(outDir, (holder, file) => told.push([holder, file]));
    await sleep(600);
    assert.deepEqual(told, [[otherHost, taking]]);
    rmSync(taking);
    (await waiting).release();
    assert.deepEqual(readdirSync(path.dirname(outDir)), [], 'the site is taken and released once that file is gone');
  });

  it("waits for a lock being written, where it refused it as a file of the user's, and takes it once it is gone", async () => {
    const outDir = path.join(makeTempDir(), 'site');
    // What a reader may see of a build's lock in the instant it is written.
    writeFileSync(lockFileFor(outDir), lockOf(process.ppid).slice(0, 20));
    const taking = lockSiteOutput(outDir);
    await sleep(300);
    rmSync(lockFileFor(outDir));
    const lock = await taking;
    assert.equal(JSON.parse(readFileSync(lockFileFor(outDir), 'utf8')).pid, process.pid);
    lock.release();
  });

  it('tells each build it waits for, when another takes the site after the first', async (t) => {
    const outDir = path.join(makeTempDir(), 'site');
    const builds = [spawn('sleep', ['60']), spawn('sleep', ['60'])];
    t.after(() => builds.forEach((build) => build.kill('SIGKILL')));
    const lockOfRunning = (pid: number) =>
      `${JSON.stringify({ pid, host: hostname(), args: '--out site', since: new Date().toISOString() })}\n`;
    writeFileSync(lockFileFor(outDir), lockOfRunning(builds[0]!.pid!));
    const told: number[] = [];
    const taking = lockSiteOutput(outDir, (holder) => told.push(holder.pid));
    await sleep(300);
    // The first is done, and the second took the site before this build looked again.
    writeFileSync(`${lockFileFor(outDir)}.next`, lockOfRunning(builds[1]!.pid!));
    renameSync(`${lockFileFor(outDir)}.next`, lockFileFor(outDir));
    await sleep(600);
    rmSync(lockFileFor(outDir));
    (await taking).release();
    assert.deepEqual(told, [builds[0]!.pid, builds[1]!.pid]);
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
