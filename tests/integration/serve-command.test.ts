import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/build/index.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('npm run serve', () => {
  it("shows escaped, in its one line, a line break or a terminal's escape in the site's name", async () => {
    const outDir = path.join(makeTempDir(), 'site\nnew\x1b[2J');
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
    // Until it says it serves, or has ended without saying so.
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
    assert.match(stdout, /^Serving .*site\\x0anew\\x1b\[2J at http:\/\/127\.0\.0\.1:\d+ \(Ctrl\+C to stop\)$/m, stderr);
    assert.doesNotMatch(stdout, /^new/m, 'the name starts no line of its own');
  });
});
