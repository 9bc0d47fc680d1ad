import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countChanges } from '../../../src/build/index.ts';

describe('countChanges', () => {
  it('counts files the previous build did not publish as new, and other bytes as changed', () => {
    const previous = { published: [{ file: 'a.txt', url: '/a/', title: 'A', hash: '1' }, { file: 'b.txt', url: '/b/', title: 'B', hash: '2' }] };
    const now = [{ file: 'a.txt', hash: '1' }, { file: 'b.txt', hash: '3' }, { file: 'c.txt', hash: '4' }];
    assert.deepEqual(countChanges(now, previous), { new: 1, changed: 1 });
  });

  it('counts everything as new on a first build', () => {
    assert.deepEqual(countChanges([{ file: 'a.txt', hash: '1' }], null), { new: 1, changed: 0 });
  });
});
