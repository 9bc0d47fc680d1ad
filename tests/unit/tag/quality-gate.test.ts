import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../../src/build/index.ts';
import { defaultContext } from '../../helpers/pipeline.ts';
import { LABELS_FILE, scoreLabels } from '../../../src/quality/labelled-set.ts';
import { SCORE_KINDS, type ScoreKind, type TaggingLabel } from '../../../src/quality/score-tagging.ts';

const baseline = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'tests', 'quality', 'tagging-baseline.json'), 'utf8'),
) as Record<ScoreKind, { precision: number; f1: number }>;

describe('tagging quality gate (tests/quality/tagging-labels.json, the fixtures labelled first)', () => {
  const labels = JSON.parse(readFileSync(LABELS_FILE, 'utf8')) as TaggingLabel[];
  const { scores } = scoreLabels(labels, defaultContext());
  for (const kind of SCORE_KINDS) {
    it(`${kind}: precision and F1 stay at or above the pinned floors`, () => {
      const s = scores[kind];
      assert.ok(
        s.precision >= baseline[kind].precision,
        `${kind} precision ${s.precision.toFixed(3)} < ${baseline[kind].precision}`,
      );
      assert.ok(s.f1 >= baseline[kind].f1, `${kind} F1 ${s.f1.toFixed(3)} < ${baseline[kind].f1}`);
    });
  }
});
