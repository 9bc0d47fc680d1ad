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
  command: 'analyze' | 'build' | 'ingest',
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
