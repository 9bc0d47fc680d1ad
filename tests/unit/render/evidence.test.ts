import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainTopic, mergeEvidence, splitMarks } from '../../../src/render/index.ts';
import type { TopicTag } from '../../../src/types.ts';

const sentence = 'Lavrov said Russia and China go against Russia’s rivals.';
const at = (match: string, from = 0) => ({ sentence, match, start: sentence.indexOf(match, from) });

describe('evidence as a reader reads it', () => {
  it('shows a sentence that produced a tag twice once, with both marks in order', () => {
    const merged = mergeEvidence([
      at('Russia’s'),
      at('Russia'),
      { sentence: 'Moscow agreed.', match: 'Moscow', start: 0 },
    ]);
    assert.equal(merged.length, 2);
    assert.deepEqual(
      splitMarks(merged[0]!)
        .map((p) => (p.marked ? `[${p.text}]` : p.text))
        .join(''),
      'Lavrov said [Russia] and China go against [Russia’s] rivals.',
    );
    assert.deepEqual(merged[1]!.marks, [{ start: 0, end: 6 }]);
  });

  it('marks the words again where the sentence repeats them, as words of their own and as written', () => {
    const talks =
      'Putin and Xi held informal talks for nearly four hours, with further official talks, and US-China talks? Not with us.';
    const marked = (evidence: Parameters<typeof mergeEvidence>[0]) =>
      splitMarks(mergeEvidence(evidence)[0]!)
        .map((p) => (p.marked ? `[${p.text}]` : p.text))
        .join('');
    assert.equal(
      marked([{ sentence: talks, match: 'talks', start: talks.indexOf('talks') }]),
      'Putin and Xi held informal [talks] for nearly four hours, with further official [talks], and US-China [talks]? Not with us.',
    );
    assert.equal(
      marked([{ sentence: talks, match: 'US', start: talks.indexOf('US') }]),
      'Putin and Xi held informal talks for nearly four hours, with further official talks, and [US]-China talks? Not with us.',
    );
    const russian = 'Russia said Russian troops left; Russia’s envoy agreed.';
    assert.equal(
      marked([{ sentence: russian, match: 'Russia', start: 0 }]),
      '[Russia] said Russian troops left; [Russia]’s envoy agreed.',
    );
  });

  it('drops a mark that overlaps another, and leaves unmarked a match not where it says', () => {
    const merged = mergeEvidence([at('Russia and China'), at('China'), { sentence, match: 'Beijing', start: 3 }]);
    assert.deepEqual(merged[0]!.marks, [{ start: 12, end: 28 }]);
  });

  it('says in words which cues a topic counted, how many, and what it needed', () => {
    const tag: TopicTag = {
      id: 'diplomacy',
      title: 'Diplomacy',
      score: 13.46,
      threshold: 5.5,
      origin: 'text',
      terms: [
        { phrase: 'met with', count: 3, points: 6 },
        { phrase: 'talks', count: 2, points: 3 },
        { phrase: 'foreign minister', count: 1, points: 2 },
        { phrase: 'olive oil', count: 1, points: -3 },
      ],
      evidence: [],
    };
    assert.equal(
      explainTopic(tag),
      'The text uses “met with” 3 times, “talks” twice and “foreign minister” once: 6 cues, worth 13.5 points where ' +
        'the topic needs 5.5. Counting against it: “olive oil” once.',
    );
    const many = ['talks', 'visit', 'summit', 'envoy', 'embassy', 'treaty', 'accord', 'communique'];
    const manyTag = { ...tag, terms: many.map((phrase) => ({ phrase, count: 1, points: 1 })) };
    assert.match(explainTopic(manyTag), /“treaty” once and 2 other cue words: 8 cues, worth/);
    assert.doesNotMatch(explainTopic(manyTag), /accord|communique/);
    assert.equal(explainTopic({ ...tag, origin: 'front-matter' }), "Set in the article's front matter.");
  });
});
