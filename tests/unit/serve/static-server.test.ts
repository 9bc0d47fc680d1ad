import assert from 'node:assert/strict';
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { request } from 'node:http';
import path from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { startStaticServer, type RunningServer } from '../../../src/serve/static-server.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

/** Requests `url` (GET unless told) and returns the status, headers and body as sent (not decompressed). */
function get(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('the static server', () => {
  const page = `<!DOCTYPE html><title>Home</title>${'<p>News archive</p>'.repeat(200)}`;
  const index = Buffer.from([0x1f, 0x8b, 1, 2, 3, 4]);
  let server: RunningServer;
  before(async () => {
    const dir = makeTempDir('news-archive-server-');
    writeFileSync(path.join(dir, 'index.html'), page);
    writeFileSync(path.join(dir, 'en_1.pf_fragment'), index);
    // Symbolic links in the site: two leading out of it, one to a page of its own.
    const outside = makeTempDir('news-archive-outside-');
    writeFileSync(path.join(outside, 'secret.txt'), 'not for the web');
    symlinkSync(outside, path.join(dir, 'elsewhere'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'notes.txt'));
    symlinkSync('index.html', path.join(dir, 'home.html'));
    server = await startStaticServer(dir);
  });
  after(() => server.close());

  it('sends text compressed with gzip to a browser that accepts it', async () => {
    const response = await get(`${server.url}/`, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(response.headers['content-encoding'], 'gzip');
    assert.ok(response.body.length < page.length / 5, `${response.body.length} bytes sent for ${page.length}`);
    assert.equal(gunzipSync(response.body).toString(), page);
  });

  it('sends text as it is to a client that does not accept gzip', async () => {
    const response = await get(`${server.url}/`);
    assert.equal(response.headers['content-encoding'], undefined);
    assert.equal(response.body.toString(), page);
  });

  it('sends Pagefind’s index files, compressed already, as they are', async () => {
    const response = await get(`${server.url}/en_1.pf_fragment`, { 'accept-encoding': 'gzip' });
    assert.equal(response.headers['content-encoding'], undefined);
    assert.deepEqual(response.body, index);
  });

  it('answers 405 to methods other than GET and HEAD, and HEAD with headers only', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const response = await get(`${server.url}/`, {}, method);
      assert.equal(response.status, 405, method);
      assert.equal(response.headers.allow, 'GET, HEAD');
    }
    const head = await get(`${server.url}/`, {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
  });

  // The same server under 10,000 such requests: tests/slow/hostile-dev-server.test.ts.
  it('answers each crafted request with an error status, and is still up', async () => {
    const crafted = [
      '/index.html/x',
      `/${'a'.repeat(300)}`,
      `/${'b'.repeat(300)}/index.html`,
      '/%00',
      '/index.html%00.txt',
      '/%ff',
      '/%',
      '/%E0%A4%A',
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..\\..\\etc\\passwd',
      '//etc/passwd',
      '/en_1.pf_fragment/..%00',
      `/${'%2e%2e/'.repeat(500)}`,
      '/?%ff',
    ];
    const statuses = new Set<number>();
    for (const response of await Promise.all(crafted.map((url) => get(`${server.url}${url}`))))
      statuses.add(response.status);
    assert.deepEqual(
      [...statuses].filter((status) => status < 400),
      [200],
      'only "/?%ff" is a page (the home page)',
    );
    assert.equal((await get(`${server.url}/`)).status, 200);
  });

  it('serves no file outside the site through a symbolic link in it, and serves one that stays inside', async () => {
    for (const url of ['/elsewhere/secret.txt', '/notes.txt', '/elsewhere/%2e%2e/elsewhere/secret.txt']) {
      const response = await get(`${server.url}${url}`);
      assert.equal(response.status, 404, url);
      assert.doesNotMatch(response.body.toString(), /not for the web/, url);
    }
    assert.equal((await get(`${server.url}/home.html`)).body.toString(), page);
  });

  it('listens on 127.0.0.1 only, unless told otherwise', () => {
    assert.deepEqual(server.server.address(), {
      address: '127.0.0.1',
      family: 'IPv4',
      port: Number(new URL(server.url).port),
    });
  });
});

describe('the static server with live reload (npm run dev)', () => {
  let server: RunningServer;
  before(async () => {
    const dir = makeTempDir('news-archive-server-');
    writeFileSync(path.join(dir, 'index.html'), '<!DOCTYPE html><title>Home</title><body><p>News</p></body>');
    server = await startStaticServer(dir, 0, { liveReload: true });
  });
  after(() => server.close());

  it('adds to each page a script of its own address, which loads the page again when a rebuild says so', async () => {
    const page = (await get(`${server.url}/`)).body.toString();
    assert.equal(
      page,
      '<!DOCTYPE html><title>Home</title><body><p>News</p><script src="/.live-reload.js"></script></body>',
    );
    const script = await get(`${server.url}/.live-reload.js`);
    assert.match(String(script.headers['content-type']), /^text\/javascript/);
    assert.match(
      script.body.toString(),
      /new EventSource\("\/\.live-reload"\)\.onmessage = \(\) => location\.reload\(\)/,
    );
    const message = await new Promise<string>((resolve, reject) => {
      request(`${server.url}/.live-reload`, (response) => {
        let received = '';
        response.on('data', (chunk: Buffer) => {
          received += chunk.toString();
          if (received.includes(': listening')) server.reload();
          if (received.includes('data: reload')) {
            response.destroy();
            resolve(received);
          }
        });
      })
        .on('error', reject)
        .end();
    });
    assert.match(message, /^data: reload$/m);
  });

  it('still answers crafted requests with an error status', async () => {
    for (const url of ['/%ff', '/%', '/..%2f..%2fetc%2fpasswd', '/index.html/x', `/${'a'.repeat(300)}`, '/%00'])
      assert.equal((await get(`${server.url}${url}`)).status, 404, url);
    assert.equal((await get(`${server.url}/.live-reload.js`, {}, 'POST')).status, 405);
  });
});

describe('the static server while a rebuild swaps the site in', () => {
  /** A site folder `_site` holding a home page, served until the test `t` ends, with a new site ready beside it. */
  async function servedSite(t: TestContext) {
    const parent = makeTempDir('news-archive-swap-');
    const site = path.join(parent, '_site');
    const next = path.join(parent, '_site.building-1');
    for (const [dir, text] of [
      [site, 'previous site'],
      [next, 'new site'],
    ] as const) {
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'index.html'), text);
      writeFileSync(path.join(dir, '404.html'), 'not found');
    }
    const running = await startStaticServer(site);
    t.after(() => running.close());
    return { parent, site, next, running };
  }

  it('answers a request made while the site is absent from the new site once it is in place', async (t) => {
    const { parent, site, next, running } = await servedSite(t);
    // The swap's first step: the previous site renamed aside.
    renameSync(site, path.join(parent, '_site.previous-1'));
    // The server has taken the request (its own listener runs first) before the new site is renamed in.
    const arrived = once(running.server, 'request');
    const answered = get(`${running.url}/`);
    await arrived;
    renameSync(next, site);
    const { status, body } = await answered;
    assert.equal(status, 200);
    assert.equal(body.toString(), 'new site');
  });

  it(
    'answers a missing page when the site stays absent, as when no site was built yet',
    { timeout: 60_000 },
    async (t) => {
      const { parent, site, running } = await servedSite(t);
      renameSync(site, path.join(parent, '_site.previous-1'));
      const { status } = await get(`${running.url}/`);
      assert.equal(status, 404);
    },
  );
});
