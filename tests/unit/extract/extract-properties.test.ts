import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { extractArticle } from '../../../src/extract/index.ts';
import type { PublicationDate, RawArticle, SourceFormat } from '../../../src/types.ts';
import { articleText } from '../../helpers/arbitraries.ts';

function rawArticle(body: string, format: SourceFormat, retrieved?: string): RawArticle {
  return {
    file: `a.${format}`,
    hash: '0'.repeat(64),
    format,
    body,
    frontMatter: retrieved ? { retrieved } : {},
    diagnostics: [],
  };
}

function assertValidDate(date: PublicationDate | null): void {
  if (date === null) return;
  assert.match(date.iso, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(new Date(`${date.iso}T00:00:00Z`).toISOString().slice(0, 10), date.iso, `${date.iso} is a real day`);
  assert.ok(['day', 'month', 'year'].includes(date.precision));
  if (date.precision !== 'day') assert.ok(date.iso.endsWith('-01'));
  if (date.precision === 'year') assert.ok(date.iso.endsWith('-01-01'));
}

describe('extraction on any input', () => {
  it('never throws; gives a title, a valid date or none, and text made of its blocks', () => {
    fc.assert(
      fc.property(
        articleText,
        fc.constantFrom<SourceFormat>('text', 'markdown', 'html'),
        fc.constantFrom(undefined, '2026-03-01'),
        (body, format, retrieved) => {
          const article = extractArticle(rawArticle(body, format, retrieved), { retrieved: null });
          assert.ok(article.title.trim().length > 0);
          assertValidDate(article.date);
          for (const block of article.blocks) {
            const texts = block.kind === 'list' ? block.items : [block.text];
            for (const text of texts) assert.ok(article.text.includes(text), 'every block is in the text');
          }
          assert.ok(!article.text.includes('\r'));
        },
      ),
      { numRuns: 400 },
    );
  });
});
