import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it, type TestContext } from 'node:test';
import { DEFAULT_CONTENT_DIR, REPO_ROOT } from '../../src/build/index.ts';
import { makeArchive, siteDirFor } from '../helpers/archive.ts';

const FERRY =
  'Harbour authority opens a ferry terminal\n\n2026-12-04\n\nThe harbour authority opened a ferry terminal on Monday. It will serve the island routes and halve the waiting times, its director said at the opening.\n';

/**
 * Fetches `url` from the dev server until `test` accepts its text. Fails as soon as the server has ended or printed a
 * failed build, else after `ms`: a generous bound, as a loaded machine can take most of a minute for the first build.
 */
async function waitFor(
  url: string,
  test: (text: string) => boolean,
  server: { ended: () => boolean; output: () => string },
  ms = 180_000,
): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const text = await fetch(url)
      .then((response) => (response.ok ? response.text() : ''))
      .catch(() => '');
    if (test(text)) return text;
    if (server.ended() || /Build failed/.test(server.output()) || Date.now() > until)
      throw new Error(`${url} never showed what was awaited; the server printed:\n${server.output()}`);
    await sleep(100);
  }
}

/** Waits until the dev server has printed what `pattern` matches; fails once it has ended, or after `ms`. */
async function printed(
  pattern: RegExp,
  server: { ended: () => boolean; output: () => string },
  ms = 180_000,
): Promise<void> {
  const until = Date.now() + ms;
  while (!pattern.test(server.output())) {
    if (server.ended() || Date.now() > until)
      throw new Error(`the server never printed ${pattern}; it printed:\n${server.output()}`);
    await sleep(100);
  }
}

/** Starts `npm run dev` on the archive `contentDir` until the test `t` ends: the server's address, and what it printed. */
function startDev(t: TestContext, contentDir: string) {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const args = ['dev', '--content', contentDir, '--out', siteDirFor(contentDir), '--port', String(port)];
  const dev = spawn(
    process.execPath,
    [path.join(REPO_ROOT, 'scripts', 'run.mjs'), ...args, '--cache', `${contentDir}-cache`],
    {
      cwd: path.dirname(contentDir),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  dev.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  dev.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  t.after(() => dev.kill());
  const server = { ended: () => dev.exitCode !== null || dev.signalCode !== null, output: () => output };
  return { site: `http://localhost:${port}`, server };
}

describe('npm run dev', () => {
  it('serves the site, and shows an added article and an edit without being restarted', async (t) => {
    const contentDir = makeArchive({}, { seeds: true });
    const { site, server } = startDev(t, contentDir);
    await waitFor(`${site}/`, (html) => html.includes('<html'), server);

    writeFileSync(path.join(contentDir, 'articles', 'ferry.txt'), FERRY);
    const home = await waitFor(`${site}/`, (html) => html.includes('Harbour authority opens a ferry terminal'), server);
    const link = /href="(\/articles\/[^"]*harbour-authority-opens-a-ferry-terminal\/)"/.exec(home);
    assert.ok(link, 'the home page links the new article');
    await waitFor(
      `${site}${link[1]}`,
      (html) => html.includes('<h1>Harbour authority opens a ferry terminal</h1>'),
      server,
    );

    const correction = 'A correction was added on Tuesday, naming the island routes the terminal serves.';
    appendFileSync(path.join(contentDir, 'articles', 'ferry.txt'), `\n${correction}\n`);
    await waitFor(`${site}${link[1]}`, (html) => html.includes(correction), server);
    assert.doesNotMatch(server.output(), /Build failed/);
  });

  it('reloads a tab opened while its first build runs, once that build is in place', async (t) => {
    const contentDir = makeArchive({ 'ferry.txt': FERRY });
    const { site, server } = startDev(t, contentDir);
    // What a page's live reload script listens to, opened as soon as the server listens (before the first build ends).
    let stream: Response | null = null;
    while (!stream) {
      stream = await fetch(`${site}/.live-reload`).catch(() => null);
      if (server.ended()) throw new Error(`the server ended; it printed:\n${server.output()}`);
      if (!stream) await sleep(50);
    }
    assert.doesNotMatch(server.output(), /Serving /, 'the first build is still running');
    const reader = stream.body!.getReader();
    let received = '';
    const reloaded = (async () => {
      while (!received.includes('data: reload')) {
        const { value, done } = await reader.read();
        if (done) return;
        received += new TextDecoder().decode(value);
      }
    })();
    await printed(/Serving /, server);
    await Promise.race([reloaded, sleep(2_000)]);
    await reader.cancel();
    assert.match(received, /data: reload/);
  });

  it("rebuilds when the archive's own taxonomy folder is made while it runs, having built with the default one", async (t) => {
    const contentDir = makeArchive({}, { seeds: true });
    const taxonomy = path.join(contentDir, 'taxonomy');
    const made = `${taxonomy}-made`;
    renameSync(taxonomy, made);
    const { site, server } = startDev(t, contentDir);
    await waitFor(`${site}/`, (html) => html.includes('<html'), server);
    // An actor the default taxonomy does not know, whom a seed names.
    appendFileSync(
      path.join(made, 'actors.yaml'),
      '\n- id: uighur-muslims\n  name: Uighur Muslims\n  type: organization\n  country: null\n  aliases: []\n  shortNames: []\n  roles: []\n',
    );
    renameSync(made, taxonomy);
    await waitFor(`${site}/actors/uighur-muslims/`, (html) => html.includes('Uighur Muslims'), server);
  });

  it("rebuilds when the archive's settings file is written while it runs, having built with the default one", async (t) => {
    const contentDir = makeArchive({}, { seeds: true });
    const { site, server } = startDev(t, contentDir);
    await waitFor(`${site}/`, (html) => html.includes('<title>Home · News archive</title>'), server);
    const settings = readFileSync(path.join(DEFAULT_CONTENT_DIR, 'site.yaml'), 'utf8');
    writeFileSync(path.join(contentDir, 'site.yaml'), settings.replace(/^name: .*$/m, 'name: Harbour papers'));
    await waitFor(`${site}/`, (html) => html.includes('<title>Home · Harbour papers</title>'), server);
  });

  it('says what is missing when the articles folder is, and builds once it is made', async (t) => {
    const contentDir = makeArchive();
    rmSync(path.join(contentDir, 'articles'), { recursive: true });
    const { site, server } = startDev(t, contentDir);
    await printed(/^Watching articles/m, server);
    assert.match(
      server.output(),
      /^Build failed: there is no folder of articles to build: .*content\/articles does not exist; make that folder and put the articles in it/m,
    );
    const failed = server.output().length;
    mkdirSync(path.join(contentDir, 'articles'));
    writeFileSync(path.join(contentDir, 'articles', 'ferry.txt'), FERRY);
    // What it prints from now on.
    const since = { ...server, output: () => server.output().slice(failed) };
    await waitFor(`${site}/`, (html) => html.includes('Harbour authority opens a ferry terminal'), since);
  });
});
