import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summarize } from '../../../src/archive/summary.ts';

const paragraph = (text: string) => ({ kind: 'paragraph' as const, text });

describe('the summary under a headline in lists', () => {
  it('is the first sentence long enough to say something, not the headline again', () => {
    const blocks = [
      paragraph('Talks in Beijing'),
      paragraph('MOSCOW, June 20.'),
      paragraph('Xi Jinping met Sergey Lavrov in Beijing on Tuesday. They talked for two hours.'),
    ];
    assert.equal(
      summarize({ title: 'Talks in Beijing', blocks }),
      'Xi Jinping met Sergey Lavrov in Beijing on Tuesday.',
    );
  });

  it('does not end at an abbreviation', () => {
    const blocks = [paragraph('The U.S. President spoke with Xi by phone for two hours on Friday. Then he left.')];
    assert.equal(
      summarize({ title: 'Call', blocks }),
      'The U.S. President spoke with Xi by phone for two hours on Friday.',
    );
  });

  it('is the description when the article has one, and is cut at a word with an ellipsis when long', () => {
    assert.equal(summarize({ title: 'T', blocks: [], description: '  A standfirst.  ' }), 'A standfirst.');
    const long = summarize({ title: 'T', blocks: [paragraph(`${'word '.repeat(80)}end.`)] });
    assert.ok(long.length <= 220 && long.endsWith('word…'), long);
    assert.equal(summarize({ title: 'T', blocks: [{ kind: 'heading', text: 'A heading of six words here' }] }), '');
  });
});
