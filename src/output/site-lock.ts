/**
 * Output: one build at a time for a site. A build holds a lock file beside the output folder from its start to its
 * swap, so that a second build of the same site (`npm run build` while `npm run dev` builds) waits for it, told which
 * process holds the site, rather than doing all its work to fail at the swap. A lock whose process is gone (a build
 * killed) is taken over. Touches the disk.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeFolder } from '../make-folder.ts';
import path from 'node:path';
import { isProcessRunning } from '../process-running.ts';
import { reachStopPoint } from './kill-point.ts';

/** The lock file of the output folder `outDir`: beside it, so that it outlives the swap. */
export const lockFileFor = (outDir: string) => `${outDir}.lock`;

/** What a lock file says of the build that holds it. */
export interface LockHolder {
  pid: number;
  host: string;
  /** The command's arguments (`--content content --out site`). */
  args: string;
  /** When it took the lock, as an ISO date. */
  since: string;
}

/** A lock this process holds; `release` removes its file, unless another process has taken it over since. */
export interface SiteLock {
  readonly file: string;
  /** Whether another build held it when this one asked: the output folder may have changed meanwhile. */
  readonly waited: boolean;
  release(): void;
}

/** How often a waiting build looks at the lock again. */
const WAIT_STEP_MS = 200;
/**
 * How long an empty lock file stands before it is taken for one whose build was killed between making it and writing
 * it (a matter of microseconds): a file is written whole in one call.
 */
const EMPTY_LOCK_STALE_MS = 10_000;

/** The holder a lock file's text names, null when it is empty, or 'foreign' when it is no lock a build wrote. */
function holderIn(text: string): LockHolder | null | 'foreign' {
  if (!text.trim()) return null;
  try {
    const holder = JSON.parse(text) as Partial<LockHolder>;
    const isLock =
      Number.isInteger(holder.pid) &&
      typeof holder.host === 'string' &&
      typeof holder.args === 'string' &&
      typeof holder.since === 'string';
    return isLock ? (holder as LockHolder) : 'foreign';
  } catch {
    return 'foreign';
  }
}

/**
 * The holder the lock `text` read from `file` names (`holderIn`). A build writes its lock whole, ending in a line
 * break, in one call, but a reader may come between the file's making and its writing, or, on some disks, in the
 * middle of the writing: a text cut short in a file made in the last seconds is a lock being written (null, as an
 * empty one), where it was refused as a file of the user's, failing the build.
 */
function holderOf(file: string, text: string): LockHolder | null | 'foreign' {
  const holder = holderIn(text);
  if (holder !== 'foreign' || text.endsWith('\n')) return holder;
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats && Date.now() - stats.mtimeMs <= EMPTY_LOCK_STALE_MS ? null : holder;
}

/** The text of the file `file`, or null when there is none. */
function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The lock files this process holds: one naming this process's id that it does not hold is an earlier process's. */
const heldHere = new Set<string>();

/** How far a process's start, as the system gives it (whole seconds at boot), may seem to come after its lock's date. */
const START_SLACK_MS = 2_000;

/** When process `pid` started, in milliseconds since the epoch, where the system says (Linux's `/proc`); else null. */
function processStart(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command's name, which is in parentheses and may hold spaces: its start is the 22nd field, in
    // hundredths of a second since the system booted.
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const boot = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    return Number.isFinite(ticks) && boot > 0 ? boot * 1000 + ticks * 10 : null;
  } catch {
    return null;
  }
}

/**
 * Whether the lock `text` in `file` is one no running build holds: its process is gone, or its id is another
 * process's now (this one's, not holding it, or one started after the lock was taken: a reboot, a container started
 * again); or it stayed empty. Another host's lock is never judged so, as its processes cannot be asked.
 */
function isStale(file: string, text: string): boolean {
  const holder = holderOf(file, text);
  if (holder === 'foreign') return false;
  if (holder === null) {
    const stats = statSync(file, { throwIfNoEntry: false });
    return !!stats && Date.now() - stats.mtimeMs > EMPTY_LOCK_STALE_MS;
  }
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return !heldHere.has(file);
  if (!isProcessRunning(holder.pid)) return true;
  const started = processStart(holder.pid);
  return started !== null && started > Date.parse(holder.since) + START_SLACK_MS;
}

/** A lock file's text as read, and a key that tells that very file with that text from any other. */
interface LockRead {
  text: string;
  key: string;
}

/** The lock in `file`, its text and key (a hash of its inode, date and text) read through one handle; null when none. */
function readLock(file: string): LockRead | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const { ino, mtimeMs } = fstatSync(fd);
    const text = readFileSync(fd, 'utf8');
    const key = createHash('sha256').update(`${ino} ${mtimeMs}\n${text}`).digest('hex').slice(0, 16);
    return { text, key };
  } finally {
    closeSync(fd);
  }
}

