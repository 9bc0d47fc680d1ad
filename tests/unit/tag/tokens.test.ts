import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import gazetteer from '../../../src/tag/gazetteer.json' with { type: 'json' };
import { firstToken, tokenize } from '../../../src/tag/tokens.ts';

describe('tokenize', () => {
  it('reads no token in an invisible format character between words: the words on either side stay neighbours', () => {
    assert.deepEqual(
      tokenize('President Volodymyr \u200cZelenskiy said \u2060an offer\u200b, \ufeffreported').map((t) => t.text),
      ['President', 'Volodymyr', 'Zelenskiy', 'said', 'an', 'offer', ',', 'reported'],
    );
  });
});

describe('firstToken', () => {
  it('is the first token tokenize finds, abbreviations, apostrophes and blanks included', () => {
    for (const text of ['U.S. Army', '’s Hertogenbosch', "  St. John's", '-', '', ' \t', 'Zürich 2', '1st Street'])
      assert.equal(firstToken(text), tokenize(text)[0]?.text, JSON.stringify(text));
  });

  it('is the first token of every place name of the gazetteer, by which the place matcher files them', () => {
    const names = gazetteer.places.split('\n').map((line) => line.split('\t')[1]!);
    const differing = names.filter((name) => firstToken(name) !== tokenize(name)[0]?.text);
    assert.deepEqual(differing, []);
  });
});
