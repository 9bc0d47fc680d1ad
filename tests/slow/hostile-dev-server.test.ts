import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/build/index.ts';
import { makeArchive, reportFileFor, SEED_FILES, siteDirFor } from '../helpers/archive.ts';

/** Requests `requestPath` as it is (a URL would be normalised: "/%2e%2e/" is "/") from `base`; status and body. */
function get(base: string, requestPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    request({ host: hostname, port, path: requestPath }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode!, body }));
    })
      .on('error', reject)
      .end();
  });
}

/** Whether something listens on `host`:`port`. */
function listens(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.on('connect', () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
}

/** Requests that ended the dev process (bad escapes, a path through a file, names too long, NUL, climbing out). */
const CRAFTED = [
  '/%ff',
  '/%',
  '/%E0%A4%A',
  '/..%2f..%2f..%2fetc%2fpasswd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/index.html/x',
  `/${'a'.repeat(300)}`,
  '/%00',
  '/index.html%00.txt',
  `/${'%2e%2e/'.repeat(500)}`,
];

describe('npm run dev, sent crafted requests', () => {
  let dev: ChildProcess;
  let url: string;
  let contentDir: string;
  before(async () => {
    contentDir = makeArchive({}, { seeds: true });
    const args = ['--content', contentDir, '--out', siteDirFor(contentDir), '--port', '0'];
    dev = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts', 'run.mjs'), 'dev', ...args], {
      cwd: path.dirname(reportFileFor(contentDir)),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    url = await new Promise((resolve, reject) => {
      let out = '';
      dev.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /Serving .* at (http:\/\/\S+)/.exec(out);
        if (found && out.includes('Watching')) resolve(found[1]!);
      });
      dev.on('exit', (code) => reject(new Error(`npm run dev ended with ${code}: ${out}`)));
    });
  });
  after(() => dev.kill());

  it('listens on 127.0.0.1 only', async () => {
    const { hostname, port } = new URL(url);
    assert.equal(hostname, '127.0.0.1');
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === 'IPv4');
    for (const address of others) assert.equal(await listens(address!.address, Number(port)), false, address!.address);
  });

  it('answers 10,000 crafted requests with an error status each, and is still up, serving the site', async () => {
    const statuses = new Set<number>();
    for (let start = 0; start < 10_000; start += 100) {
      const batch = Array.from({ length: 100 }, (_, i) => get(url, CRAFTED[(start + i) % CRAFTED.length]!));
      for (const response of await Promise.all(batch)) statuses.add(response.status);
    }
    assert.deepEqual([...statuses], [404]);
    assert.equal(dev.exitCode, null, 'npm run dev is still running');
    const home = await get(url, '/');
    assert.equal(home.status, 200);
    assert.match(home.body, /<script src="\/\.live-reload\.js"><\/script>/);
  });

  it('rebuilds when an article changes, and tells the pages open to load again', async () => {
    const reloaded = new Promise<void>((resolve, reject) => {
      request(`${url}/.live-reload`, (response) => {
        response.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes(': listening'))
            appendFileSync(path.join(contentDir, 'articles', SEED_FILES.lavrov), '\n\nOne more paragraph.\n');
          if (chunk.toString().includes('data: reload')) {
            response.destroy();
            resolve();
          }
        });
      })
        .on('error', reject)
        .end();
    });
    await reloaded;
  });
});
