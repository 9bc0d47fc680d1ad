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
