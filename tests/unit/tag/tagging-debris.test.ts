import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { debrisOnlyTags } from '../../../src/quality/tagging-debris.ts';
import { analyzeText } from '../../helpers/pipeline.ts';

// A capture as a crawler saves it, the furniture of its page already dropped by the extractor.
const STORY =
  'Zelenskyy calls for tougher US sanctions\n\n' +
  'Ukrainian President Volodymyr Zelenskyy on Monday called on Washington to impose tougher sanctions on Russia.\n\n' +
  'He spoke after talks with European leaders in Kyiv.\n\n' +
  "Russia claims Türkiye notified of Ukraine's alleged pipeline sabotage plans";
const TEASER = "Russia claims Türkiye notified of Ukraine's alleged pipeline sabotage plans";

describe('tags from page debris', () => {
  it('lists a tag whose only evidence is a line the extractor removed elsewhere on the page', () => {
    const article = analyzeText(STORY, 'capture.txt');
    assert.ok(article.countries.some((c) => c.code === 'TR'));
    const found = debrisOnlyTags({ ...article, removed: [{ text: TEASER, reason: 'link to another story' }] });
    assert.deepEqual(
      found.map((t) => `${t.kind} ${t.id}`),
      ['country TR'],
    );
    assert.equal(found[0]!.sentences[0]!.reason, 'in text the extractor removed');
  });

  it('lists a tag whose only evidence is a teaser under a "Related stories" heading', () => {
    const article = analyzeText(STORY, 'capture.txt');
    const blocks = [
      ...article.blocks.filter((b) => b.kind !== 'paragraph' || b.text !== TEASER),
      { kind: 'heading' as const, text: 'Related stories' },
      { kind: 'paragraph' as const, text: TEASER },
    ];
    assert.deepEqual(
      debrisOnlyTags({ ...article, blocks }).map((t) => `${t.kind} ${t.id}`),
      ['country TR'],
    );
  });

  it('never takes the headline for debris, where the page repeats it in removed furniture', () => {
    const article = analyzeText(STORY, 'capture.txt');
    assert.ok(article.topics.some((t) => t.id === 'sanctions'));
    const removed = [{ text: article.title, reason: 'link to another story' }];
    assert.ok(!debrisOnlyTags({ ...article, removed }).some((t) => t.kind === 'topic'));
  });

  it('finds none in an article whose evidence is all in its kept text', () => {
    assert.deepEqual(debrisOnlyTags(analyzeText(STORY, 'capture.txt')), []);
  });
});
