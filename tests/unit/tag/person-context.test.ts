import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCommonWord, isFunctionWord, isKnownName, lexiconTags } from '../../../src/tag/person-context.ts';
import { analyzeText } from '../../helpers/pipeline.ts';

describe("the English lexicon's words", () => {
  it('knows only the words the lexicon lists, not what every object inherits ("constructor")', () => {
    for (const word of ['Constructor', 'constructor', '__proto__']) {
      assert.deepEqual(lexiconTags(word), [], word);
      assert.equal(isCommonWord(word), false, word);
      assert.equal(isKnownName(word), false, word);
      assert.equal(isFunctionWord(word), false, word);
    }
    assert.equal(isCommonWord('bank'), true);
  });

  it('tags a company called "Constructor" that the text describes as a firm, as it would any unlisted name', () => {
    const { actors } = analyzeText(
      ['Shipyard sold', '', 'The Glasgow yard was sold to Constructor, a Toronto building firm, on Monday.'].join('\n'),
    );
    const constructor = actors.find((a) => a.name === 'Constructor');
    assert.ok(constructor, actors.map((a) => a.name).join(', '));
    assert.equal(constructor.type, 'organization');
  });
});
