import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { debrisOnlyTags } from '../../../src/quality/tagging-debris.ts';
import { SEED_FILES, seedText } from '../../helpers/archive.ts';
import { analyzeText } from '../../helpers/pipeline.ts';

const CAPTURE = 'scrape2026-turkiyetoday-zelenskyy-sanctions.txt';
const capture = () =>
  analyzeText(
    readFileSync(new URL(`../../fixtures/corpus/scraped-2018-2026/${CAPTURE}`, import.meta.url), 'utf8'),
    CAPTURE,
  );

describe('tags from page debris', () => {
  it('lists a country whose only evidence is another story’s headline the page also carries as a link', () => {
    const found = debrisOnlyTags(capture());
    assert.deepEqual(
      found.map((t) => `${t.kind} ${t.id}`),
      ['country TR'],
    );
    assert.match(found[0]!.sentences[0]!.sentence, /^Russia claims Türkiye notified/);
  });

  it('never takes the headline for debris, where the page repeats it in removed furniture', () => {
    assert.ok(capture().topics.some((t) => t.id === 'sanctions'));
    assert.ok(!debrisOnlyTags(capture()).some((t) => t.kind === 'topic'));
  });

  it('finds none in an article without page furniture', () => {
    assert.deepEqual(debrisOnlyTags(analyzeText(seedText(SEED_FILES.lavrov), SEED_FILES.lavrov)), []);
  });
});
