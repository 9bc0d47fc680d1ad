import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../../src/build/index.ts';
import { extractArticle, extractFromText } from '../../../src/extract/index.ts';
import type { RawArticle } from '../../../src/types.ts';

const PARAGRAPH_1 =
  'Foreign ministers of the two countries met in Beijing on Tuesday to discuss trade, energy supplies and the war, officials said after the talks ended.';
const PARAGRAPH_2 =
  'The talks lasted four hours and ended with a joint statement on cooperation in energy, transport and finance, according to both foreign ministries.';

function extract(raw: string, retrieved: string | null = null) {
  return extractFromText(raw, { retrieved });
}

describe('extractFromText', () => {
  it('drops teasers written in words it has never seen, by their structure', () => {
    const page = [
      'Andere Meldungen',
      '',
      'Stadtrat beschließt neuen Haushalt',
      'Der Stadtrat hat am Abend den Haushalt für das kommende Jahr mit großer Mehrheit…',
      '',
      'Ministers meet in Beijing',
      '',
      PARAGRAPH_1,
      '',
      PARAGRAPH_2,
      '',
      'Weitere Artikel',
      '',
      'Flughafen meldet Rekord bei Passagierzahlen',
      'Der Flughafen der Hauptstadt hat im vergangenen Monat so viele Fluggäste wie nie…',
      'Bahn kündigt neue Verbindungen an',
      'Ab dem Fahrplanwechsel im Dezember sollen zusätzliche Züge zwischen den Städten…',
    ].join('\n');
    const article = extract(page);
    assert.equal(article.title, 'Ministers meet in Beijing');
    assert.equal(article.text, `${PARAGRAPH_1}\n\n${PARAGRAPH_2}`);
    assert.ok(article.removed.some((r) => r.text.includes('Flughafen') && r.reason.length > 0));
  });

  it('takes the author from a byline with a role and the date from the stamp that was published first', () => {
    const article = extract(
      [
        'Ministers meet in Beijing',
        '',
        'By Jane Doe, Diplomatic Editor',
        'Published: 14:32, 15 December 2004 | Updated: 09:10, 16 December 2004',
        '',
        PARAGRAPH_1,
      ].join('\n'),
    );
    assert.equal(article.author, 'Jane Doe');
    assert.deepEqual(article.date, { iso: '2004-12-15', precision: 'day' });
    assert.doesNotMatch(article.text, /Jane Doe|Published/);
  });

  it('takes the author from a byline with no "By" that the header marks as one, and drops it from the text', () => {
    const header = (lines: string[]) =>
      extract(['Ministers meet in Beijing', '', ...lines, '', PARAGRAPH_1, '', PARAGRAPH_2].join('\n'));
    for (const [lines, author] of [
      [['Debbie White', '18 Nov 2019, 19:09'], 'Debbie White'],
      [['Catherine Shu', '@catherineshu'], 'Catherine Shu'],
      [['Chris Pokorny@DawgsByNature', 'Nov 18, 2019, 11:47am EST'], 'Chris Pokorny'],
      [['Emre Gurkan Abay |'], 'Emre Gurkan Abay'],
      [['Ryan Reed', 'Ryan Reed', 'Reporter'], 'Ryan Reed'],
      [['By', 'Newsroom', 'Feb 27, 2026'], 'Newsroom'],
      [['Author:', 'Practical Horseman Editorial Staff', 'Feb 27, 2026'], 'Practical Horseman Editorial Staff'],
      [['Chris Davies - Nov 19, 2019, 10:31 pm CST'], 'Chris Davies'],
      [['Monday November 18, 2019 7:45 am PST by Joe Rossignol'], 'Joe Rossignol'],
      [['Thomson Reuters', 'Feb 26, 2026 9:05 AM', 'By Anna Hirtenstein'], 'Anna Hirtenstein'],
      [['By Ana Ruiz, Bo Lindqvist and Cyril Wu', 'Feb 26, 2026'], 'Ana Ruiz, Bo Lindqvist and Cyril Wu'],
      [['By Michael HiltzikBusiness Columnist', 'Nov. 19, 2019'], 'Michael Hiltzik'],
      [['REUTERS', '19 NOV 2019'], 'REUTERS'],
      [['Associated Press', 'Published', '11:26 pm EST, Tuesday, November 19, 2019'], 'Associated Press'],
      [['VICTOR TANGERMANN, FUTURISM', '18 NOV 2019'], 'VICTOR TANGERMANN'],
      [
        ['Robert Burns, AP National Security Writer', 'Updated', '5:27 am CST, Wednesday, November 20, 2019'],
        'Robert Burns',
      ],
      [['Updated on: November 19, 2019 / 10:07 AM', '/ CBS News'], 'CBS News'],
      [['November 12, 2018', '| BY: Beachbody'], 'Beachbody'],
      [['By admin - 2018-09-16'], 'admin'],
      [['October 15, 2018/0 Comments/in Performance News /by jdadmin'], 'jdadmin'],
      [['13/06/2014 Tony Carter All, Books, Kit Reviews'], 'Tony Carter'],
    ] as const) {
      const article = header([...lines]);
      assert.equal(article.author, author, lines.join(' / '));
      assert.equal(article.text, `${PARAGRAPH_1}\n\n${PARAGRAPH_2}`, lines.join(' / '));
    }
  });

  it('takes a "By" line under a standfirst and a picture\'s caption when the header named no one', () => {
    const article = extract(
      [
        'Ministers meet in Beijing',
        'The talks are the first in two years, and both sides hope they will end the dispute over trade, experts say.',
        'The foreign ministers at the airport in Beijing on Tuesday.Credit...Jane Roe/Eastbridge Wire',
        'By Ana Swanson',
        PARAGRAPH_1,
        PARAGRAPH_2,
      ].join('\n'),
    );
    assert.equal(article.author, 'Ana Swanson');
    assert.doesNotMatch(article.text, /By Ana Swanson/);
  });

  it('takes the author from a note about the author after the text when the header named no one', () => {
    const article = extract(
      [
        'Ministers meet in Beijing',
        '',
        PARAGRAPH_1,
        '',
        PARAGRAPH_2,
        '',
        'Pamela Wilson',
        'Pamela Wilson is a reporter who covers trade and energy for Eastbridge Wire.',
      ].join('\n'),
    );
    assert.equal(article.author, 'Pamela Wilson');
  });

  it('reads no author from a piece of a hard-wrapped sentence that opens with "by"', () => {
    const article = extract(
      [
        'TAFT REJECTS 145 DLR/SHR OFFER',
        '',
        'CINCINNATI, Ohio, March 12 - Taft Broadcasting Co said its',
        'board of directors unanimously decided not to accept the',
        'pending buyout proposal of an investor group led',
        'by Dudley Taft.',
        '    The decision was based on, among other things, the advice',
        'of its financial advisors that the offer was inadequate.',
      ].join('\n'),
    );
    assert.equal(article.author, null);
    assert.match(article.text, /led by Dudley Taft\./);
  });

  it('reads no author from a sentence that opens with "By" and a year', () => {
    const sentence = 'By early 2005 the net could have two new domain names, the body that runs them said on Tuesday.';
    const article = extract(['Ministers meet in Beijing', '', sentence, '', PARAGRAPH_1].join('\n'));
    assert.equal(article.author, null);
    assert.match(article.text, /^By early 2005/);
  });

  it('takes no author from a short line of the header that is no byline', () => {
    const article = extract(
      ['Ministers meet in Beijing', '', 'Key Points', '18 Nov 2019, 19:09', '', PARAGRAPH_1].join('\n'),
    );
    assert.equal(article.author, null);
    const alone = extract(['Ministers meet in Beijing', '', 'Debbie White', '', PARAGRAPH_1].join('\n'));
    assert.equal(alone.author, null);
  });

  it('takes the published date, not the updated one, when the page prints the update first on a line of its own', () => {
    const article = extract(
      [
        'Ministers meet in Beijing',
        '',
        'Last updated: 16 December 2004',
        'By Jane Doe',
        'Published: 15 December 2004',
        '',
        PARAGRAPH_1,
      ].join('\n'),
    );
    assert.deepEqual(article.date, { iso: '2004-12-15', precision: 'day' });
    assert.doesNotMatch(article.text, /updated|Published/);
  });

  it('leaves a relative date undated without a retrieval date, and resolves it with one', () => {
    const page = [
      'Ministers meet in Beijing',
      '',
      'By Jane DoePublished 3 years ago • 2 min read',
      '',
      PARAGRAPH_1,
    ].join('\n');
    const undated = extract(page);
    assert.equal(undated.author, 'Jane Doe');
    assert.equal(undated.date, null);
    assert.equal(undated.dateText, '3 years ago');
    assert.deepEqual(extract(page, '2026-03-01').date, { iso: '2023-01-01', precision: 'year' });
  });

  it('does not take a date inside the story for the publication date', () => {
    const article = extract(
      [
        'Ministers meet in Beijing',
        '',
        'On February 4th, 2022, the two leaders signed a joint statement in Beijing on a partnership without limits.',
        '',
        PARAGRAPH_1,
      ].join('\n'),
    );
    assert.equal(article.date, null);
  });

  it('reads the publisher from a source line, an "originally published" note or a copyright footer', () => {
    const page = (closing: string) => ['Ministers meet in Beijing', '', PARAGRAPH_1, '', closing].join('\n');
    assert.equal(extract(page('Source: Eastbridge Wire')).source, 'Eastbridge Wire');
    assert.equal(
      extract(page('This article was originally published in The Northern Review.')).source,
      'The Northern Review',
    );
    assert.equal(extract(page('© 2023 Eastbridge Daily. All rights reserved.')).source, 'Eastbridge Daily');
    assert.equal(extract(page('Source: https://www.example-news.com/world/ministers-meet')).source, 'example-news.com');
  });

  it('names no publisher from a copyright footer without a name, or from a headline about copyright', () => {
    assert.equal(
      extract(['Ministers meet in Beijing', '', PARAGRAPH_1, '', 'Copyright © 2026. All Rights Reserved.'].join('\n'))
        .source,
      null,
    );
    const article = extract(['Honda wins China copyright ruling', '', PARAGRAPH_1].join('\n'));
    assert.equal(article.title, 'Honda wins China copyright ruling');
    assert.equal(article.source, null);
  });

  it('joins hard-wrapped wire copy into its paragraphs and keeps the sign-off', () => {
    const page = [
      'CHINA SETS UP NEW FINANCIAL INSTITUTION',
      '',
      'PEKING, March 30 - China has set up a new nationwide',
      'financial institution which will handle foreign exchange and',
      "renminbi deposits and loans, the People's Daily said.",
      '    The new institution is a unit of state-owned Everbright',
      'Holding Co of Peking, which has had a turnover of 500 mln dlrs.',
      ' REUTER',
    ].join('\n');
    const article = extract(page);
    assert.deepEqual(article.blocks, [
      {
        kind: 'paragraph',
        text: "PEKING, March 30 - China has set up a new nationwide financial institution which will handle foreign exchange and renminbi deposits and loans, the People's Daily said.",
      },
      {
        kind: 'paragraph',
        text: 'The new institution is a unit of state-owned Everbright Holding Co of Peking, which has had a turnover of 500 mln dlrs.',
      },
      { kind: 'paragraph', text: 'REUTER' },
    ]);
  });

  it('keeps every line of a long hard-wrapped wire story: its lines are pieces of sentences, not a page to sift', () => {
    const file = path.join(REPO_ROOT, 'tests', 'fixtures', 'corpus', 'reuters-21578', 'reut-17429.txt');
    const article = extract(readFileSync(file, 'utf8'));
    assert.deepEqual(article.removed, []);
    const text = article.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    assert.match(text, /^HOUSTON, April 29 - China's oil drilling industry is one of the few bright spots/);
    assert.match(text, /The optimism in China is in sharp contrast to the United States where weak oil prices/);
  });

  it('keeps the whole of a hard-wrapped wire story that holds a table, its headline and opening included', () => {
    // Rows of figures are short or end in a point ("N.A."): most lines do not look wrapped, yet no line is longer
    // than the wrap's width, as every paragraph of a scraper's dump would be.
    const rows = (country: string) => [
      `    ${country} WHEAT, in mln tonnes --`,
      '               1986/87           1985/86',
      '          04/09/87 03/09/87  04/09/87 03/09/87',
      ' Start Stocks  N.A.    N.A.      N.A.    N.A.',
      ' Production   41.20   41.20     38.90   38.90',
      ' Imports       2.10    1.80      3.40    3.40',
      ' Exports        NIL     NIL       NIL     NIL',
      ' End Stocks    N.A.    N.A.      N.A.    N.A.',
      ' N.A. - Not Available.',
    ];
    const page = [
      'WHEAT SUPPLY/DEMAND BY COUNTRY -- USDA',
      '',
      'WASHINGTON, April 9 - The U.S. Agriculture Department',
      'detailed world supply/demand data for major importers and',
      'exporters of wheat, by country, as follows in mln tonnes --',
      ...rows('USSR'),
      ...rows('CHINA'),
      ...rows('INDIA'),
      ' Reuter',
    ].join('\n');
    const article = extract(page);
    assert.equal(article.title, 'WHEAT SUPPLY/DEMAND BY COUNTRY -- USDA');
    assert.deepEqual(article.blocks[0], {
      kind: 'paragraph',
      text: 'WASHINGTON, April 9 - The U.S. Agriculture Department detailed world supply/demand data for major importers and exporters of wheat, by country, as follows in mln tonnes --',
    });
    const text = article.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    assert.match(text, /^INDIA WHEAT, in mln tonnes --$/m);
    assert.match(text, /^Production 41\.20 41\.20 38\.90 38\.90$/m);
  });

  it('takes no piece of a hard-wrapped sentence that nearly says the headline for the headline', () => {
    const page = [
      'U.S. VENTURE IN CHINA TO MAKE FERTILISER',
      '',
      'PEKING, March 2 - <Acme Co> of the United States signed',
      'a contract with a provincial company to set up the first',
      'U.S. Joint venture in China to make fertiliser, the',
      'New China News Agency said.',
      '    It said total investment in the new venture is 2.4 mln',
      'dlrs, and the venture will be based in Shanghai.',
      ' REUTER',
    ].join('\n');
    const article = extract(page);
    assert.equal(article.title, 'U.S. VENTURE IN CHINA TO MAKE FERTILISER');
    assert.deepEqual(article.removed, []);
    assert.match(article.text, /^PEKING, March 2 - <Acme Co> of the United States signed a contract/);
  });

  it('takes no date from a piece of a wrapped sentence, and keeps the piece in the text', () => {
    const page = [
      'ACME CORP <ACME> 1ST QTR JAN 31 NET',
      '',
      'NORWALK, Conn., March 4 - Shr 20 cts vs 15 cts',
      '    Net 345,970 vs 257,252',
      '    Revs 14.0 mln vs 13.4 mln',
      '    NOTE: Share adjusted for five pct stock dividend in',
      'December 1986.',
      ' Reuter',
    ].join('\n');
    const article = extract(page);
    assert.equal(article.date, null);
    assert.deepEqual(article.removed, []);
    assert.match(article.text, /NOTE: Share adjusted for five pct stock dividend in\s+December 1986\./);
  });

  it('still reads a date alone or a byline under a headline that ends in a lower-case word', () => {
    const byline = extract(
      ['NASA adds five companies to its lunar lander program', 'by Jane Doe — November 18, 2019', PARAGRAPH_1].join(
        '\n',
      ),
    );
    assert.equal(byline.date?.iso, '2019-11-18');
    const dateline = extract(
      ['NASA adds five companies to its lunar lander program', 'Nov 18, 2019 10:13', PARAGRAPH_1].join('\n'),
    );
    assert.equal(dateline.date?.iso, '2019-11-18');
  });

  it('renders bullet and numbered lines as lists', () => {
    const article = extract(
      [
        'Four reasons for the talks',
        '',
        PARAGRAPH_1,
        '',
        '1. Energy supplies.',
        '2. Trade routes.',
        '',
        PARAGRAPH_2,
        '',
        '• Oil',
        '• Gas',
      ].join('\n'),
    );
    assert.deepEqual(
      article.blocks.filter((b) => b.kind === 'list'),
      [
        { kind: 'list', ordered: true, items: ['Energy supplies.', 'Trade routes.'] },
        { kind: 'list', ordered: false, items: ['Oil', 'Gas'] },
      ],
    );
  });
});

describe('extractArticle', () => {
  const raw = (
    format: RawArticle['format'],
    body: string,
    frontMatter: RawArticle['frontMatter'] = {},
  ): RawArticle => ({
    file: `a.${format === 'markdown' ? 'md' : 'txt'}`,
    hash: '0'.repeat(64),
    format,
    body,
    frontMatter,
    diagnostics: [],
  });

  it('does not clean Markdown: a curated article keeps every line', () => {
    const article = extractArticle(raw('markdown', `# Talks in Beijing\n\nShare post:\n\n${PARAGRAPH_1}`), {
      retrieved: null,
    });
    assert.equal(article.title, 'Talks in Beijing');
    assert.equal(article.text, `Share post:\n\n${PARAGRAPH_1}`);
    assert.deepEqual(article.removed, []);
  });
});

describe('extractFromText: a dateline cut off from the headline', () => {
  it('dates the article by the nearest dateline above its text, behind a breadcrumb', () => {
    const dump = [
      'Harbour authority approves new container terminal | Coastal Courier',
      'Home',
      'News',
      'March 3, 2024',
      'Business › Ports › Shipping › Harbour',
      'Harbour authority approves new container terminal',
      'The harbour authority on Tuesday approved plans for a container terminal on the northern quay, ending a planning dispute that had lasted more than four years.',
      "The terminal will handle up to 400,000 containers a year once it opens in 2027, the authority said in a statement, roughly doubling the port's present capacity.",
      'Local residents had objected to the project, arguing that heavier lorry traffic would clog the coastal road and that night-time loading would keep neighbourhoods awake.',
      'About us',
      'Privacy policy',
    ].join('\n');
    const article = extractFromText(dump, { retrieved: null });
    assert.deepEqual(article.date, { iso: '2024-03-03', precision: 'day' });
    const dateline = article.removed.find((r) => r.text === 'March 3, 2024');
    assert.equal(
      dateline?.reason,
      "dateline, the article's date: none in the header, the nearest dateline above the text",
    );
  });
});
