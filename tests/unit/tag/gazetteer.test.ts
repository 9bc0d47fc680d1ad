import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildGazetteer } from '../../../scripts/gazetteer-data.ts';
import gazetteer from '../../../src/tag/gazetteer.json' with { type: 'json' };
import { placeMatcher } from '../../../src/tag/gazetteer.ts';
import { tokenize } from '../../../src/tag/tokens.ts';

describe('gazetteer', () => {
  it('is what the installed packages give (npm run make:gazetteer compiles it again)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../../src/tag/gazetteer.json', import.meta.url), 'utf8'));
    assert.deepEqual(committed, buildGazetteer());
  });

  it('finds every place name it holds, written alone, whatever the names looked up before', () => {
    const names = gazetteer.places.split('\n').map((line) => line.split('\t')[1]!);
    // In the reverse of the file's order, so that each word is looked up before the names filed before it.
    const missed = names.reverse().filter((name) => {
      const tokens = tokenize(name);
      const [match] = placeMatcher().match(tokens);
      return match?.last !== tokens.length || !match.values.some((place) => place.name === name);
    });
    assert.deepEqual(missed, []);
  });
});
