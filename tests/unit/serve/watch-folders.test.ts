import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { watchFolders } from '../../../src/serve/watch-folders.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

/** Collects what the watcher tells, and lets a test wait for the next path told that it accepts. */
function recorder() {
  const files: string[] = [];
  const waiting: Array<{ wanted: (file: string) => boolean; resolve: (file: string) => void }> = [];
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
    wait(wanted: (file: string) => boolean) {
      return new Promise<string>((resolve) => waiting.push({ wanted, resolve }));
    },
  };
}

/** A folder `articles` made in a temporary folder `root`, watched until the test `t` ends, and what is told of it. */
function watchedArticles(t: TestContext) {
  const root = makeTempDir();
  const articles = path.join(root, 'articles');
  mkdirSync(articles);
  const seen = recorder();
  const watch = watchFolders([articles], (file) => seen.onChange(file));
  t.after(() => watch.close());
  return { root, articles, seen };
}

describe('watchFolders', () => {
  it('tells of a file added or changed in a watched folder, and in a folder made after the start', async (t) => {
    const { articles, seen } = watchedArticles(t);

    writeFileSync(path.join(articles, 'new.txt'), 'text');
    assert.equal(await seen.wait((f) => f.endsWith('new.txt')), path.join(articles, 'new.txt'));

    const folder = path.join(articles, '2026');
    mkdirSync(folder);
    await seen.wait((f) => f === folder);
    writeFileSync(path.join(folder, 'inside.txt'), 'text');
    assert.equal(await seen.wait((f) => f.endsWith('inside.txt')), path.join(folder, 'inside.txt'));

    rmSync(folder, { recursive: true });
    await seen.wait((f) => f === folder);
    mkdirSync(folder);
    await seen.wait((f) => f === folder);
    writeFileSync(path.join(folder, 'again.txt'), 'text');
    assert.equal(await seen.wait((f) => f.endsWith('again.txt')), path.join(folder, 'again.txt'));
  });

  it('tells of a watched folder moved away and back as itself, not as an entry inside it', async (t) => {
    const { root, articles, seen } = watchedArticles(t);

    renameSync(articles, path.join(root, 'away'));
    await seen.wait(() => true);
    renameSync(path.join(root, 'away'), articles);
    await seen.wait(() => true);
    writeFileSync(path.join(articles, 'new.txt'), 'text');
    await seen.wait((f) => f.endsWith('new.txt'));
    assert.deepEqual(seen.files.slice(0, 2), [articles, articles]);
  });

  it('watches again a watched folder removed and made anew', async (t) => {
    const { articles, seen } = watchedArticles(t);

    rmSync(articles, { recursive: true });
    await seen.wait((f) => f === articles);
    mkdirSync(articles);
    await seen.wait((f) => f === articles);
    writeFileSync(path.join(articles, 'restored.txt'), 'text');
    assert.equal(await seen.wait((f) => f.endsWith('restored.txt')), path.join(articles, 'restored.txt'));
  });

  it('watches a folder missing at the start once it is made', async (t) => {
    const root = makeTempDir();
    const taxonomy = path.join(root, 'taxonomy');
    const seen = recorder();
    const watch = watchFolders([taxonomy], (file) => seen.onChange(file));
    t.after(() => watch.close());

    mkdirSync(taxonomy);
    await seen.wait((f) => f === taxonomy);
    writeFileSync(path.join(taxonomy, 'actors.yaml'), 'actors: []\n');
    assert.equal(await seen.wait((f) => f.endsWith('actors.yaml')), path.join(taxonomy, 'actors.yaml'));
  });

  it('tells nothing of hidden folders', async (t) => {
    const root = makeTempDir();
    mkdirSync(path.join(root, '.hidden'));
    const seen = recorder();
    const watch = watchFolders([root], (file) => seen.onChange(file));
    t.after(() => watch.close());

    writeFileSync(path.join(root, '.hidden', 'draft.txt'), 'text');
    writeFileSync(path.join(root, 'visible.txt'), 'text');
    await seen.wait((f) => f.endsWith('visible.txt'));
    assert.ok(!seen.files.some((f) => f.includes('draft.txt')));
  });
});
