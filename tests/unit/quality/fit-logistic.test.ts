import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitLogistic, logisticOf } from '../../../src/quality/fit-logistic.ts';

// Candidate names as the name model sees them: [follows a role word, words the text also writes in lower case].
const rows = [
  [1, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 1],
  [0, 0],
  [1, 0],
  [0, 1],
];
const labels = [1, 1, 1, 0, 0, 0, 1, 0];
const options = { steps: 2000, learningRate: 0.5, l2: 0.001 };

describe('fitting a logistic model', () => {
  it('learns the sign of each measure and separates the examples', () => {
    const model = fitLogistic(rows, labels, options);
    assert.ok(model.weights[0]! > 1, `role word weight ${model.weights[0]}`);
    assert.ok(model.weights[1]! < -0.5, `lower-case weight ${model.weights[1]}`);
    rows.forEach((x, i) => assert.equal(logisticOf(x, model) >= 0.5, labels[i] === 1, `example ${i}`));
  });

  it('gives the same weights, bit for bit, on every run', () => {
    assert.deepEqual(fitLogistic(rows, labels, options), fitLogistic(rows, labels, options));
  });

  it('counts an example of weight 2 as that example twice', () => {
    const weighted = fitLogistic(rows, labels, { ...options, exampleWeights: rows.map((_, i) => (i === 2 ? 2 : 1)) });
    const doubled = fitLogistic([...rows, rows[2]!], [...labels, labels[2]!], options);
    weighted.weights.forEach((w, j) => assert.ok(Math.abs(w - doubled.weights[j]!) < 1e-9, `weight ${j}`));
    assert.ok(Math.abs(weighted.bias - doubled.bias) < 1e-9);
  });

  it('starts from the prior, draws the weights towards it and keeps them non-negative when asked', () => {
    const prior = { weights: [2, 0.1], bias: -1 };
    assert.deepEqual(fitLogistic(rows, labels, { ...options, steps: 0, prior }), prior);
    const free = fitLogistic(rows, labels, { ...options, l2: 0.05, prior });
    const bounded = fitLogistic(rows, labels, { ...options, l2: 0.05, prior, nonNegative: true });
    assert.ok(free.weights[1]! < 0, `the lower-case measure goes negative without the bound: ${free.weights[1]}`);
    assert.equal(bounded.weights[1], 0);
    assert.ok(Math.abs(free.weights[0]! - 2) < Math.abs(fitLogistic(rows, labels, options).weights[0]! - 2));
  });

  it('refuses rows and labels of different lengths', () => {
    assert.throws(() => fitLogistic(rows, labels.slice(1), options), /8 rows but 7 labels/);
  });
});
