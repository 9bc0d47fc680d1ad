import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  averageScores,
  bylineName,
  foldOf,
  headlinesOf,
  linesWithin,
  publicationDays,
  rawTextDump,
  shingleScore,
} from '../../../src/quality/extraction-dev.ts';
import {
  daysWritten,
  printedByHeadline,
  summarise,
  type DateMiss,
  type DevPageResult,
} from '../../../src/quality/score-extraction-dev.ts';

const PAGE = `<!doctype html><html><head><title>Port strike ends | Harbour Times</title>
<style>.x{color:red}</style><script>var a = 1;</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Port strike ends after nine days</h1>
<p>Dock workers in <a href="/rotterdam">Rotterdam</a> returned to work on <em>Monday</em> after a deal on pay.</p>
<p>The union said the agreement raises wages by four percent over two years.</p></article>
<aside><h3>More stories</h3><ul><li><a href="/a">Ferry fares rise</a>Operators blame fuel costs for the increase</li></ul></aside>
<noscript>Enable JavaScript</noscript></body></html>`;

describe('extraction dev set: raw text dump', () => {
  it('puts the title first, one line per block, inline text glued, scripts and styles dropped', () => {
    assert.deepEqual(rawTextDump(PAGE).split('\n'), [
      'Port strike ends | Harbour Times',
      'Home',
      'World',
      'Port strike ends after nine days',
      'Dock workers in Rotterdam returned to work on Monday after a deal on pay.',
      'The union said the agreement raises wages by four percent over two years.',
      'More stories',
      'Ferry fares riseOperators blame fuel costs for the increase',
    ]);
  });
});

describe("extraction dev set: the markup's author as a byline prints it", () => {
  it('drops a leading By, and a role, site, handle or date the markup field adds after the name', () => {
    assert.equal(bylineName('By ROBERT BURNS, AP National Security Writer'), 'ROBERT BURNS');
    assert.equal(bylineName('Finian Cunningham. Sputnik International'), 'Finian Cunningham');
    assert.equal(bylineName('by Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET'), 'Bryan DeArdo');
    assert.equal(bylineName('Michael David Smith'), 'Michael David Smith');
    assert.equal(bylineName('By '), null);
  });
});

describe('extraction dev set: the benchmark metric', () => {
  const truth = 'Dock workers in Rotterdam returned to work on Monday after a deal on pay.';
  it('scores an exact extraction 1 and a disjoint one 0', () => {
    assert.deepEqual(shingleScore(truth, truth), { precision: 1, recall: 1 });
    assert.deepEqual(shingleScore('Ferry fares rise as operators blame fuel', truth), { precision: 0, recall: 0 });
  });
  it('counts extra shingles against precision and missing ones against recall', () => {
    const { precision, recall } = shingleScore(`Home World. ${truth}`, truth);
    assert.equal(recall, 1);
    assert.ok(precision > 0.8 && precision < 1, `precision ${precision}`);
    const half = shingleScore('Dock workers in Rotterdam returned to work', truth);
    assert.equal(half.precision, 1);
    assert.ok(half.recall < 0.5);
  });
  it('takes F1 from the averages of precision and recall over pages', () => {
    const s = averageScores([
      { precision: 1, recall: 0.5 },
      { precision: 0.5, recall: 1 },
    ]);
    assert.equal(s.precision, 0.75);
    assert.equal(s.f1, 0.75);
  });
});

