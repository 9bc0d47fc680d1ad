import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { wireDatelineDate, yearlessDatelineDate } from '../../../src/extract/date.ts';
import { extractArticle, findDateInLine } from '../../../src/extract/index.ts';
import { isRejection, readArticle } from '../../../src/read/index.ts';

describe('findDateInLine', () => {
  // A null date: the line is not a dateline at all.
  const cases: Array<[string, string | null, string | null]> = [
    ['Thursday, 20 June 2024', '2024-06-20', 'day'],
    ['March 24 2021, 08:00', '2021-03-24', 'day'],
    ['2024-06-20', '2024-06-20', 'day'],
    ['20.06.2024', '2024-06-20', 'day'],
    ['Published: June 2023', '2023-06-01', 'month'],
    ['Updated: 2024-06-20', '2024-06-20', 'day'],
    ['2024-13-40', null, null],
    ['1500-06-20', null, null],
    ['Ministers may meet again in March', null, null],
    // Forms of real pages' datelines: a two-digit year, a date glued to a time or to the next word, a date opening a
    // line of other labels, Italian and Portuguese month names, the published date before the updated one.
    ['11/19/19 06:56 AM EST', '2019-11-19', 'day'],
    ['21:17 18.11.2019Get short URL', '2019-11-18', 'day'],
    ['Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago', '2019-11-20', 'day'],
    // A weekday and a time before the date, on a line that gives the updated date after it.
    ['Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM, Feb 17, 2018', '2018-02-16', 'day'],
    ['Fri 6:45 PM, Feb 16, 2018', '2018-02-16', 'day'],
    ['13/06/2014 Mary Keane All, Books, Reviews', '2014-06-13', 'day'],
    ['October 15, 2018/0 Comments/in Performance News /by admin', '2018-10-15', 'day'],
    ['02 Ago 2017', '2017-08-02', 'day'],
    ['14 de março de 2019', '2019-03-14', 'day'],
    ['March 2020 was the worst month for markets in years', null, null],
    // German, Russian and Ukrainian dates, and dates written year first by Chinese, Japanese and Korean pages.
    ['24. September 2018', '2018-09-24', 'day'],
    ['24 сентября 2018', '2018-09-24', 'day'],
    ['Опубликовано: 5 березня 2019', '2019-03-05', 'day'],
    ['2018年9月24日 10:15', '2018-09-24', 'day'],
    ['입력 2018년 9월 24일', '2018-09-24', 'day'],
    ['2018. 9. 24. 오후 3:12', '2018-09-24', 'day'],
    ['Маршрут: Москва 2018', null, null],
    // A name's credit with the day of the piece after a separator; a headline before one is not a dateline.
    ['Текст: Венера Ерофеева·24 сентября 2018', '2018-09-24', 'day'],
    ['Jane Doe | March 3, 2019', '2019-03-03', 'day'],
    ['Why the markets fell again today | March 3, 2019', null, null],
    // An update's label first and the published date after its own label; a German day before an English-spelt month.
    ['Last Updated: November 20, 2019 Published: November 19, 2019', '2019-11-19', 'day'],
    ['19. November 2019', '2019-11-19', 'day'],
    ['Updated Nov 20, 2019, first published Nov 19, 2019', '2019-11-19', 'day'],
    // A line of the page's metadata, too long for a dateline, whose first dated part is one.
    ['November 19, 2019 at 10:30 am · 4 min read · 2,345 views · 12 comments', '2019-11-19', 'day'],
    ['The ministers met again in Geneva on November 19, 2019, and agreed to meet once more in the spring', null, null],
  ];
  for (const [line, iso, precision] of cases) {
    it(`reads "${line}"`, () => {
      const found = findDateInLine(line, null);
      if (iso) assert.deepEqual(found?.date, { iso, precision });
      else assert.equal(found, null);
    });
  }

  it('does not take a sentence that mentions a date for a dateline', () => {
    assert.equal(
      findDateInLine('On February 4th, the Russian news agency Sputnik reported a joint statement', null),
      null,
    );
  });

  it('reads the date a byline runs into', () => {
    const dates = [
      'By Mary Keane - 11/19/19 06:56 AM EST',
      'by Ana September 15, 2014',
      'Written by Rachael Link, MS, RD on November 14, 2019',
    ].map((line) => {
      const article = extractArticle(
        {
          file: 'a.txt',
          hash: 'a',
          format: 'text',
          body: `A headline of the page here\n\n${line}\n\n${'The article says what happened and why it matters to readers. '.repeat(4)}`,
          frontMatter: {},
          diagnostics: [],
        },
        { retrieved: null },
      );
      return [article.author, article.date?.iso];
    });
    assert.deepEqual(dates, [
      ['Mary Keane', '2019-11-19'],
      ['Ana', '2014-09-15'],
      ['Rachael Link', '2019-11-14'],
    ]);
  });

  it('keeps a relative date as written when no retrieval date is known', () => {
    assert.deepEqual(findDateInLine('Published 2 years ago', null), { date: null, text: '2 years ago' });
  });
});

