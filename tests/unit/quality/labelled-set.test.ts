import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { AnalysisContext } from '../../../src/analyze/index.ts';
import { analyzeLabels, extractLabels, LABELS_FILE } from '../../../src/quality/labelled-set.ts';
import type { TaggingLabel } from '../../../src/quality/score-tagging.ts';
import { defaultContext } from '../../helpers/pipeline.ts';

describe('labelled articles for learning a tag model', () => {
  const labels = (JSON.parse(readFileSync(LABELS_FILE, 'utf8')) as TaggingLabel[]).slice(0, 4);

  it('give the title and text the full pipeline gives, without running the tag stage', () => {
    // A tagger that fails when read: learning a model with new measures must not need the committed one.
    const untagged: AnalysisContext = {
      ...defaultContext(),
      tagger: new Proxy({} as AnalysisContext['tagger'], {
        get: () => {
          throw new Error('the tag stage ran');
        },
      }),
    };
    const extracted = extractLabels(labels, untagged);
    const analyzed = analyzeLabels(labels, defaultContext());
    assert.deepEqual(
      extracted.map(({ label, article }) => [label.file, article.title, article.text]),
      analyzed.map(({ label, article }) => [label.file, article.title, article.text]),
    );
    assert.ok(extracted.every(({ article }) => article.text.length > 200));
  });
});
