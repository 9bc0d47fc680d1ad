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

  it('reads a city by its English name where GeoNames writes it in its own language (Genève, Frankfurt am Main)', () => {
    assert.deepEqual(codes('Bank\n\nFRANKFURT, March 6 - Den Danske Bank of Denmark is raising its programme.'), [
      'DE',
      'DK',
    ]);
    assert.deepEqual(codes('Talks\n\nThe talks resumed in Geneva on Monday.'), ['CH']);
    // The small namesake still answers to its qualifier.
    assert.deepEqual(codes('Plant\n\nThe plant in Geneva, Ill., closed on Monday.'), ['US']);
  });

  it('takes a far larger namesake over a small one in a country the article names', () => {
    assert.deepEqual(codes('Talks\n\nRussia and the United States met in Geneva on April 17.'), ['CH', 'RU', 'US']);
    assert.deepEqual(codes("Athletics\n\nBritain's Kelly Holmes watched the race in Boston on Saturday."), [
      'GB',
      'US',
    ]);
    // Not when the namesake in the named country is a city of some size: New Mexico's, not Argentina's.
    assert.deepEqual(
      codes(
        'Railroads\n\nThe United States regulator rejected the merger of the Santa Fe and Southern Pacific Railroads.',
      ),
      ['US'],
    );
    // Nor when it is a city that would be read alone: Florida's Melbourne, not Australia's.
    assert.deepEqual(codes('Airline\n\nThe U.S. airline will serve Orlando and Melbourne from May.'), ['US']);
    // A region of a named country is that region, whatever the size of a city of its name elsewhere.
    assert.deepEqual(codes('Visit\n\nThe US president met him at his residence in Florida.'), ['US']);
  });

  it('reads a place after a comma where it has no namesake as the next of a list, not its qualifier', () => {
    assert.deepEqual(codes('Talks\n\nThe talks in Geneva, Abu Dhabi and Miami made no breakthrough.'), [
      'AE',
      'CH',
      'US',
    ]);
    // A state's abbreviation after the comma is always its qualifier: a town of New York, not Liverpool.
    assert.deepEqual(codes('Results\n\nLIVERPOOL, N.Y., March 4 - Shr profit three cts vs loss nine cts.'), ['US']);
  });

  it("reads the United Kingdom's counties and districts as its regions, a county that is also a name with a cue", () => {
    assert.deepEqual(codes('Floods\n\nRivers burst their banks in Lancashire and Fife.'), ['GB']);
    assert.deepEqual(codes('Trip\n\nShe planned a trip to Norfolk, England.'), ['GB']);
    // Kent the surname, Norfolk of Virginia: no cue, or another country named.
    assert.deepEqual(codes('Interview\n\nKent said he would stay.'), []);
    assert.deepEqual(codes('Storm\n\nIn the United States, the storm reached Norfolk.'), ['US']);
    assert.deepEqual(codes('Storm\n\nThe storm reached Dover, Kent, on Monday.'), ['GB']);
  });

  it("reads a British town by its first word and a county named after a town as neither that town's namesakes", () => {
    // Newcastle upon Tyne and Stockton-on-Tees, in stories naming England; South Africa's and California's namesakes
    // are larger.
    assert.deepEqual(codes("Rugby\n\nEngland's players meet at their Surrey base after the win against Newcastle."), [
      'GB',
    ]);
    assert.deepEqual(codes('Polls\n\nEngland votes in Bristol and Stockton on Tees.'), ['GB']);
    assert.deepEqual(codes('Transit\n\nA system is to be installed in Nassau County, N.Y.'), ['US']);
  });

  it('reads a region that qualifies a place as that region, and the places after a dateline in its country', () => {
    // California's city of Ontario and Cuba's of Florida are more populous than a region (no population) or a town.
    assert.deepEqual(codes('Plant\n\nThe plant in Windsor, Ontario, closed, and its Essex, Ontario engine plant.'), [
      'CA',
    ]);
    assert.deepEqual(
      codes("Treasury bill yield edges up\n\nTORONTO, March 3 - This week's Ontario government auction was held."),
      ['CA'],
    );
    assert.deepEqual(codes('Frost hits citrus groves\n\nMIAMI, March 3 - Frost hit groves across Florida.'), ['US']);
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

  it('does not read a place in the name of a street, a ground, an agreement or a shoal named after it', () => {
    // Lansdowne Road is Dublin's ground, not a town of South Africa; Stamford Bridge is Chelsea's, not Connecticut's.
    assert.deepEqual(
      codes(
        'Rugby\n\nIreland consigned England to their third straight defeat with a stirring victory at Lansdowne Road.',
      ),
      ['GB', 'IE'],
    );
    assert.deepEqual(codes('Football\n\nThe Blues won the first leg at Stamford Bridge 3-1.'), []);
    assert.deepEqual(
      codes(
        'Talks\n\nThe interim government was set up after the 1993 agreement known as the Oslo Accords was signed.',
      ),
      [],
    );
    assert.deepEqual(
      codes(
        'Sea\n\nBeijing sends its coastguard vessels to Scarborough Shoal in the Philippines’ exclusive economic zone.',
      ),
      ['CN', 'PH'],
    );
    // The place itself, and a club, a paper or a building of the place, still name it.
    assert.deepEqual(codes('Talks\n\nThe two sides met in Oslo on Monday.'), ['NO']);
    assert.deepEqual(codes('Football\n\nHe scored twice for Manchester United on Saturday.'), ['GB']);
    assert.deepEqual(codes('Football\n\nHe joined Bristol Rovers in May.'), ['GB']);
  });
});
