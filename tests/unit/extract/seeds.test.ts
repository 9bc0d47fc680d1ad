import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractArticle } from '../../../src/extract/index.ts';
import { isRejection, readArticle } from '../../../src/read/index.ts';
import { SEED_FILES, seedText } from '../../helpers/archive.ts';
import { loadExpectedCases } from '../../../src/quality/score-extraction.ts';

function extractSeed(file: string, retrieved: string | null = null) {
  const raw = readArticle(file, new TextEncoder().encode(seedText(file)));
  assert.ok(!isRejection(raw));
  return extractArticle(raw, { retrieved });
}

describe('extraction of the seed articles', () => {
  it('finds the real headline, not a widget label or a teaser', () => {
    assert.equal(extractSeed(SEED_FILES.ukrainianWar).title, 'China-Russia relations during Ukrainian War');
    assert.equal(
      extractSeed(SEED_FILES.lavrov).title,
      'Chinese Leader Xi Jinping Met With the Russian Foreign Minister',
    );
    assert.equal(extractSeed(SEED_FILES.whiteHouse).title, 'Russia Asks China For Help.');
  });

  it('reads the glued byline and leaves a relative date undated', () => {
    const article = extractSeed(SEED_FILES.whiteHouse);
    assert.equal(article.author, 'Nicholas Bishop');
    assert.equal(article.date, null);
    assert.equal(article.dateText, '2 years ago');
  });

  it('resolves a relative date against a known retrieval date, with year precision', () => {
    assert.deepEqual(extractSeed(SEED_FILES.whiteHouse, '2026-03-01').date, { iso: '2024-01-01', precision: 'year' });
  });

  it('dates 004 from its header line', () => {
    assert.deepEqual(extractSeed(SEED_FILES.lavrov).date, { iso: '2024-06-20', precision: 'day' });
  });

  it('takes the closing Source line of 003 as its source, out of the body', () => {
    const article = extractSeed(SEED_FILES.jointStatement);
    assert.equal(article.source, 'Military of Strong Countries');
    assert.doesNotMatch(article.text, /Source:/);
  });

  it('drops the teasers around 001 and keeps its own numbered list', () => {
    const article = extractSeed(SEED_FILES.ukrainianWar);
    for (const teaser of ['Kari Lake', 'Hillary Clinton', 'earthquake', 'Share Video', 'Putin undercuts']) {
      assert.doesNotMatch(article.text, new RegExp(teaser));
    }
    const list = article.blocks.find((b) => b.kind === 'list');
    assert.ok(list && list.kind === 'list' && list.ordered && list.items.length === 4);
  });

  it('ends 004 before "Related posts" and keeps its bullet points', () => {
    const article = extractSeed(SEED_FILES.lavrov);
    assert.match(article.text, /atomic power\.$/);
    assert.doesNotMatch(article.text, /Related posts|Thailand|Leave a Reply/);
    const list = article.blocks.find((b) => b.kind === 'list');
    assert.ok(list && list.kind === 'list' && !list.ordered && list.items.length === 3);
  });

  it('keeps every labelled line of each seed and no promotion or teaser', () => {
    // Lists drop their markers ("1.", "•"); white space may change where glued words are repaired.
    const squeeze = (text: string) => text.replace(/^(?:[•●▪◦*–-]|\d{1,2}[.)])\s+/, '').replace(/\s+/g, '');
    for (const entry of loadExpectedCases().filter((e) => e.file.includes('/seeds/'))) {
      const text = squeeze(extractSeed(entry.file.split('/').pop()!).text);
      for (const line of entry.articleLines) assert.ok(text.includes(squeeze(line)), `${entry.file} lost: ${line}`);
    }
    assert.doesNotMatch(extractSeed(SEED_FILES.ukrainianWar).text, /Sary Peng|Turkey|Related news/);
  });

  it('records what it removed and why', () => {
    const removed = extractSeed(SEED_FILES.lavrov).removed;
    assert.ok(removed.some((r) => r.text.includes('Related posts') && /teasers/.test(r.reason)));
  });
});