/**
 * Removes the stale lock `stale` from `file`, unless another build is at it: then returns the file that build made and
 * its text, for it is waited for. One build at a time takes a given lock over: the one that makes
 * `<lock>.taking-<key>-<n>` holding `mine` (made only where none is; n counts past tries whose builds were killed in
 * them). It looks at the lock again and removes it only when it is still that
 * very one, which no other build removes meanwhile. A lock held by a running build is never moved: renamed aside to
 * be looked at, as it was, it left the site unlocked for a third build, and was put back over that one's, or after its
 * holder had released it, naming a build that no longer held the site.
 */
function takeOver(file: string, stale: LockRead, mine: string): { taking: string; text: string } | null {
  for (let n = 1; ; n++) {
    const taking = `${file}.taking-${stale.key}-${n}`;
    if (createLock(taking, mine)) {
      reachStopPoint('lock-take-over');
      try {
        if (readLock(file)?.key === stale.key) rmSync(file, { force: true });
      } finally {
        unlinkSync(taking);
      }
      return null;
    }
    const taker = readText(taking);
    // That build is done: whatever it found, the lock is looked at again.
    if (taker === null) return null;
    if (!isStale(taking, taker)) return { taking, text: taker };
  }
}

/**
 * Removes what builds killed while taking over a stale lock left beside `file`: `<lock>.taking-<key>-<n>` naming a
 * build that is gone (`isStale`), and `<lock>.taken-<pid>`, a lock renamed aside by builds before, when its taker's
 * process is gone and it holds a build's lock or nothing. A file of those names holding anything else is the user's
 * and stays.
 */
function removeTakeOverLeftovers(file: string): void {
  const folder = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const suffix = entry.name.startsWith(prefix) ? entry.name.slice(prefix.length) : '';
    const taken = /^taken-(\d+)$/.exec(suffix);
    if (!entry.isFile() || !(taken || /^taking-[0-9a-f]{16}-\d+$/.test(suffix))) continue;
    const leftover = path.join(folder, entry.name);
    const text = readText(leftover);
    if (text === null || holderOf(leftover, text) === 'foreign') continue;
    const takerGone = taken
      ? Number(taken[1]) !== process.pid && !isProcessRunning(Number(taken[1]))
      : isStale(leftover, text);
    if (takerGone) unlinkSync(leftover);
  }
}

/**
 * Makes the lock file `file` holding `text` where none is; false when one is there. One made but not written (a full
 * disk) is removed, and the failure names it: left empty, it would hold up the next build.
 */
function createLock(file: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeFileSync(fd, text);
  } catch (error) {
    unlinkSync(file);
    throw new Error(`could not write the lock file ${path.basename(file)}: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    closeSync(fd);
  }
  return true;
}

/** How the holder of a lock is named to the user. */
export function describeHolder(holder: LockHolder): string {
  const where = holder.host === hostname() ? '' : ` on ${holder.host}`;
  const since = holder.since.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  return `process ${holder.pid}${where}, since ${since}${holder.args ? `, with ${holder.args}` : ''}`;
}

/**
 * Takes the lock of the output folder `outDir` for this build, waiting while another running build holds it (telling
 * `onWaiting` who it is, once for each build it waits for); a lock whose build is gone is taken over. Fails, leaving
 * it, when a file of that name is not a build's lock.
 */
export async function lockSite(
  outDir: string,
  onWaiting?: (holder: LockHolder, file: string) => void,
): Promise<SiteLock> {
  const file = lockFileFor(outDir);
  const mine: LockHolder = {
    pid: process.pid,
    host: hostname(),
    args: process.argv.slice(2).join(' ').slice(0, 200),
    since: new Date().toISOString(),
  };
  const text = `${JSON.stringify(mine)}\n`;
  makeFolder(path.dirname(file));
  /** The lock file and text of the build last told as waited for. */
  let toldOf: string | null = null;
  for (;;) {
    if (createLock(file, text)) {
      heldHere.add(file);
      removeTakeOverLeftovers(file);
      return {
        file,
        waited: toldOf !== null,
        release() {
          heldHere.delete(file);
          if (readText(file) === text) unlinkSync(file);
        },
      };
    }
    const held = readLock(file);
    if (held === null) continue;
    let holder = holderOf(file, held.text);
    let holding = file;
    let holdingText = held.text;
    if (holder !== 'foreign' && isStale(file, held.text)) {
      reachStopPoint('lock-stale');
      const taker = takeOver(file, held, text);
      if (!taker) continue;
      // Another build is taking the stale lock over (on another host of a shared disk, or stopped): it is waited for.
      holder = holderOf(taker.taking, taker.text);
      holding = taker.taking;
      holdingText = taker.text;
    }
    if (holder === 'foreign')
      throw new Error(
        `${path.basename(holding)} beside the output folder is not a build's lock, which a build keeps there under ` +
          'that name while it runs (move it, or choose another --out)',
      );
    // Each build waited for is told once: the one that held the site may be done and another have taken it since.
    if (holder && toldOf !== `${holding}\n${holdingText}`) {
      onWaiting?.(holder, holding);
      toldOf = `${holding}\n${holdingText}`;
    }
    await sleep(WAIT_STEP_MS);
  }
}