describe('wire datelines without a year', () => {
  it('dates a RIA Novosti story by its dateline in the year of the date it states a line later', () => {
    const file = 'tests/fixtures/corpus/ukraine-crisis-2014/article-72.txt';
    const raw = readArticle(file, readFileSync(file));
    assert.ok(!isRejection(raw));
    const article = extractArticle(raw, { retrieved: null });
    assert.deepEqual(article.date, { iso: '2014-04-28', precision: 'day' });
    assert.equal(article.dateText, 'WASHINGTON, April 28');
  });

  it('takes the dateline day nearest the stated date, across the turn of a year', () => {
    const found = wireDatelineDate([
      'MOSCOW, Jan. 5 (Reuters) - The talks that began on December 20, 2013 resumed on Sunday.',
    ]);
    assert.deepEqual(found?.date, { iso: '2014-01-05', precision: 'day' });
  });

  it("dates a dateline with no full date in the text by a capture's crawl day: its last such day up to it", () => {
    const dateline = (text: string) => [`${text} (Reuters) - The ceasefire benefited the army.`];
    assert.deepEqual(wireDatelineDate(dateline('KIEV, Feb. 26'), '2026-02-28')?.date, {
      iso: '2026-02-26',
      precision: 'day',
    });
    assert.deepEqual(wireDatelineDate(dateline('MOSCOW, Dec. 30'), '2026-01-03')?.date, {
      iso: '2025-12-30',
      precision: 'day',
    });
  });

  it('leaves a dateline alone when the text states no full date, or the dateline has its year', () => {
    assert.equal(wireDatelineDate(['KIEV, October 25 (RIA Novosti) - The ceasefire benefited the army.']), null);
    assert.equal(wireDatelineDate(['KIEV, October 25, 2014 - The ceasefire held, as on May 2, 2014.']), null);
    assert.equal(wireDatelineDate(['The talks resumed on April 28, as agreed on April 17, 2014.']), null);
  });
});

describe('datelines without a year by the headline', () => {
  const page = (dateline: string, text: string) =>
    extractArticle(
      {
        file: 'a.txt',
        hash: 'a',
        format: 'text',
        body: [
          'World News',
          'Ceasefire agreed near the power plant for repairs',
          dateline,
          text,
          'Engineers will need about a week to restore the two lines, the agency said in its statement.',
          'The plant has been cut off from the grid several times since the war began.',
        ].join('\n'),
        frontMatter: {},
        diagnostics: [],
      },
      { retrieved: null },
    );

  it('dates the article in the year of the full date its text states, and drops the dateline from the text', () => {
    const article = page(
      'Feb 26 | 9:05 AM',
      'The agency said on Tuesday, February 24, 2026, that both sides had agreed to a local ceasefire for the repairs.',
    );
    assert.deepEqual(article.date, { iso: '2026-02-26', precision: 'day' });
    assert.ok(!article.text.includes('9:05 AM'));
    assert.ok(article.removed.some((r) => r.text === 'Feb 26 | 9:05 AM' && r.reason.startsWith('dateline')));
  });

  it('gives no date when the text states none or only a date of history weeks away', () => {
    const said = 'The agency said both sides had agreed to a local ceasefire for the repairs, as in March 2022.';
    assert.equal(page('Feb 26 | 9:05 AM', said).date, null);
    const history = 'The plant was first shut down on 16 January 1996 after a fire, the agency said in its statement.';
    assert.equal(page('Feb 26 | 9:05 AM', history).date, null);
  });

  it("takes a capture's crawl day for the year; not a range of days, a sentence, or a date with its year", () => {
    assert.deepEqual(yearlessDatelineDate('Updated Dec 30, 10:13 ET', '', '2026-01-03')?.date, {
      iso: '2025-12-30',
      precision: 'day',
    });
    assert.equal(yearlessDatelineDate('Feb 26 - Mar 3', '', '2026-03-05'), null);
    assert.equal(yearlessDatelineDate('Talks resume on Feb 26', '', '2026-03-05'), null);
    assert.equal(yearlessDatelineDate('Feb 26, 2026', '', '2026-03-05'), null);
  });
});

