import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupByDate } from '../../../src/search/index.ts';

describe('the date table of a search index', () => {
  it('groups result ids by date, undated articles under the date that sorts before every other', () => {
    const table = groupByDate([
      { id: 'en_b', date: '2024-06-20' },
      { id: 'en_c', date: '0000-00-00' },
      { id: 'en_a', date: '2024-06-20' },
      { id: 'en_d', date: '2019-01' },
    ]);
    assert.deepEqual(Object.entries(table), [
      ['0000-00-00', ['en_c']],
      ['2019-01', ['en_d']],
      ['2024-06-20', ['en_a', 'en_b']],
    ]);
  });
});
