import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArchive } from '../../../src/archive/index.ts';
import { analyzeText, defaultContext, defaultSettings } from '../../helpers/pipeline.ts';

const ALL_TOPICS = ['diplomacy', 'sanctions', 'china-russia-relations'];

/** An article about the given countries, naming the given people, with exactly the given topics. */
const article = (title: string, body: string, topics: string[]) =>
  analyzeText(
    [
      '---',
      `title: ${title}`,
      'date: 2024-06-20',
      `topics: [${[...topics, ...ALL_TOPICS.filter((t) => !topics.includes(t)).map((t) => `-${t}`)].join(', ')}]`,
      '---',
      body,
    ].join('\n'),
    `${title}.md`,
  );

describe('who and what appears most often with a country or an actor', () => {
  const model = buildArchive(
    [
      article('Beijing talks', 'Sergey Lavrov met Wang Yi in Beijing. Russia and China held talks.', ['diplomacy']),
      article('Xi in Moscow', 'Xi Jinping met Vladimir Putin in Moscow. Russia and China signed a pact.', [
        'diplomacy',
        'china-russia-relations',
      ]),
      article('Oil cap', 'Russia faces a new oil price cap. Vladimir Putin called it theft. Russia will sell oil.', [
        'sanctions',
      ]),
      article('Kyiv visit', 'Ukraine welcomed ministers to Kyiv. Ukraine asked for air defence.', ['diplomacy']),
    ],
    defaultContext().taxonomy,
    defaultSettings(),
  );
  const russia = model.countries.find((c) => c.id === 'RU')!;
  const putin = model.actors.find((a) => a.id === 'vladimir-putin')!;
  const pairs = (items: Array<{ name: string; count: number }>) => items.map((i) => `${i.name} ${i.count}`);

  it("counts, in a country's articles, the other countries they are about, the actors and the topics", () => {
    assert.equal(russia.articles.length, 3);
    assert.deepEqual(pairs(russia.topCountries), ['China 2']);
    assert.deepEqual(pairs(russia.topActors).slice(0, 1), ['Vladimir Putin 2']);
    assert.deepEqual(pairs(russia.topTopics), ['Diplomacy 2', 'China–Russia relations 1', 'Sanctions 1']);
  });

  it('leaves the term itself out, links each to its page and orders by count, then name', () => {
    assert.ok(!putin.topActors.some((a) => a.name === 'Vladimir Putin'));
    assert.deepEqual(pairs(putin.topCountries), ['Russia 2', 'China 1']);
    assert.deepEqual(pairs(putin.topTopics), ['China–Russia relations 1', 'Diplomacy 1', 'Sanctions 1']);
    assert.deepEqual(
      putin.topTopics.map((t) => t.url),
      ['/topics/china-russia-relations/', '/topics/diplomacy/', '/topics/sanctions/'],
    );
    assert.deepEqual(
      russia.topCountries.map((c) => c.url),
      ['/countries/cn/'],
    );
  });

  it('gives a topic the other topics of its articles', () => {
    const diplomacy = model.topics.find((t) => t.id === 'diplomacy')!;
    assert.deepEqual(pairs(diplomacy.topTopics), ['China–Russia relations 1']);
  });
});
