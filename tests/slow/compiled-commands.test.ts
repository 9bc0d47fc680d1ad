import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/build/index.ts';
import { makeArchive } from '../helpers/archive.ts';
import { manyArticles } from '../helpers/many-articles.ts';
import { snapshotTree } from '../helpers/tree.ts';

/** Builds `contentDir` into `outDir` with `node ARGS... --content … --out …`, run from the archive's folder. */
function build(nodeArgs: string[], contentDir: string, outDir: string): string {
  const result = spawnSync(
    process.execPath,
    [...nodeArgs, '--content', contentDir, '--out', outDir, '--report', `${outDir}.json`, '--no-cache'],
    { cwd: path.dirname(contentDir), encoding: 'utf8' },
  );
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

describe('commands run compiled (npm run build)', () => {
  it('build the same site as their TypeScript sources, analysis worker threads included', (t) => {
    // Enough articles that the analysis runs on worker threads, which load the compiled modules too.
    const contentDir = makeArchive(manyArticles(70), { seeds: true });
    t.after(() => rmSync(path.dirname(contentDir), { recursive: true, force: true }));
    const compiledSite = path.join(path.dirname(contentDir), 'compiled');
    const sourceSite = path.join(path.dirname(contentDir), 'source');
    const stdout = build([path.join(REPO_ROOT, 'scripts', 'run.mjs'), 'build'], contentDir, compiledSite);
    assert.match(stdout, /75 published/);
    build(
      ['--import', import.meta.resolve('tsx'), path.join(REPO_ROOT, 'scripts', 'build.ts')],
      contentDir,
      sourceSite,
    );
    assert.deepEqual(snapshotTree(compiledSite), snapshotTree(sourceSite));
  });

  it('refuse a command that is not a script of the project', () => {
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'run.mjs'), '../package'], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /usage/);
  });
});
