/** Test helpers: a command of the project run as `npm run COMMAND` runs it, in a process of its own. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../src/build/index.ts';

/** What a command printed and how it ended. */
export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `npm run COMMAND -- ARGS` as package.json does (`node scripts/run.mjs COMMAND`: the commands compiled once and
 * kept, not loaded through the TypeScript loader), in `cwd` (the project by default), with `input` on standard input.
 */
export function runCommand(
  command: 'analyze' | 'build' | 'dev' | 'ingest' | 'serve',
  args: string[],
  options: { cwd?: string; input?: string } = {},
): CommandResult {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'run.mjs'), command, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.input,
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * How the disk mounted for a command (`runCommandOnDisk`) is: read-only, full (one file takes all its space), nearly
 * full (room for a few small files, not for a site), or empty and writable.
 */
export type DiskState = 'read-only' | 'full' | 'nearly-full' | 'empty';

const MOUNT_SCRIPTS: Record<DiskState, string> = {
  empty: 'mount -t tmpfs tmpfs "$1"',
  'read-only': 'mount -t tmpfs -o ro tmpfs "$1"',
  full: 'mount -t tmpfs -o size=64k tmpfs "$1" && { cat /dev/zero > "$1/filler" 2>/dev/null; true; }',
  'nearly-full': 'mount -t tmpfs -o size=64k tmpfs "$1" && head -c 40960 /dev/zero > "$1/filler"',
};

/**
 * Why `runCommandOnDisk` cannot run on this machine (user namespaces not allowed, as in some containers), or false
 * when it can: a test of a full or read-only disk is skipped with this reason rather than failing for the machine.
 */
export const diskUnavailable: string | false =
  spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'true']).status === 0
    ? false
    : 'needs util-linux unshare with user namespaces to mount a small disk';

/**
 * Runs `npm run COMMAND -- ARGS` as `runCommand` does, with a small disk of its own mounted at the folder `dir`, in the
 * state `state`: a file system in memory, in a user and mount namespace that ends with the command (util-linux's
 * `unshare`), so nothing outside the command sees it.
 */
export function runCommandOnDisk(
  command: 'build' | 'ingest',
  args: string[],
  disk: { dir: string; state: DiskState },
  options: { cwd?: string } = {},
): CommandResult {
  return runOnDisk(`${MOUNT_SCRIPTS[disk.state]} && shift && exec "$@"`, command, args, disk.dir, options.cwd);
}

/** What separates the two runs' output in `runCommandOnDiskTwice`. */
const RUN_ENDED = '-- the first run ended with status ';

/**
 * Runs `npm run COMMAND -- ARGS` on a small disk as `runCommandOnDisk` does, then once more on the same disk once room
 * is made there (the file filling it removed): what a full disk did, and what the next run did with what it left.
 */
export function runCommandOnDiskTwice(
  command: 'build' | 'ingest',
  args: string[],
  disk: { dir: string; state: 'full' | 'nearly-full' },
): [CommandResult, CommandResult] {
  const script =
    `${MOUNT_SCRIPTS[disk.state]} && disk="$1" && shift && { "$@"; status=$?; ` +
    `echo "${RUN_ENDED}$status"; echo "${RUN_ENDED}$status" >&2; rm "$disk/filler" && exec "$@"; }`;
  const { status, stdout, stderr } = runOnDisk(script, command, args, disk.dir);
  const ended = new RegExp(`${RUN_ENDED}(\\d+)\\n`);
  const [firstOut = '', firstStatus, secondOut = ''] = stdout.split(ended);
  const [firstErr = '', , secondErr = ''] = stderr.split(ended);
  return [
    { status: firstStatus === undefined ? null : Number(firstStatus), stdout: firstOut, stderr: firstErr },
    { status, stdout: secondOut, stderr: secondErr },
  ];
}

/** Runs `script` in a user and mount namespace of its own, given the disk's folder and the command's process. */
function runOnDisk(script: string, command: string, args: string[], dir: string, cwd = REPO_ROOT): CommandResult {
  const result = spawnSync(
    'unshare',
    [
      '--user',
      '--map-root-user',
      '--mount',
      'sh',
      '-c',
      script,
      'sh',
      dir,
      process.execPath,
      path.join(REPO_ROOT, 'scripts', 'run.mjs'),
      command,
      ...args,
    ],
    { cwd, encoding: 'utf8' },
  );
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
