import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProgress } from '../../../src/cli/progress.ts';

describe('formatProgress', () => {
  it('shows count, rate and time left', () => {
    assert.equal(formatProgress('analyze', 1000, 10000, 2), 'analyze 1000/10000 · 500/s · 18s left');
    assert.equal(formatProgress('render', 0, 10, 0), 'render 0/10 · 0/s');
  });
});
