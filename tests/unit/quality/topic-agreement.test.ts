import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TopicLabel } from '../../../src/quality/labelled-set.ts';
import { agreementGroups, cohensKappa, pairLabels, topicAgreement } from '../../../src/quality/topic-agreement.ts';

const label = (file: string, topics: string[]): TopicLabel => ({ file: `../shared/corpus/${file}`, topics, note: '' });

// Two readings of seven corpus articles (four tuning, three held out by the split), as labellers disagree: a threat
// of retaliation read as sanctions by one, a leader's statement at home on a ceasefire and a government's note to
// another read as diplomacy by one.
const committed = [
  label('reuters-21578/reut-04393.txt', ['diplomacy']),
  label('reuters-21578/reut-01809.txt', ['diplomacy']),
  label('ukraine-crisis-2014/article-20.txt', ['diplomacy']),
  label('bbc-news-2004-2005/business-307.txt', []),
  label('reuters-21578/reut-03950.txt', []),
  label('reuters-21578/reut-12188.txt', ['sanctions', 'diplomacy']),
  label('bbc-news-2004-2005/sport-195.txt', []),
  label('reuters-21578/reut-00153.txt', []),
];
const second = [
  label('reuters-21578/reut-04393.txt', ['diplomacy']),
  label('reuters-21578/reut-01809.txt', ['sanctions', 'diplomacy']),
  label('ukraine-crisis-2014/article-20.txt', []),
  label('bbc-news-2004-2005/business-307.txt', []),
  label('reuters-21578/reut-03950.txt', ['diplomacy']),
  label('reuters-21578/reut-12188.txt', ['diplomacy', 'sanctions']),
  label('bbc-news-2004-2005/sport-195.txt', []),
  label('reuters-21578/reut-99999.txt', ['diplomacy']),
];
const pairs = pairLabels(committed, second);

describe('agreement between two readings of the topics', () => {
  it('pairs the articles both readings label, whatever the order of their topics', () => {
    assert.equal(pairs.length, 7);
    assert.ok(pairs.every(([a, b]) => a.file === b.file));
  });

  it('counts each topic both ways, with kappa and the F1 of one reading against the other', () => {
    assert.deepEqual(topicAgreement(pairs, 'diplomacy'), {
      articles: 7,
      both: 3,
      onlyA: 1,
      onlyB: 1,
      neither: 2,
      kappa: 10 / 24,
      f1: 0.75,
      precisionOfB: 0.75,
      recallOfB: 0.75,
    });
    const sanctions = topicAgreement(pairs, 'sanctions');
    assert.deepEqual([sanctions.both, sanctions.onlyA, sanctions.onlyB, sanctions.neither], [1, 0, 1, 5]);
    assert.ok(Math.abs(sanctions.kappa - 10 / 17) < 1e-12);
    assert.ok(Math.abs(sanctions.f1! - 2 / 3) < 1e-12);
    assert.deepEqual([sanctions.precisionOfB, sanctions.recallOfB], [0.5, 1]);
  });

  it('scores no F1 for a topic neither reading uses, where both agree on every article', () => {
    const none = topicAgreement(pairs, 'china-russia-relations');
    assert.equal(none.f1, null);
    assert.equal(none.kappa, 1);
  });

  it("gives kappa 0.65 for one diplomacy label of 30 that only one labeller gave (the corpus set's first measure)", () => {
    assert.equal(cohensKappa(1, 1, 0, 28).toFixed(3), '0.651');
  });

  it('groups the articles as a whole, by the part of the split and by corpus folder', () => {
    const groups = agreementGroups(pairs);
    assert.deepEqual(
      groups.map((g) => [g.name, g.pairs.length]),
      [
        ['all', 7],
        ['tuning', 4],
        ['held-out', 3],
        ['bbc-news-2004-2005', 2],
        ['reuters-21578', 4],
        ['ukraine-crisis-2014', 1],
      ],
    );
    const heldOut = topicAgreement(groups.find((g) => g.name === 'held-out')!.pairs, 'diplomacy');
    assert.deepEqual([heldOut.both, heldOut.onlyA, heldOut.onlyB, heldOut.neither], [1, 0, 1, 1]);
  });
});
