import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/build/index.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/** Starts `npm run serve` on the folder `outDir` until it says it serves (or ends), then stops it: what it printed. */
async function serveOnce(outDir: string): Promise<{ stdout: string; stderr: string }> {
  const server = spawn(process.execPath, [
    path.join(REPO_ROOT, 'scripts', 'run.mjs'),
    'serve',
    '--out',
    outDir,
    '--port',
    '0',
  ]);
  let stdout = '';
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = new Promise((resolve) => server.on('close', resolve));
  await Promise.race([
    ended,
    new Promise<void>((resolve) =>
      server.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('Ctrl+C to stop')) resolve();
      }),
    ),
  ]);
  server.kill();
  await ended;
  return { stdout, stderr };
}

describe('npm run serve', () => {
  it("shows escaped, in its one line, a line break or a terminal's escape in the site's name", async () => {
    const { stdout, stderr } = await serveOnce(path.join(makeTempDir(), 'site\nnew\x1b[2J'));
    assert.match(stdout, /^Serving .*site\\x0anew\\x1b\[2J at http:\/\/127\.0\.0\.1:\d+ \(Ctrl\+C to stop\)$/m, stderr);
    assert.doesNotMatch(stdout, /^new/m, 'the name starts no line of its own');
  });

  it('says when the folder holds no site, which would answer every page with "not found"', async () => {
    const empty = path.join(makeTempDir(), 'site');
    mkdirSync(empty);
    const { stdout, stderr } = await serveOnce(empty);
    assert.match(stdout, /^Serving /m, stderr);
    assert.match(stderr, /site holds no site yet \(no index\.html\): build one with npm run build -- --out .*site$/m);
    const built = path.join(makeTempDir(), 'site');
    mkdirSync(built);
    writeFileSync(path.join(built, 'index.html'), '<!doctype html><title>Archive</title>');
    assert.equal((await serveOnce(built)).stderr, '', 'nothing is said of a site in place');
  });
});
