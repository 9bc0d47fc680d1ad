import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WordCounter, wordsOf } from '../../../src/search/word-table.ts';

describe('word table', () => {
  it('reads words as runs of letters, lowercased, keeping an apostrophe inside and dropping short words', () => {
    assert.deepEqual(wordsOf('EU sanctions on Russia’s oil: 12 new ones, “Sanctions”'), [
      'sanctions',
      'russia’s',
      'oil',
      'new',
      'ones',
      'sanctions',
    ]);
    assert.deepEqual(wordsOf('Zelensky – Зеленський, Brasília'), ['zelensky', 'зеленський', 'brasília']);
  });

  it('keeps the words seen at least twice, the most frequent first, ties in word order', () => {
    const counter = new WordCounter();
    counter.add('Sanctions on Russia. New sanctions.');
    counter.add('Russia answers the sanctions; a sanctons typo once.');
    assert.deepEqual(Object.entries(counter.table()), [
      ['sanctions', 3],
      ['russia', 2],
    ]);
  });

  it('keeps at most the limit of words, the most frequent', () => {
    const counter = new WordCounter();
    counter.add('alpha alpha alpha beta beta gamma gamma delta');
    assert.deepEqual(Object.keys(counter.table(2)), ['alpha', 'beta']);
  });
});
