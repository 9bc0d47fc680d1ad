import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createAnalysisPool,
  DEFAULT_ANALYSIS_BUDGET,
  secondsFor,
  type AnalysisBudget,
} from '../../src/build/analysis-pool.ts';
import { analyzeArchive } from '../../src/build/analyze-archive.ts';
import type { Taxonomy } from '../../src/taxonomy/index.ts';
import { makeArchive } from '../helpers/archive.ts';

/**
 * What a pool of one stand-in worker (tests/helpers/stand-in-analysis-worker.ts) under `budget` makes of a file,
 * `bad` of `size` bytes, and two files after it, which that worker holds when it meets `bad`.
 */
async function analyzeAround(budget: AnalysisBudget, bad: string, size = 10) {
  const setup = { taxonomy: {} as Taxonomy, retrieved: null };
  const pool = createAnalysisPool(setup, 1, budget, 'tests/helpers/stand-in-analysis-worker');
  try {
    const files = ['before.txt', bad, 'after.txt', 'later.txt'];
    const results = await Promise.all(
      files.map((file) => pool.analyze(file, new Uint8Array(file === bad ? size : 10), file)),
    );
    return results.map((r) => ('reason' in r ? `${r.file}: ${r.reason}` : r.file));
  } finally {
    await pool.close();
  }
}

describe('a budget of time and memory for each file analysed', () => {
  it('gives a file seconds for any file and more for each megabyte', () => {
    assert.equal(secondsFor(DEFAULT_ANALYSIS_BUDGET, 2_000), 60);
    assert.equal(secondsFor(DEFAULT_ANALYSIS_BUDGET, 5_000_000), 135);
    assert.equal(secondsFor(DEFAULT_ANALYSIS_BUDGET, 20_000_000), 360);
  });

  it('stops a file that takes longer than its seconds, rejects it with the reason, and analyses the others', async () => {
    const budget = { seconds: 1, secondsPerMegabyte: 1, megabytes: 256 };
    assert.deepEqual(await analyzeAround(budget, 'endless.txt', 2_000_000), [
      'before.txt: 10 bytes read',
      'endless.txt: analysis exceeded 3 s',
      // The files the stopped worker held after it are analysed by the worker that replaces it.
      'after.txt: 10 bytes read',
      'later.txt: 10 bytes read',
    ]);
  });

  it('stops a file whose analysis needs more memory than its worker may hold, and analyses the others', async () => {
    assert.deepEqual(await analyzeAround({ seconds: 600, secondsPerMegabyte: 0, megabytes: 64 }, 'greedy.txt'), [
      'before.txt: 10 bytes read',
      'greedy.txt: analysis exceeded 64 MB of memory',
      'after.txt: 10 bytes read',
      'later.txt: 10 bytes read',
    ]);
  });

  it('rejects a file whose analysis ends its worker, and analyses the others', async () => {
    assert.deepEqual(await analyzeAround({ seconds: 600, secondsPerMegabyte: 0, megabytes: 256 }, 'crash.txt'), [
      'before.txt: 10 bytes read',
      'crash.txt: analysis stopped its worker: the analysis broke',
      'after.txt: 10 bytes read',
      'later.txt: 10 bytes read',
    ]);
  });
});

describe('an archive too small for a worker per core', () => {
  it('analyses its files on one worker, under the budget: a file over it is rejected, the other analysed', async () => {
    const contentDir = makeArchive({ 'endless.txt': 'Never done', 'good.txt': 'Done at once' });
    const pool = {
      budget: { seconds: 1, secondsPerMegabyte: 0, megabytes: 256 },
      workerModule: 'tests/helpers/stand-in-analysis-worker',
    };
    const { rejected } = await analyzeArchive({ contentDir, retrieved: null, pool });
    assert.deepEqual(
      rejected.map((r) => `${r.file}: ${r.reason}`),
      ['endless.txt: analysis exceeded 1 s', 'good.txt: 12 bytes read'],
    );
  });
});
