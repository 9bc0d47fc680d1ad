import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasFamilyNameEnding, isFamilyNameFirst } from '../../../src/tag/name-shapes.ts';

const words = (name: string) => name.split(' ');

describe('name shapes', () => {
  it('reads Chinese and Korean names written family name first', () => {
    for (const name of ['Zhang Yufei', 'Gao Min', 'Pan Zhanle', 'Qin Haiyang', 'Tsai Ing-wen', 'Kim Jong-un']) {
      assert.ok(isFamilyNameFirst(words(name)), name);
    }
  });

  it('does not read English words after a Chinese family name as a given name', () => {
    for (const name of ['Sun Microsystems', 'Long Beach', 'Ma Bell', 'Kim Jones', 'Song Contest', 'He Said']) {
      assert.ok(!isFamilyNameFirst(words(name)), name);
    }
  });

  it('reads Slavic, Georgian and Armenian family-name endings only on two or three name words', () => {
    for (const name of ['Kostiantyn Yelisieiev', 'Tamila Varshalomidze', 'Sviatoslav Shevchuk', 'Tigran Balayan']) {
      assert.ok(hasFamilyNameEnding(words(name)), name);
    }
    for (const name of ['Yelisieiev', 'Tamila Varshalomidze Foundation Trust', 'Kharkiv Regional Council']) {
      assert.ok(!hasFamilyNameEnding(words(name)), name);
    }
  });
});
