import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparableName, foldNameWord } from '../../../src/tag/names.ts';
import { analyzeText } from '../../helpers/pipeline.ts';

const actorIds = (text: string) =>
  analyzeText(text)
    .actors.filter((a) => !a.discovered)
    .map((a) => a.id)
    .sort();

describe('name variants', () => {
  it('reads the transliterations of one name as one actor, though the actors file lists one spelling', () => {
    for (const spelling of ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskyi', 'ZELENSKYY']) {
      assert.deepEqual(actorIds(`Talks\n\nVolodymyr ${spelling} spoke on Friday.`), ['volodymyr-zelensky'], spelling);
    }
    for (const spelling of ['Sergei Lavrov', 'Sergey Lavrov', 'Dmitri Peskov', 'Dmitriy Peskov', 'Aleksei Navalny']) {
      assert.equal(actorIds(`Talks\n\n${spelling} spoke on Friday.`).length, 1, spelling);
    }
  });

  it('reads a name with a middle initial, without accents or with more of it after it as the actor', () => {
    assert.deepEqual(actorIds('Talks\n\nKurt M. Campbell flew in.'), ['kurt-campbell']);
    assert.deepEqual(actorIds('Talks\n\nViktor Orban and Recep Tayyip Erdogan met.'), [
      'recep-tayyip-erdogan',
      'viktor-orban',
    ]);
    assert.deepEqual(actorIds('Talks\n\nJohn Lee Ka-chiu, the chief executive, spoke.'), ['john-lee']);
    assert.deepEqual(actorIds('Talks\n\nKim Jong-Un spoke.'), ['kim-jong-un']);
    assert.deepEqual(actorIds('Talks\n\nKim Yo-Jong spoke.'), ['kim-yo-jong']);
  });

  it('does not fold short Chinese names or words that are not names', () => {
    assert.equal(foldNameWord('Xi'), 'Xi');
    assert.equal(foldNameWord('Yi'), 'Yi');
    assert.equal(foldNameWord('talks'), 'talks');
  });

  it('gives full names one comparable form across spellings, initials and corporate endings', () => {
    assert.equal(comparableName('Kurt M. Campbell'), comparableName('Kurt Campbell'));
    assert.equal(comparableName('Texaco Inc.'), comparableName('Texaco'));
    assert.equal(comparableName('The Carlyle Group'), comparableName('Carlyle'));
    assert.equal(comparableName('Sergei Lavrov'), comparableName('Sergey Lavrov'));
    assert.equal(comparableName('U.S. Agriculture Department'), comparableName('US Agriculture Department'));
    assert.notEqual(comparableName('Group'), '');
    assert.notEqual(comparableName('Jake Sullivan'), comparableName('Jake Sullivan Jr Smith'));
  });
});
