import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../helpers/pipeline.ts';

const teams = (text: string) =>
  analyzeText(text)
    .actors.filter((a) => a.name.endsWith(' national rugby union team'))
    .map((a) => a.name)
    .sort();

describe('national rugby union teams', () => {
  it('reads the countries and home nations that play in a Six Nations story as their teams, with evidence', () => {
    const text = [
      'Ireland eye Grand Slam',
      '',
      'Ireland are going for their first Grand Slam since 1948, and England represent their sternest Six Nations ' +
        'test so far. England were beaten by Wales and France. The squad trained in South Africa last summer.',
    ].join('\n');
    assert.deepEqual(teams(text), [
      'England national rugby union team',
      'France national rugby union team',
      'Ireland national rugby union team',
      'Wales national rugby union team',
    ]);
    const england = analyzeText(text).actors.find((a) => a.name === 'England national rugby union team')!;
    assert.equal(england.country, 'GB');
    assert.ok(england.evidence.some((e) => e.sentence.startsWith('England were beaten')));
  });

  it('tags no team in a story that only mentions rugby once, nor by a capital or an abbreviation', () => {
    assert.deepEqual(teams('Gas find\n\nThe former rugby player said England and France would buy gas.'), []);
    assert.deepEqual(teams('Tour\n\nThe Six Nations side flew from Paris. The USA Eagles forward retired.'), []);
  });
});
