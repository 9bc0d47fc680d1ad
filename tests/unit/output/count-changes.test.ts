import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countChanges, publishedFiles } from '../../../src/output/index.ts';

describe('countChanges', () => {
  it('counts files the previous build did not publish as new, and other bytes as changed', () => {
    const previous = publishedFiles([
      { file: 'a.txt', hash: '1' },
      { file: 'b.txt', hash: '2' },
    ]);
    const now = publishedFiles([
      { file: 'a.txt', hash: '1' },
      { file: 'b.txt', hash: '3' },
      { file: 'c.txt', hash: '4' },
    ]);
    assert.deepEqual(countChanges(now, previous), { new: 1, changed: 1 });
  });

  it('keeps no file name in what the site publishes', () => {
    assert.doesNotMatch(JSON.stringify(publishedFiles([{ file: 'leaked-memo.txt', hash: '1' }])), /leaked|memo/);
  });

  it('counts everything as new on a first build', () => {
    assert.deepEqual(countChanges(publishedFiles([{ file: 'a.txt', hash: '1' }]), null), { new: 1, changed: 0 });
  });
});
