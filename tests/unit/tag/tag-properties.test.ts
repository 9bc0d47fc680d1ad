import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isRejection, readArticle } from '../../../src/read/index.ts';
import { analyzeArticle } from '../../../src/analyze/index.ts';
import type { Evidence } from '../../../src/types.ts';
import { articleText } from '../../helpers/arbitraries.ts';
import { defaultContext } from '../../helpers/pipeline.ts';

/** Evidence holds when its match stands at its offset in its sentence, and the sentence is in the article. */
function assertEvidence(evidence: Evidence[], document: string, label: string): void {
  for (const e of evidence) {
    assert.ok(e.match.length > 0, label);
    assert.equal(e.sentence.slice(e.start, e.start + e.match.length), e.match, `${label}: match at its offset`);
    assert.ok(document.includes(e.sentence), `${label}: sentence "${e.sentence}" is in the article`);
  }
}

describe('tagging and classification on any input', () => {
  it('never throws, and every tag found in the text has evidence that occurs in the text', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const raw = readArticle('a.txt', new TextEncoder().encode(text));
        if (isRejection(raw)) return;
        const article = analyzeArticle(raw, defaultContext());
        const document = `${article.title}\n\n${article.text}`;
        const tags = [
          ...article.countries.map((t) => ({ label: `country ${t.code}`, ...t })),
          ...article.actors.map((t) => ({ label: `actor ${t.id}`, ...t })),
          ...article.topics.map((t) => ({ label: `topic ${t.id}`, ...t })),
        ];
        for (const tag of tags) {
          if (tag.origin !== 'text') continue;
          assert.ok(tag.evidence.length > 0, `${tag.label} has evidence`);
          assertEvidence(tag.evidence, document, tag.label);
        }
        assert.equal(new Set(article.countries.map((c) => c.code)).size, article.countries.length, 'no country twice');
        assert.equal(new Set(article.actors.map((a) => a.id)).size, article.actors.length, 'no actor twice');
      }),
      { numRuns: 400 },
    );
  });

  it('tags an article cut off after a capitalised word, as a scraper may leave one', () => {
    const text = 'Markets rally\n\nShares of Allied Research rose in London on Monday. The';
    const raw = readArticle('cut-off.txt', new TextEncoder().encode(text));
    assert.ok(!isRejection(raw));
    const article = analyzeArticle(raw, defaultContext());
    assert.deepEqual(
      article.countries.map((c) => c.code),
      ['GB'],
    );
  });
});
