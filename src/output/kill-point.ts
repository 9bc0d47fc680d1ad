/**
 * Output: named points of a build at which a test can kill it, as `kill -9` or a power cut would, to prove that the
 * previous site survives a build stopped anywhere. Set `NEWS_ARCHIVE_KILL_AT` to a point's name and the build sends
 * itself SIGKILL when it gets there; unset (always, outside tests), the checks cost a string comparison. Points of
 * the site lock's take-over, and of keeping a folder aside, at which a test can pause a build (SIGSTOP, until it sends
 * SIGCONT or kills it), to run other builds in between or see what it leaves: `NEWS_ARCHIVE_STOP_AT`, a list of them
 * separated by commas.
 */

/** The points, in the order a build passes them. */
export const KILL_POINTS = [
  /** The first file has been analysed. */
  'analyze',
  /** The first page has been handed to the writer. */
  'render',
  /** The first file of a search index has been handed to the writer. */
  'index',
  /** The new site is complete in its staging folder; the swap has not started. */
  'publish',
  /** The previous site has been renamed aside. */
  'swap-aside',
  /** The first folder kept whole has been moved from the previous site into the new one. */
  'swap-carry',
  /** Every folder kept whole has been moved; the new site is not in place yet. */
  'swap-carried',
  /** The new site is in place; the previous one has not been removed yet. */
  'swap-in',
] as const;

export type KillPoint = (typeof KILL_POINTS)[number];

/** The environment variable naming the point to be killed at. */
export const KILL_AT_VARIABLE = 'NEWS_ARCHIVE_KILL_AT';

const killAt = process.env[KILL_AT_VARIABLE];

/** Kills this process at once when `point` is the one `NEWS_ARCHIVE_KILL_AT` names. */
export function reachKillPoint(point: KillPoint): void {
  if (point === killAt) process.kill(process.pid, 'SIGKILL');
}

/**
 * The points of the take-over of a lock whose build is gone (`src/output/site-lock.ts`), in the order it passes them,
 * and of keeping aside a folder of the archivist's (`src/output/keep-aside.ts`).
 */
export const STOP_POINTS = [
  /** The lock has been read and judged a killed build's; nothing has been done to it yet. */
  'lock-stale',
  /** This build is the one taking the lock over; it has not looked at the lock again, nor removed it. */
  'lock-take-over',
  /** An entry of a folder being kept aside has been made again in its copy; the entries after it have not. */
  'keep-aside',
] as const;

export type StopPoint = (typeof STOP_POINTS)[number];

/** The environment variable naming the points to be stopped at, separated by commas. */
export const STOP_AT_VARIABLE = 'NEWS_ARCHIVE_STOP_AT';

const stopAt = process.env[STOP_AT_VARIABLE]?.split(',') ?? [];

/** Stops this process (SIGSTOP) when `point` is one `NEWS_ARCHIVE_STOP_AT` names, until it is sent SIGCONT. */
export function reachStopPoint(point: StopPoint): void {
  if (stopAt.includes(point)) process.kill(process.pid, 'SIGSTOP');
}
