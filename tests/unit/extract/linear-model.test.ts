import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { committedModel, standardisedSum } from '../../../src/extract/linear-model.ts';

const MODEL = { note: '', features: ['words', 'sentence end'], mean: [2, 0.5], scale: [4, 0.5], weights: [1, -2] };

describe('the learned models’ shared linear part', () => {
  it('scores by the features standardised, weighed and added to the start', () => {
    // (6 - 2) / 4 * 1 + (0 - 0.5) / 0.5 * -2 = 1 + 2
    assert.equal(standardisedSum(MODEL, [6, 0], 0.5), 3.5);
  });

  it('refuses a committed model trained on other features, naming the command that trains it again', () => {
    const read = committedModel(MODEL, ['words', 'commas'], 'src/extract/some-model.json', 'npm run train:some');
    assert.throws(read, /some-model\.json was trained on other features: run npm run train:some/);
    assert.equal(committedModel(MODEL, ['words', 'sentence end'], 'x', 'y')(), MODEL);
  });
});
