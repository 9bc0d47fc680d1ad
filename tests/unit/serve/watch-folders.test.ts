import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { watchFolders } from '../../../src/serve/watch-folders.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

/**
 * How long a test may wait for what it awaits: far more than any event takes on a loaded machine, so that a watcher
 * that stopped telling fails the test (naming what was awaited) rather than leaving it, and the suite, waiting.
 */
const WAIT_BOUND = { timeout: 60_000 };

/**
 * Collects what the watcher tells, and lets the test `t` wait for the next path told that it accepts; should the test
 * time out, it says what it was waiting for and what it was told.
 */
function recorder(t: TestContext) {
  const files: string[] = [];
  const waiting: Array<{ wanted: (file: string) => boolean; resolve: (file: string) => void; what: string }> = [];
  t.signal.addEventListener('abort', () => {
    for (const { what } of waiting) t.diagnostic(`was waiting to be told of ${what}; told: ${JSON.stringify(files)}`);
  });
  return {
    files,
    onChange(file: string) {
      files.push(file);
      for (const w of [...waiting]) {
        if (!w.wanted(file)) continue;
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(file);
      }
    },
    wait(what: string, wanted: (file: string) => boolean) {
      return new Promise<string>((resolve) => waiting.push({ wanted, resolve, what }));
    },
  };
}

/** A folder `articles` made in a temporary folder `root`, watched until the test `t` ends, and what is told of it. */
function watchedArticles(t: TestContext) {
  const root = makeTempDir();
  const articles = path.join(root, 'articles');
  mkdirSync(articles);
  const seen = recorder(t);
  const watch = watchFolders([articles], (file) => seen.onChange(file));
  t.after(() => watch.close());
  return { root, articles, seen };
}

describe('watchFolders', () => {
  it(
    'tells of a file added or changed in a watched folder, and in a folder made after the start',
    WAIT_BOUND,
    async (t) => {
      const { articles, seen } = watchedArticles(t);

      writeFileSync(path.join(articles, 'new.txt'), 'text');
      assert.equal(await seen.wait('new.txt', (f) => f.endsWith('new.txt')), path.join(articles, 'new.txt'));

      const folder = path.join(articles, '2026');
      mkdirSync(folder);
      await seen.wait('the folder 2026', (f) => f === folder);
      writeFileSync(path.join(folder, 'inside.txt'), 'text');
      assert.equal(await seen.wait('inside.txt', (f) => f.endsWith('inside.txt')), path.join(folder, 'inside.txt'));

      rmSync(folder, { recursive: true });
      await seen.wait('the folder 2026', (f) => f === folder);
      mkdirSync(folder);
      await seen.wait('the folder 2026', (f) => f === folder);
      writeFileSync(path.join(folder, 'again.txt'), 'text');
      assert.equal(await seen.wait('again.txt', (f) => f.endsWith('again.txt')), path.join(folder, 'again.txt'));
    },
  );

  it('tells of a watched folder moved away and back as itself, not as an entry inside it', WAIT_BOUND, async (t) => {
    const { root, articles, seen } = watchedArticles(t);

    renameSync(articles, path.join(root, 'away'));
    await seen.wait('any change', () => true);
    renameSync(path.join(root, 'away'), articles);
    await seen.wait('any change', () => true);
    writeFileSync(path.join(articles, 'new.txt'), 'text');
    await seen.wait('new.txt', (f) => f.endsWith('new.txt'));
    assert.deepEqual(seen.files.slice(0, 2), [articles, articles]);
  });

  it('watches again a watched folder removed and made anew', WAIT_BOUND, async (t) => {
    const { articles, seen } = watchedArticles(t);

    rmSync(articles, { recursive: true });
    await seen.wait('the articles folder', (f) => f === articles);
    mkdirSync(articles);
    await seen.wait('the articles folder', (f) => f === articles);
    writeFileSync(path.join(articles, 'restored.txt'), 'text');
    assert.equal(
      await seen.wait('restored.txt', (f) => f.endsWith('restored.txt')),
      path.join(articles, 'restored.txt'),
    );
  });

  it(
    'watches again a watched folder removed with the folder above it, once both are made anew',
    WAIT_BOUND,
    async (t) => {
      const content = path.join(makeTempDir(), 'content');
      const articles = path.join(content, 'articles');
      mkdirSync(articles, { recursive: true });
      const seen = recorder(t);
      const watch = watchFolders([articles], (file) => seen.onChange(file));
      t.after(() => watch.close());

      // `rm -r content`, then the archive restored from a backup.
      rmSync(content, { recursive: true });
      await seen.wait('the articles folder', (f) => f === articles);
      mkdirSync(articles, { recursive: true });
      await seen.wait('the articles folder', (f) => f === articles);
      writeFileSync(path.join(articles, 'restored.txt'), 'text');
      assert.equal(
        await seen.wait('restored.txt', (f) => f.endsWith('restored.txt')),
        path.join(articles, 'restored.txt'),
      );
    },
  );

  it('watches a folder missing at the start once it is made', WAIT_BOUND, async (t) => {
    const root = makeTempDir();
    const taxonomy = path.join(root, 'taxonomy');
    const seen = recorder(t);
    const watch = watchFolders([taxonomy], (file) => seen.onChange(file));
    t.after(() => watch.close());

    mkdirSync(taxonomy);
    await seen.wait('the taxonomy folder', (f) => f === taxonomy);
    writeFileSync(path.join(taxonomy, 'actors.yaml'), 'actors: []\n');
    assert.equal(await seen.wait('actors.yaml', (f) => f.endsWith('actors.yaml')), path.join(taxonomy, 'actors.yaml'));
  });

  it(
    'tells of the entries of a folder watched shallow, and nothing of what its folders hold',
    WAIT_BOUND,
    async (t) => {
      const root = makeTempDir();
      mkdirSync(path.join(root, 'originals'));
      const seen = recorder(t);
      const watch = watchFolders([], (file) => seen.onChange(file), [root]);
      t.after(() => watch.close());

      writeFileSync(path.join(root, 'originals', 'scan.html'), 'a page');
      mkdirSync(path.join(root, 'drafts'));
      writeFileSync(path.join(root, 'drafts', 'draft.txt'), 'text');
      writeFileSync(path.join(root, 'site.yaml'), 'name: Harbour papers\n');
      await seen.wait('site.yaml', (f) => f.endsWith('site.yaml'));
      assert.ok(seen.files.includes(path.join(root, 'drafts')), 'a folder made in it is told');
      assert.ok(!seen.files.some((f) => f.endsWith('scan.html') || f.endsWith('draft.txt')), seen.files.join(', '));
    },
  );

  it('tells nothing of hidden folders', WAIT_BOUND, async (t) => {
    const root = makeTempDir();
    mkdirSync(path.join(root, '.hidden'));
    const seen = recorder(t);
    const watch = watchFolders([root], (file) => seen.onChange(file));
    t.after(() => watch.close());

    writeFileSync(path.join(root, '.hidden', 'draft.txt'), 'text');
    writeFileSync(path.join(root, 'visible.txt'), 'text');
    await seen.wait('visible.txt', (f) => f.endsWith('visible.txt'));
    assert.ok(!seen.files.some((f) => f.includes('draft.txt')));
  });
});
