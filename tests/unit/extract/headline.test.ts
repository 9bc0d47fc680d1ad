import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractArticle } from '../../../src/extract/index.ts';
import { isRejection, readArticle } from '../../../src/read/index.ts';

function extractFile(file: string) {
  const raw = readArticle(file, readFileSync(file));
  assert.ok(!isRejection(raw));
  return extractArticle(raw, { retrieved: null });
}

function extractText(text: string) {
  const raw = readArticle('page.txt', new TextEncoder().encode(text));
  assert.ok(!isRejection(raw));
  return extractArticle(raw, { retrieved: null });
}

describe('headlines never cut a sentence in two', () => {
  it('keeps the first line of a hard-wrapped White House readout in its text', () => {
    const article = extractFile('tests/fixtures/corpus/scraped-2018-2026/wh2022-biden-xi-call-readout.txt');
    assert.match(
      article.text,
      /^President Joseph R\. Biden, Jr\. spoke today with President Xi Jinping of the People’s Republic of China \(PRC\)\./,
    );
    assert.ok(!article.removed.some((r) => r.text.includes('spoke today')));
  });

  it('still takes a headline standing above hard-wrapped copy', () => {
    const article = extractText(
      [
        'Ministers agree on new grain corridor',
        '',
        'The ministers of the three countries agreed on Tuesday to open a new',
        'corridor for grain shipments across the Black Sea, officials said after',
        'talks that lasted well into the night in the Turkish capital.',
      ].join('\n'),
    );
    assert.equal(article.title, 'Ministers agree on new grain corridor');
  });
});

describe("a scraper's dump: its first line is the page's <title>", () => {
  const paragraphs = [
    'The ferry operator said on Monday that fares on the island routes would rise by a tenth from the spring, blaming the cost of fuel and of the new terminal.',
    'Islanders have complained for years that the crossings cost more than flights, and the council has asked the operator to hold the fares for residents.',
    'A spokesman for the operator said the company had lost money on the routes for three years and could not keep the old fares without a subsidy.',
    'The council will meet the operator next week to discuss a discount card for islanders who cross more than twice a month.',
  ];

  it('takes the line repeating it for the headline, before a share widget repeats it again, and reads the date under it', () => {
    const article = extractText(
      [
        'Ferry fares to rise by a tenth on island routes - Harbour Times',
        'Skip to main content',
        'News',
        'Sport',
        'Most read',
        'Council approves new bus lanesThe plan adds four lanes in the centre',
        'Filed under:',
        'Ferry fares to rise by a tenth on island routes',
        'The operator blames the cost of fuel.',
        'By',
        'Mary Keane',
        'Mar 3, 2021, 9:05am GMT',
        'Share this story',
        'Ferry fares to rise by a tenth on island routes',
        ...paragraphs,
        'More from Harbour Times',
      ].join('\n'),
    );
    assert.equal(article.title, 'Ferry fares to rise by a tenth on island routes');
    assert.equal(article.date?.iso, '2021-03-03');
  });

  it("spaces a headline as the <title> does when the dump glued a kicker's link to it", () => {
    const article = extractText(
      [
        'Opinion | Ferry fares to rise by a tenth on island routes - Harbour Times',
        'News',
        'Sport',
        'Opinion|Ferry fares to rise by a tenth on island routes',
        'By Mary Keane',
        'Mar 3, 2021, 9:05am GMT',
        ...paragraphs,
      ].join('\n'),
    );
    assert.equal(article.title, 'Opinion | Ferry fares to rise by a tenth on island routes');
    assert.equal(article.date?.iso, '2021-03-03');
  });

  it('takes no photo credit above the dateline for the headline, when a menu hides the headline, and reads the date glued to a share link', () => {
    const article = extractText(
      [
        'Island Fares Soar - Harbour Times',
        'Photo',
        'Listen Live',
        'Search',
        'Island Fares Soar',
        '©',
        'HARBOUR PHOTOS / POOL',
        'Columnists',
        '21:17 18.11.2019Get short URL',
        'by Mary Keane',
        ...paragraphs,
      ].join('\n'),
    );
    assert.equal(article.title, 'Island Fares Soar');
    assert.equal(article.date?.iso, '2019-11-18');
  });

  it('reads a dateline standing below a standfirst and a newsletter sign-up', () => {
    const article = extractText(
      [
        'Ferry fares to rise by a tenth on island routes - Harbour Times',
        'News',
        'Sport',
        'Ferry fares to rise by a tenth on island routes',
        'The operator blames the cost of fuel and of the new terminal, and islanders say they will pay more than fliers.',
        'Breaking News Emails',
        'Get breaking news alerts and special reports. The stories that matter, delivered weekday mornings.',
        'SUBSCRIBE',
        'Nov. 19, 2019, 8:41 AM UTC',
        'By Mary Keane',
        ...paragraphs,
      ].join('\n'),
    );
    assert.equal(article.date?.iso, '2019-11-19');
    assert.ok(!article.text.includes('8:41 AM'));
  });

  it('does not take the site line repeated in the footer for the headline', () => {
    const article = extractText(
      [
        'Slow journalism for fast times',
        'Menu',
        'News',
        'Sport',
        'Island fares to rise by a tenth',
        ...paragraphs,
        'About us',
        'Slow journalism for fast times',
        '© 2021 Harbour Times',
      ].join('\n'),
    );
    assert.equal(article.title, 'Island fares to rise by a tenth');
  });

  it("takes a two-word headline from the page's <title>, less the site's name the footer repeats, though a menu holds it", () => {
    const page = (footer: string) =>
      extractText(
        [
          'About bugs – Vortex Cannon Entertainment',
          'Home',
          'Blog',
          'Games',
          'Aug',
          'Column',
          'About bugs',
          'August 13, 2018',
          ...paragraphs,
          footer,
        ].join('\n'),
      );
    assert.equal(page('© 2018 Vortex Cannon Entertainment. All rights reserved').title, 'About bugs');
    // Without the footer naming it, a short last part may be the headline's own.
    assert.equal(page('All rights reserved').title, 'About bugs – Vortex Cannon Entertainment');
  });
});

describe('bylines without "By"', () => {
  it('reads a name followed by its newsroom role as the author, and keeps it out of the text', () => {
    const article = extractText(
      [
        'Ferry fares to rise by a tenth on island routes',
        '',
        'Tomasz Wrobel, Staff reporter',
        'Updated 2022-12-08',
        '',
        'The ferry operator said on Monday that fares on the island routes would rise by a tenth from the spring.',
        '',
        'Islanders have complained for years that the crossings cost more than flights, the council said.',
      ].join('\n'),
    );
    assert.equal(article.author, 'Tomasz Wrobel');
    assert.equal(article.date?.iso, '2022-12-08');
    assert.doesNotMatch(article.text, /Staff reporter/);
  });

  it('does not take a sentence naming a role for a byline', () => {
    const article = extractText(
      [
        'Ferry fares to rise by a tenth on island routes',
        '',
        'The ferry operator said on Monday that fares would rise, according to Anna Keane, a staff reporter.',
        '',
        'Islanders have complained for years that the crossings cost more than flights, the council said.',
      ].join('\n'),
    );
    assert.equal(article.author, null);
  });
});