describe('a dateline inside the opening of the text', () => {
  const sentence = (i: number) =>
    `The council said on its ${i}th sitting that the harbour works would go on through the winter, and residents objected.`;
  const page = (dateline: string, at: number) => {
    const text = Array.from({ length: 30 }, (_, i) => sentence(i + 1));
    text.splice(at, 0, dateline);
    return extractArticle(
      {
        file: 'a.txt',
        hash: 'a',
        format: 'text',
        body: ['Harbour works to go on through the winter', ...text].join('\n'),
        frontMatter: {},
        diagnostics: [],
      },
      { retrieved: null },
    );
  };

  it('dates an article whose header stands after its first paragraphs, and drops it from the text', () => {
    const article = page('Nov. 19, 2019, 8:41 AM UTC', 9);
    assert.deepEqual(article.date, { iso: '2019-11-19', precision: 'day' });
    assert.ok(!article.text.includes('8:41 AM'));
  });

  it("takes no date from a line past the text's first third (a comment's, an embedded post's)", () => {
    assert.equal(page('Nov. 19, 2019, 8:41 AM UTC', 20).date, null);
  });
});

describe('dates with slashes, day or month first', () => {
  const page = (dateline: string, text: string[]) =>
    extractArticle(
      {
        file: 'a.txt',
        hash: 'a',
        format: 'text',
        body: ['Saúde', 'Atendimento Domiciliar registra arrombamento em veículos', dateline, ...text].join('\n'),
        frontMatter: {},
        diagnostics: [],
      },
      { retrieved: null },
    );

  /** The opening of an English story told on pages whose header writes its date as 05/10/2018. */
  const BREAK_IN_STORY = [
    'The home care team of the Amizade district found this morning that two of the five cars of the unit had been broken into.',
    'The cars had no batteries and showed marks of vandalism, and the police came to the place to look at the damage.',
  ];

  it('reads a page in another language than English day first, and gives the date back as written', () => {
    const article = page('05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde', [
      'A equipe do Serviço de Atendimento Domiciliar, do bairro Amizade, registrou nesta manhã o arrombamento de dois dos cinco automóveis da unidade.',
      'Os veículos estavam sem as respectivas baterias e com marcas de depredação, e a polícia foi até o local para verificar os danos.',
      'Os pacientes agendados para o período da manhã desta sexta-feira estão sendo reagendados pela secretaria.',
    ]);
    assert.deepEqual(article.date, { iso: '2018-10-05', precision: 'day' });
    assert.equal(article.dateText, '05/10/2018');
  });

  it('reads a date day first after a label in a language that writes it so, even on an English page', () => {
    const article = page('Publicado em 05/10/2018', [...BREAK_IN_STORY]);
    assert.deepEqual(article.date, { iso: '2018-10-05', precision: 'day' });
    assert.equal(article.dateText, '05/10/2018');
    assert.deepEqual(findDateInLine('Atualizado em 07/10/2018 Publicado em 05/10/2018', null)?.date, {
      iso: '2018-10-05',
      precision: 'day',
    });
    assert.equal(findDateInLine('Aggiornato il 7 ottobre 2018', null)?.updated, true);
  });

  it('reads an English page month first', () => {
    const article = page('05/10/2018 - Posted by: Clarissa Borba - Category: Health', [
      ...BREAK_IN_STORY,
      'The patients booked for this morning are being given new times by the health department, it said in a statement.',
    ]);
    assert.deepEqual(article.date, { iso: '2018-05-10', precision: 'day' });
  });
});