describe('extraction dev set: lines within a text', () => {
  it('matches long lines by their tokens and short lines only between matched long ones', () => {
    const lines = ['World', 'Dock workers in Rotterdam returned to work', 'on Monday', 'after a deal on pay.', 'Pay'];
    assert.deepEqual(linesWithin(lines, 'Dock workers in Rotterdam returned to work on Monday after a deal on pay.'), [
      false,
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('extraction dev set: split', () => {
  it('assigns each key to a fold or the held-out part, the same every time', () => {
    const keys = Array.from({ length: 400 }, (_, i) => `page-${i}`);
    const heldOut = keys.filter((k) => foldOf(k) === null).length;
    assert.ok(heldOut > 60 && heldOut < 140, `${heldOut} held out`);
    assert.equal(foldOf('page-1'), foldOf('page-1'));
    assert.ok(keys.every((k) => foldOf(k) === null || (foldOf(k)! >= 0 && foldOf(k)! < 5)));
  });
});

describe("extraction dev set: the truth of a dump's title and date", () => {
  it("counts the markup title without its site name, and the page's h1 worded for the page", () => {
    const titles = headlinesOf('Sweden drops Assange rape investigation | BBC News', [
      'BBC News',
      'Julian Assange: Sweden drops rape investigation',
    ]);
    assert.deepEqual(titles, [
      'Sweden drops Assange rape investigation | BBC News',
      'Sweden drops Assange rape investigation',
      'Julian Assange: Sweden drops rape investigation',
    ]);
  });

  it('decodes entities the markup escaped twice, and keeps an h1 of other words out', () => {
    const titles = headlinesOf('Anthony Lynn: &#8220;We needed to win this&nbsp;game&#8221;', ['Chargers']);
    assert.deepEqual(titles, ['Anthony Lynn: \u201cWe needed to win this game\u201d']);
  });

  it('counts the day of a stamped instant in any time zone, a plain day only as written', () => {
    const instant = { iso: '2019-11-20', precision: 'day' } as const;
    assert.deepEqual(publicationDays(instant, '2019-11-20T04:31:00Z').sort(), ['2019-11-19', '2019-11-20']);
    assert.deepEqual(publicationDays(instant, '2019-11-20'), ['2019-11-20']);
    assert.deepEqual(publicationDays(instant, '2019-11-20T12:00:00'), ['2019-11-20']);
  });

  it("finds the markup's author by the headline, not in the <title> or a menu far from it", () => {
    const menu = Array.from({ length: 12 }, (_, i) => `Section ${i}`);
    const lines = [
      'Port strike ends | Harbour Times',
      'Harbour Times Radio',
      ...menu,
      'Port strike ends',
      'By Jane Doe',
    ];
    const titles = ['Port strike ends'];
    assert.ok(printedByHeadline(lines, titles, 'Jane Doe'));
    assert.ok(!printedByHeadline(lines, titles, 'Harbour Times'));
    assert.ok(!printedByHeadline(['Port strike ends', 'Jane Doe'], titles, 'Jane Doe'));
  });

  it('finds every day a dump line writes in full, in any form, and no day without its year', () => {
    const days = (line: string) => [...daysWritten(line)].sort();
    assert.deepEqual(days('PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Wed, Nov 20, 2019'), [
      '2019-11-19',
      '2019-11-20',
    ]);
    assert.deepEqual(days('By Tess Bonn - 11/19/19 06:56 AM EST'), ['2019-11-19']);
    assert.deepEqual(days('21:17 18.11.2019'), ['2019-11-18']);
    assert.deepEqual(days('2018年9月24日'), ['2018-09-24']);
    assert.deepEqual(days('Текст: Венера Ерофеева·24 сентября 2018'), ['2018-09-24']);
    assert.deepEqual(days('WASHINGTON, April 28 (RIA Novosti) - The talks'), []);
    assert.deepEqual(days('Archives: November 2019'), []);
  });
});

describe('extraction dev set: the date where the page states one', () => {
  /** A dump's result that only its date tells apart: right, missed so, or with no date in its markup (null). */
  const dated = (dateRight: boolean | null, dateMiss: DateMiss | null = null): DevPageResult => ({
    key: 'page',
    precision: 1,
    recall: 1,
    articleLines: 1,
    articleKept: 1,
    otherLines: 0,
    otherKept: 0,
    titleRight: true,
    titlePrinted: true,
    titleFound: 'Headline',
    dateRight,
    dateMiss,
    dateFound: null,
    authorRight: null,
    authorPrinted: false,
    authorByHeadline: false,
    authorFound: null,
  });

  it('counts the date over the dated pages, and apart over those whose dump prints their day', () => {
    const s = summarise([
      dated(true),
      dated(true),
      dated(false, 'not printed'),
      dated(false, 'printed, another taken'),
      dated(null),
    ]);
    assert.equal(s.datedPages, 4);
    assert.equal(s.date, 2 / 4);
    assert.equal(s.dateCeiling, 3 / 4);
    assert.equal(s.dateWhereStated, 2 / 3);
  });
});
