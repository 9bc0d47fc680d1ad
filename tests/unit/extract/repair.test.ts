import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { repairText } from '../../../src/extract/index.ts';

describe('repairText', () => {
  const repaired: Array<[string, string]> = [
    ['paying attention to.In fact, it did', 'paying attention to. In fact, it did'],
    ['I have to say, thisThe visit', 'I have to say, this The visit'],
    ['the war in UkrainenowadaysIt is', 'the war in Ukraine nowadays It is'],
    ['a delegation fromKyiv arrived', 'a delegation from Kyiv arrived'],
  ];
  for (const [glued, expected] of repaired) {
    it(`separates "${glued}"`, () => assert.equal(repairText(glued), expected));
  }

  it('leaves names and brands whose parts are not both dictionary words as written', () => {
    const text = 'PlayStation, YouTube, McDonald, iPhone, eBay and diCaprio; revenue of 3.5bn; the U.S.Army';
    assert.equal(repairText(text), text);
  });

  it('leaves handles and hashtags glued as they are written', () => {
    const text = '— City Fire Service (@CityFireService) March 4, 2024 #StandWithUkraine';
    assert.equal(repairText(text), text);
  });
});
