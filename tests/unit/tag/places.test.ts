import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../helpers/pipeline.ts';

const codes = (text: string) =>
  analyzeText(text)
    .countries.map((c) => c.code)
    .sort();

describe('places inside countries', () => {
  it('reads a wire dateline and a qualified city as their countries', () => {
    const article = analyzeText(
      'Unit sold\n\nCOMMACK, N.Y., March 3 - The company sold shares to a firm of Houston, Tex., and to a buyer of Lugano, Switzerland.',
    );
    assert.deepEqual(article.countries.map((c) => c.code).sort(), ['CH', 'US']);
    const us = article.countries.find((c) => c.code === 'US')!;
    assert.ok(us.primary, 'the dateline puts the United States in the lead');
    assert.ok(
      us.evidence.some((e) => e.match === 'COMMACK' && e.place?.includes('NY')),
      'the evidence says which place was read',
    );
  });

  it('reads England, Scotland, Wales and Northern Ireland as the United Kingdom', () => {
    assert.deepEqual(codes('Rugby\n\nWales beat Scotland after England lost.'), ['GB']);
    assert.deepEqual(codes('Vote\n\nNorthern Ireland voted.'), ['GB']);
  });

  it('prefers the namesake in a country the article names, else the most populous', () => {
    assert.deepEqual(codes('Storm\n\nFloods hit Manchester overnight.'), ['GB']);
    assert.deepEqual(codes('Storm\n\nIn the United States, floods hit Manchester overnight.'), ['US']);
  });

  it('does not read words and names as places without a cue', () => {
    assert.deepEqual(codes('Books\n\nReading is down. Mr Lincoln said Victoria was right.'), []);
    assert.deepEqual(codes('Plans\n\nThe vote is in March. The world split into East and West.'), []);
    assert.deepEqual(codes("Rugby\n\nBrian O'Driscoll scored."), []);
  });

  it('does not read a country inside a longer proper name', () => {
    // Donetsk is a city of Ukraine; "People's Republic" in the rebels' name is not China.
    assert.deepEqual(codes("Rebels\n\nThe Donetsk People's Republic declared itself a state."), ['UA']);
    assert.deepEqual(codes("Football\n\nThe squad trained at St. George's Park on Monday."), []);
  });
});
