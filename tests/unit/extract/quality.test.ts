import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../../src/build/index.ts';
import { scoreExtraction, type ExtractionScores } from '../../../src/quality/score-extraction.ts';

const floors = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'tests', 'quality', 'extraction', 'baseline.json'), 'utf8'),
) as ExtractionScores;

describe('extraction quality gate (tests/quality/extraction)', () => {
  const { scores, misses } = scoreExtraction();
  for (const metric of ['title', 'date', 'author', 'source', 'linePrecision', 'lineRecall'] as const) {
    it(`${metric} stays at or above its pinned floor`, () => {
      const detail = misses.map(
        (m) =>
          `${m.file}: ${[...m.fields, ...m.lost.map((l) => `lost ${l.slice(0, 60)}`), ...m.leaked.map((l) => `leaked ${l.slice(0, 60)}`)].join('; ')}`,
      );
      assert.ok(
        scores[metric] >= floors[metric],
        `${metric} ${scores[metric].toFixed(3)} < floor ${floors[metric]}\n${detail.join('\n')}`,
      );
    });
  }
});
