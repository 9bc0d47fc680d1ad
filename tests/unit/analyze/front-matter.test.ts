import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyTagOverrides } from '../../../src/analyze/index.ts';
import type { Tags } from '../../../src/types.ts';
import { analyzeText, defaultContext } from '../../helpers/pipeline.ts';

const PARAGRAPH =
  'Foreign ministers of the two countries met in Beijing on Tuesday to discuss trade, energy supplies and the war, officials said after the talks ended.';

describe('front matter over what the pipeline found', () => {
  it('takes title, date, author and source from front matter over what the page says', () => {
    const text = [
      '---',
      'title: Talks in Beijing',
      'author: John Roe',
      'date: 2024-06',
      'source: Example News',
      '---',
      'Ministers meet',
      '',
      'By Jane Doe',
      '2024-06-20',
      '',
      PARAGRAPH,
    ].join('\n');
    const article = analyzeText(text);
    assert.equal(article.title, 'Talks in Beijing');
    assert.equal(article.author, 'John Roe');
    assert.equal(article.source, 'Example News');
    assert.deepEqual(article.date, { iso: '2024-06-01', precision: 'month' });
  });

  it('resolves relative dates against the retrieval date of the front matter before the build option', () => {
    const text = ['---', 'retrieved: 2026-03-01', '---', 'Ministers meet in Beijing', '', 'Published 2 years ago'];
    const article = analyzeText([...text, '', PARAGRAPH].join('\n'));
    assert.deepEqual(article.date, { iso: '2024-01-01', precision: 'year' });
    assert.equal(article.retrieved, '2026-03-01');
  });

  it('warns of a missing headline only when the front matter does not give one', () => {
    const codes = (text: string) => analyzeText(text, 'a.md').diagnostics.map((d) => d.code);
    assert.ok(codes(PARAGRAPH).includes('no-title'));
    assert.ok(!codes(`---\ntitle: Talks\n---\n${PARAGRAPH}`).includes('no-title'));
  });

  it('adds and removes tags and topics, leaving what the tagger found unchanged', () => {
    const text = `---\ncountries: [UA, -CN]\ntopics: [sanctions]\n---\nXi meets Putin\n\n${PARAGRAPH} Xi Jinping and Vladimir Putin spoke of China and Russia.`;
    const article = analyzeText(text);
    assert.ok(article.countries.some((c) => c.code === 'UA' && c.primary && c.origin === 'front-matter'));
    assert.ok(!article.countries.some((c) => c.code === 'CN'));
    assert.ok(article.topics.some((t) => t.id === 'sanctions' && t.origin === 'front-matter'));
  });

  it('makes a found country primary on a copy: what the tagger found is not changed', () => {
    const found: Tags = {
      countries: [{ code: 'RU', name: 'Russia', primary: false, score: 1, origin: 'text', evidence: [] }],
      actors: [],
    };
    const { tags } = applyTagOverrides(found, { countries: ['RU'] }, defaultContext().taxonomy);
    assert.equal(tags.countries[0]!.primary, true);
    assert.equal(found.countries[0]!.primary, false);
  });
});
