import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/build/index.ts';
import { runCommand } from '../helpers/command.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/** Runs the command in an empty folder with an empty archive: what it said, how it ended, and what it left there. */
function runWith(command: 'analyze' | 'build' | 'dev' | 'ingest' | 'serve', args: string[]) {
  const cwd = makeTempDir();
  mkdirSync(path.join(cwd, 'archive', 'articles'), { recursive: true });
  const withArchive = command === 'serve' ? args : ['--content', 'archive', ...args];
  const result = runCommand(command, withArchive, { cwd });
  return { ...result, left: readdirSync(cwd).filter((name) => name !== 'archive') };
}

/** Asserts the command ended with `status`, saying only `message` in one line, having made nothing. */
function assertRefused(result: ReturnType<typeof runWith>, status: number, message: RegExp) {
  assert.equal(result.status, status, result.stderr);
  assert.equal(result.stderr.split('\n').filter(Boolean).length, 1, `one line, no stack trace: ${result.stderr}`);
  assert.match(result.stderr, message);
  assert.deepEqual(result.left, [], 'no site, cache or report was made');
}

describe("the commands' arguments", () => {
  it('refuse a wrong option or value in one line, before any work', () => {
    const cases: Array<[Parameters<typeof runWith>[0], string[], RegExp]> = [
      ['build', ['--bogus'], /^npm run build: Unknown option '--bogus'/],
      ['build', ['--out'], /^npm run build: Option '--out <value>' argument missing/],
      ['build', ['--out', '--strict'], /^npm run build: Option '--out' argument is ambiguous\. Did you forget/],
      ['build', ['site'], /^npm run build: unexpected argument "site": this command takes options alone/],
      [
        'build',
        ['--retrieved', '2024-13-45'],
        /^npm run build: --retrieved must be a day as YYYY-MM-DD, not "2024-13-45"/,
      ],
      ['dev', ['--port', 'abc'], /^npm run dev: --port must be a whole number from 0 to 65535, not "abc"/],
      ['dev', ['--port', '99999'], /^npm run dev: --port must be a whole number from 0 to 65535, not "99999"/],
      ['dev', ['--retrieved', '2023-02-29'], /^npm run dev: --retrieved must be a day as YYYY-MM-DD, not "2023-02-29"/],
      ['serve', ['--port', 'abc'], /^npm run serve: --port must be a whole number from 0 to 65535, not "abc"/],
      ['serve', ['--port', ''], /^npm run serve: --port must be a whole number from 0 to 65535, not ""/],
      ['serve', ['--bogus'], /^npm run serve: Unknown option '--bogus'/],
      ['analyze', ['--retrieved', 'x', 'a.txt'], /^npm run analyze: --retrieved must be a day as YYYY-MM-DD, not "x"/],
      ['analyze', ['--bogus'], /^npm run analyze: Unknown option '--bogus'/],
      ['ingest', ['--retrieved', '2024-02-30', 'a.txt'], /^npm run ingest: --retrieved must be a day/],
    ];
    for (const [command, args, message] of cases) assertRefused(runWith(command, args), 2, message);
  });

  it("of the developers' scripts refuse a wrong option or count in one line, before any work", () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['bench.ts', ['--bogus'], /^npm run bench: Unknown option '--bogus'/],
      ['bench-rebuild.ts', ['--sizes', '1000'], /^npm run bench:rebuild: --base REV: the commit to compare/],
      ['compare-builds.ts', ['--from'], /^npm run compare:builds: Option '--from <value>' argument missing/],
      ['bench.ts', ['--runs', 'abc'], /^npm run bench: --runs must be a whole number of at least 1, not "abc"/],
      ['bench.ts', ['--sizes', '1000,x'], /^npm run bench: --sizes must be a whole number of at least 1, not "x"/],
      ['bench-rebuild.ts', ['--base', 'HEAD', '--runs', '0'], /^npm run bench:rebuild: --runs must be a whole number/],
      ['compare-builds.ts', ['--from', 'HEAD', '--articles', 'ten'], /^npm run compare:builds: --articles must be/],
    ];
    for (const [script, args, message] of cases) {
      // As npm runs them: from the project's folder, through tsx. They make their folders under the system's own.
      const run = spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', script), ...args], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      });
      assertRefused({ ...run, left: [] }, 2, message);
    }
  });

  it('of every script in package.json run through tsx refuse an option they do not take, in one line', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const run = Object.entries(scripts).flatMap(([name, line]) => {
      const script = /^tsx (scripts\/[\w-]+\.ts)$/.exec(line)?.[1];
      return script ? [[name, script] as const] : [];
    });
    assert.ok(run.length >= 20, 'the scripts are found');
    for (const [name, script] of run) {
      // A misspelt option was ignored, and the work done as if it had not been given.
      const args = name === 'score:tagging' ? ['--held-outt'] : ['--bogus'];
      const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      });
      assertRefused({ ...result, left: [] }, 2, new RegExp(`^npm run ${name}: Unknown option '${args[0]}'`));
    }
  });

  it('say that the port is taken or the host is not this machine, before building', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = String((taken.address() as AddressInfo).port);
    try {
      const inUse = new RegExp(
        `^npm run (dev|serve): port ${port} of 127\\.0\\.0\\.1 is in use by another program`,
        'm',
      );
      assertRefused(runWith('dev', ['--port', port]), 1, inUse);
      assertRefused(
        runWith('dev', ['--host', '192.0.2.1', '--port', '0']),
        1,
        /^npm run dev: 192\.0\.2\.1 is not an address of this machine/,
      );
      const served = runWith('serve', ['--out', '.', '--port', port]);
      assert.equal(served.status, 1);
      assert.match(served.stderr, inUse);
      assert.doesNotMatch(served.stderr, /^\s+at /m, 'no stack trace');
    } finally {
      taken.close();
    }
  });
});
