import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDateInLine } from '../../../src/extract/index.ts';

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

  it('keeps a relative date as written when no retrieval date is known', () => {
    assert.deepEqual(findDateInLine('Published 2 years ago', null), { date: null, text: '2 years ago' });
  });
});
