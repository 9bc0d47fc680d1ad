import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../../src/build/index.ts';
import { measureTopics } from '../../../src/classify/index.ts';
import { LABELLED_TOPICS } from '../../../src/quality/labelled-topics.ts';
import { defaultContext } from '../../helpers/pipeline.ts';
import { analyzeLabels, corpusSetAvailable, labelParts, topicLabelParts } from '../../../src/quality/labelled-set.ts';
import { scoreTagging, SCORE_KINDS, type ScoreKind } from '../../../src/quality/score-tagging.ts';

interface Floors {
  tags: Record<ScoreKind, { precision: number; f1: number }>;
  topics: Record<string, { f1: number }>;
}

const floors = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'tests', 'quality', 'tagging', 'held-out-baseline.json'), 'utf8'),
) as Floors;
const skip = corpusSetAvailable()
  ? false
  : 'the held-out articles are in ../shared/corpus, which is not beside the repo';

describe('held-out quality gate (tests/quality/tagging/labels.json, held-out part)', { skip }, () => {
  const pairs = skip ? [] : analyzeLabels(labelParts().heldOut.labels, defaultContext());

  it('scores a held-out part of the corpus set', () => {
    assert.ok(pairs.length >= 90, `${pairs.length} held-out articles`);
  });

  it('keeps every kind of tag at or above its floors', () => {
    const { scores } = scoreTagging(pairs, defaultContext().taxonomy.actors);
    for (const kind of SCORE_KINDS) {
      const [s, floor] = [scores[kind], floors.tags[kind]];
      assert.ok(s.precision >= floor.precision, `${kind} precision ${s.precision.toFixed(3)} < ${floor.precision}`);
      assert.ok(s.f1 >= floor.f1, `${kind} F1 ${s.f1.toFixed(3)} < ${floor.f1}`);
    }
  });

  it('keeps every labelled topic at or above its F1 floor (topic-only labels included)', () => {
    const topicPairs = skip ? [] : analyzeLabels(topicLabelParts().heldOut, defaultContext());
    assert.ok(topicPairs.length > pairs.length, `${topicPairs.length} held-out articles labelled for topics`);
    const cases = topicPairs.map(({ label, article }) => ({
      file: label.file,
      expected: label.topics,
      predicted: article.topics.map((t) => t.id),
    }));
    for (const score of measureTopics(cases, LABELLED_TOPICS)) {
      const floor = floors.topics[score.topic]!.f1;
      assert.ok(score.f1 >= floor, `${score.topic} F1 ${score.f1.toFixed(3)} < ${floor}`);
    }
  });
});
