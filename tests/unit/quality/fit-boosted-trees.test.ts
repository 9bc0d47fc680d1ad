import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitBoostedTrees } from '../../../src/quality/fit-boosted-trees.ts';
import { boostedProbability, checkedTrees } from '../../../src/tag/boosted-trees.ts';

// Candidate names as the name model sees them: [a person's shape, speaks in the text]; an actor only with both, as
// "Xianglin Hou said" is one and neither "Xianglin Hou" alone nor "Ministry said" is.
const names = ['personShape', 'said'];
const shapes = [
  [1, 1],
  [1, 0],
  [0, 1],
  [0, 0],
];
const rows = shapes.flatMap((x) => Array.from({ length: 10 }, () => x));
const labels = rows.map(([person, said]) => Number(person === 1 && said === 1));
const options = { rounds: 50, depth: 2, learningRate: 0.3, minLeaf: 2, l2: 1 };
const features = (x: number[]) => ({ personShape: x[0]!, said: x[1]! });

describe('fitting boosted trees', () => {
  it('learns an actor where both measures hold and none where one does', () => {
    const fitted = fitBoostedTrees(rows, labels, names, options);
    const model = { note: '', features: names, threshold: 0.5, ...fitted };
    shapes.forEach((x) =>
      assert.equal(boostedProbability(features(x), model) >= 0.5, x[0] === 1 && x[1] === 1, `shape ${x.join()}`),
    );
    assert.ok(boostedProbability(features([1, 1]), model) > 0.9);
    assert.ok(boostedProbability(features([1, 0]), model) < 0.1);
  });

  it('gives the same trees on every run', () => {
    assert.deepEqual(fitBoostedTrees(rows, labels, names, options), fitBoostedTrees(rows, labels, names, options));
  });

  it('refuses trees that ask about a measure the model does not have', () => {
    const trees = [{ measure: 'speaks', split: 0.5, below: { value: -1 }, above: { value: 1 } }];
    assert.throws(() => checkedTrees({ note: '', features: names, base: 0, trees, threshold: 0.5 }, names, 'x.json'));
  });
});
