import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../../../src/tag/index.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('ends a sentence at . ! or ? before a capital, a digit or an opening quote, and at a line break', () => {
    assert.deepEqual(texts('Talks began. They ended! Why? 2024 was busy. "Yes," he said.\nNext line'), [
      'Talks began.',
      'They ended!',
      'Why?',
      '2024 was busy.',
      '"Yes," he said.',
      'Next line',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence they end', () => {
    assert.deepEqual(texts('He said "yes." Then he left (quickly.) Later, calm.'), [
      'He said "yes."',
      'Then he left (quickly.)',
      'Later, calm.',
    ]);
  });

  it('does not end a sentence after an abbreviation or an initial, or before a lower-case word', () => {
    assert.deepEqual(texts('Mr. Lavrov met the U.S. envoy and J. Smith in Moscow. it went on... Then it ended.'), [
      'Mr. Lavrov met the U.S. envoy and J. Smith in Moscow. it went on...',
      'Then it ended.',
    ]);
  });

  it('gives each sentence its offsets in the text', () => {
    const text = '  First one.   Second one.\n\nThird';
    for (const s of splitSentences(text)) assert.equal(text.slice(s.start, s.end), s.text);
  });

  it('reads a run of punctuation with no sentence after it as part of one sentence', () => {
    const run = `Some text ${'.'.repeat(100_000)}!?!? end.`;
    assert.deepEqual(texts(run), [run]);
  });
});
