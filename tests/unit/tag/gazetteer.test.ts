import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildGazetteer } from '../../../scripts/gazetteer-data.ts';

describe('gazetteer', () => {
  it('is what the installed packages give (npm run make:gazetteer compiles it again)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../../src/tag/gazetteer.json', import.meta.url), 'utf8'));
    assert.deepEqual(committed, buildGazetteer());
  });
});
