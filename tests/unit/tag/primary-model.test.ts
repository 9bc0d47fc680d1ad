import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FEATURES, primaryModel } from '../../../src/tag/primary-model.ts';
import { analyzeText } from '../../helpers/pipeline.ts';

describe('primary-country model', () => {
  it('has a weight for each of its features and a threshold between 0 and 1', () => {
    const model = primaryModel();
    assert.deepEqual(model.features, [...FEATURES]);
    assert.equal(model.weights.length, FEATURES.length);
    assert.ok(model.threshold > 0 && model.threshold < 1);
  });

  it('makes the headline country primary, a passing one mentioned, and keeps the measures it read', () => {
    const article = analyzeText(
      'Japan raises rates\n\nJapan raised interest rates on Friday, the first rise in years.\n\nJapan said prices rose. Analysts in Japan expect more.\n\nA similar move in Brazil failed years ago.',
    );
    const japan = article.countries.find((c) => c.code === 'JP')!;
    const brazil = article.countries.find((c) => c.code === 'BR')!;
    assert.equal(japan.primary, true);
    assert.equal(brazil.primary, false);
    assert.equal(japan.primaryModel?.features.title, 1);
    assert.ok(japan.primaryModel!.probability > brazil.primaryModel!.probability);
  });
});
