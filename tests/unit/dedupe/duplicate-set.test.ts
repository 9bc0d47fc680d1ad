import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupDuplicates, scoreGrouping } from '../../../src/dedupe/index.ts';
import { loadDuplicateSet } from '../../../src/quality/duplicate-set.ts';

/** Floors from the issue (0.95 each); `npm run score:duplicates` prints the current figures. */
const FLOORS = { precision: 0.95, recall: 0.95 };

describe('the labelled duplicate set (tests/quality/duplicates)', () => {
  it(`groups copies of a story with precision and recall of at least ${FLOORS.precision}`, () => {
    const set = loadDuplicateSet();
    const { kept, duplicates } = groupDuplicates(set.articles);
    const predicted = new Map<string, string>(kept.map((a) => [a.file, a.file]));
    for (const d of duplicates) predicted.set(d.file, d.duplicateOf);
    const score = scoreGrouping(predicted, set.labels);
    assert.ok(
      score.precision >= FLOORS.precision,
      `precision ${score.precision}: ${JSON.stringify(score.falsePairs.slice(0, 5))}`,
    );
    assert.ok(
      score.recall >= FLOORS.recall,
      `recall ${score.recall}: ${JSON.stringify(score.missedPairs.slice(0, 5))}`,
    );
  });
});
