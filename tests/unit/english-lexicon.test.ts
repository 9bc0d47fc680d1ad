import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import {
  englishLexicon,
  lexiconEntry,
  lexiconFile,
  readLexicon,
  type EnglishLexicon,
} from '../../src/english-lexicon.ts';

const require = createRequire(import.meta.url);
const installed = (require('compromise') as { model(): { one: { lexicon: EnglishLexicon } } }).model().one.lexicon;

describe('English lexicon', () => {
  it('is the installed compromise lexicon, word for word and tag for tag (npm run make:english-lexicon writes it again)', () => {
    assert.deepEqual(englishLexicon(), { ...installed });
    assert.equal(Object.getPrototypeOf(englishLexicon()), Object.prototype);
  });

  it('gives a word its one tag or its several, as compromise does', () => {
    const lexicon = englishLexicon();
    assert.equal(lexicon['moscow'], installed['moscow']);
    assert.ok(
      Array.isArray(installed['paris']) ? Array.isArray(lexicon['paris']) : lexicon['paris'] === installed['paris'],
    );
    assert.equal(lexicon['zxqv'], undefined);
  });

  it('gives no entry for a word it lacks, even one every object inherits (a story\'s "constructor" or "toString")', () => {
    assert.equal(lexiconEntry('moscow'), installed['moscow']);
    for (const word of ['constructor', 'tostring', '__proto__', 'hasownproperty', 'zxqv']) {
      assert.equal(lexiconEntry(word), undefined, word);
    }
  });

  it('reads back the file it writes', () => {
    const lexicon: EnglishLexicon = {
      sergei: 'MaleName',
      may: ['Month', 'Modal'],
      the: 'Determiner',
      ivan: 'MaleName',
    };
    const file = lexiconFile(lexicon, '1.0.0');
    assert.equal(file.groups.length, 3);
    assert.deepEqual(readLexicon(file), lexicon);
  });
});
