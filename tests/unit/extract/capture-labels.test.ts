import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../../src/build/index.ts';
import { labelledCaptures, scoreCapture, summariseCaptures } from '../../../src/quality/score-captures.ts';

const floors = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'tests', 'quality', 'extraction', 'capture-baseline.json'), 'utf8'),
) as { f1: number; title: number; date: number; datedWrongly: number; author: number };
const { found, missing } = labelledCaptures();
const skip = missing ? `${missing} labelled captures are in ../shared/corpus, which is not beside the repo` : false;

describe('captures and seeds labelled by hand (tests/quality/extraction/capture-labels.json)', { skip }, () => {
  it('keeps body F1, title, date and author over all 49 files at or above their floors', () => {
    const s = summariseCaptures(found.map(scoreCapture));
    assert.equal(s.files, 49);
    assert.ok(s.f1 >= floors.f1, `body F1 ${s.f1.toFixed(3)} < ${floors.f1}`);
    assert.ok(s.title >= floors.title, `title ${s.title.toFixed(3)} < ${floors.title}`);
    assert.ok(s.date >= floors.date, `date ${s.date.toFixed(3)} < ${floors.date}`);
    assert.ok(s.datedWrongly <= floors.datedWrongly, `${s.datedWrongly} undated files given a date`);
    assert.ok(s.author >= floors.author, `author ${s.author.toFixed(3)} < ${floors.author}`);
  });
});
