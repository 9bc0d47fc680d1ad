import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../../src/build/paths.ts';
import { measureTopics } from '../../../src/classify/index.ts';
import { classifyLabelled, LABELLED_TOPICS } from '../../../src/quality/labelled-topics.ts';
import { defaultContext } from '../../helpers/pipeline.ts';
import { LABELS_FILE } from '../../../src/quality/labelled-set.ts';
import type { TaggingLabel } from '../../../src/quality/score-tagging.ts';

type Floors = Record<string, { precision: number; recall: number; f1: number }>;
const baseline = JSON.parse(readFileSync(path.join(REPO_ROOT, 'tests', 'quality', 'topics-baseline.json'), 'utf8')) as {
  topics: Floors;
};

describe('topic quality gate (tests/quality/tagging-labels.json, the fixtures labelled first)', () => {
  const labels = JSON.parse(readFileSync(LABELS_FILE, 'utf8')) as TaggingLabel[];
  const scores = measureTopics(classifyLabelled(labels, defaultContext()), LABELLED_TOPICS);

  it('pins a floor for every labelled topic', () => {
    assert.deepEqual(Object.keys(baseline.topics).sort(), [...LABELLED_TOPICS].sort());
  });

  for (const topic of LABELLED_TOPICS) {
    it(`keeps ${topic} at or above its floors`, () => {
      const score = scores.find((s) => s.topic === topic)!;
      const floor = baseline.topics[topic]!;
      const why = `extra: ${score.extra.join(', ') || 'none'}; missed: ${score.missed.join(', ') || 'none'}`;
      for (const measure of ['precision', 'recall', 'f1'] as const) {
        assert.ok(
          score[measure] >= floor[measure],
          `${topic} ${measure} ${score[measure].toFixed(3)} < floor ${floor[measure]} (${why})`,
        );
      }
    });
  }
});

describe('measureTopics', () => {
  it('counts precision, recall and F1 per topic', () => {
    const [score] = measureTopics(
      [
        { file: 'a', expected: ['x'], predicted: ['x'] },
        { file: 'b', expected: [], predicted: ['x'] },
        { file: 'c', expected: ['x'], predicted: [] },
        { file: 'd', expected: ['x'], predicted: ['x'] },
      ],
      ['x'],
    );
    assert.deepEqual([score!.precision, score!.recall, score!.extra, score!.missed], [2 / 3, 2 / 3, ['b'], ['c']]);
    assert.ok(Math.abs(score!.f1 - 2 / 3) < 1e-9);
  });
});
