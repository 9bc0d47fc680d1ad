import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createAnalysisPool } from '../../src/build/analysis-pool.ts';
import { DEFAULT_CONTENT_DIR } from '../../src/build/index.ts';
import { loadTaxonomy } from '../../src/taxonomy/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const GOOD = [
  ['before.txt', 'Harbour talks\n\nRussia and China held talks in Moscow on Friday, officials said.'],
  ['after.txt', 'Danube floods\n\nFloods closed three ports on the Danube after a week of heavy rain.'],
  ['later.txt', 'Rate rise\n\nThe central bank of Brazil raised its main interest rate by half a point.'],
] as const;
/** A file of 300,000 short lines (5 MB): its analysis takes tens of seconds and hundreds of megabytes. */
const HEAVY = utf8(
  `Heavy headline\n\n${Array.from({ length: 300_000 }, (_, i) => `talks Moscow ${i % 100}`).join('\n')}`,
);

/** What a pool of one worker under `budget` makes of a good file, the heavy one, and two good files after it. */
async function analyzeAround(budget: { seconds: number; megabytes: number }) {
  const taxonomy = loadTaxonomy(path.join(DEFAULT_CONTENT_DIR, 'taxonomy'));
  const pool = createAnalysisPool({ taxonomy, retrieved: null }, 1, budget);
  try {
    const [before, heavy, ...after] = await Promise.all([
      pool.analyze(GOOD[0][0], utf8(GOOD[0][1]), 'h0'),
      pool.analyze('heavy.txt', HEAVY, 'h1'),
      pool.analyze(GOOD[1][0], utf8(GOOD[1][1]), 'h2'),
      pool.analyze(GOOD[2][0], utf8(GOOD[2][1]), 'h3'),
    ]);
    return { good: [before!, ...after], heavy: heavy! };
  } finally {
    await pool.close();
  }
}

describe('a budget of time and memory for each file analysed', () => {
  it('stops a file that takes longer than its seconds, rejects it with the reason, and analyses the others', async () => {
    const { good, heavy } = await analyzeAround({ seconds: 2, megabytes: 1536 });
    assert.deepEqual(heavy, { file: 'heavy.txt', code: 'analysis-budget', reason: 'analysis exceeded 2 s' });
    // The files the stopped worker held after the heavy one are analysed by the worker that replaces it.
    assert.deepEqual(
      good.map((g) => ('title' in g ? g.title : g.reason)),
      ['Harbour talks', 'Danube floods', 'Rate rise'],
    );
  });

  it('stops a file whose analysis needs more memory than its worker may hold, and analyses the others', async () => {
    const { good, heavy } = await analyzeAround({ seconds: 600, megabytes: 200 });
    assert.deepEqual(heavy, {
      file: 'heavy.txt',
      code: 'analysis-budget',
      reason: 'analysis exceeded 200 MB of memory',
    });
    assert.deepEqual(
      good.map((g) => ('title' in g ? g.title : g.reason)),
      ['Harbour talks', 'Danube floods', 'Rate rise'],
    );
  });
});
