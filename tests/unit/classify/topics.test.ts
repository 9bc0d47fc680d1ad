import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../helpers/pipeline.ts';
import { SEED_FILES, seedText } from '../../helpers/archive.ts';

const topicsOf = (file: string) => analyzeText(seedText(file), file).topics.map((t) => t.id);

describe('topic classification', () => {
  it('puts every seed in China–Russia relations', () => {
    for (const file of Object.values(SEED_FILES)) assert.ok(topicsOf(file).includes('china-russia-relations'), file);
  });

  it('needs both China and Russia as primary countries for China–Russia relations', () => {
    const article = analyzeText('Partnership with India\n\nIndia and Japan announced a strategic partnership, cooperation and a joint statement. India supports Japan.');
    assert.ok(!article.topics.some((t) => t.id === 'china-russia-relations'));
  });

  it('keeps the terms that counted as evidence', () => {
    const article = analyzeText(seedText(SEED_FILES.whiteHouse), SEED_FILES.whiteHouse);
    const sanctions = article.topics.find((t) => t.id === 'sanctions');
    assert.ok(sanctions && sanctions.evidence.some((e) => /sanctions/i.test(e.match)));
  });
});
