import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../../src/build/index.ts';
import { extractionDevAvailable, loadDevPages } from '../../../src/quality/extraction-dev.ts';
import {
  DEV_CONDITIONS,
  extractDevPage,
  scoreDevPage,
  summarise,
  type DevCondition,
} from '../../../src/quality/score-extraction-dev.ts';

const floors = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'tests', 'quality', 'extraction', 'held-out-baseline.json'), 'utf8'),
) as Record<DevCondition, { f1: number; debrisLeaked?: number; title?: number; date?: number; author?: number }>;
const skip = extractionDevAvailable()
  ? false
  : 'the held-out pages are in ../shared/extraction-dev, which is not beside the repo';

describe('held-out extraction gate (../shared/extraction-dev, held-out part)', { skip }, () => {
  const pages = skip ? [] : loadDevPages().filter((p) => p.fold === null);

  it('scores the held-out quarter of the real pages', () => {
    assert.ok(pages.length >= 20, `${pages.length} held-out pages`);
  });

  for (const condition of DEV_CONDITIONS) {
    it(`keeps body F1 (and a dump's title, date and author) of ${condition}s at or above their floors`, () => {
      const s = summarise(pages.map((page) => scoreDevPage(page, extractDevPage(page, condition))));
      const floor = floors[condition];
      assert.ok(s.f1 >= floor.f1, `${condition} F1 ${s.f1.toFixed(3)} < ${floor.f1}`);
      if (floor.debrisLeaked !== undefined)
        assert.ok(s.debrisLeaked <= floor.debrisLeaked, `${condition} leaked ${s.debrisLeaked.toFixed(3)}`);
      if (floor.title !== undefined)
        assert.ok(s.title >= floor.title, `${condition} title ${s.title.toFixed(3)} < ${floor.title}`);
      if (floor.date !== undefined)
        assert.ok(s.date >= floor.date, `${condition} date ${s.date.toFixed(3)} < ${floor.date}`);
      if (floor.author !== undefined)
        assert.ok(s.author >= floor.author, `${condition} author ${s.author.toFixed(3)} < ${floor.author}`);
    });
  }
});
