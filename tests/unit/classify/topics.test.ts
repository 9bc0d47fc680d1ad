import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle, createAnalysisContext } from '../../../src/analyze/index.ts';
import { measureTopicTerms } from '../../../src/classify/index.ts';
import { articleWords, topicWordWeights } from '../../../src/classify/topic-words.ts';
import { isRejection, readArticle } from '../../../src/read/index.ts';
import { createDocument } from '../../../src/tag/index.ts';
import { topicsFileSchema } from '../../../src/taxonomy/schema.ts';
import { SEED_FILES, seedText } from '../../helpers/archive.ts';
import { analyzeText, defaultContext } from '../../helpers/pipeline.ts';

const topicsOf = (file: string) => analyzeText(seedText(file), file).topics.map((t) => t.id);

describe('topic classification of the seeds', () => {
  const seeds = Object.values(SEED_FILES);

  it('puts every seed in China–Russia relations', () => {
    for (const file of seeds) assert.ok(topicsOf(file).includes('china-russia-relations'), file);
  });

  it('puts only the White House seed (000) in sanctions', () => {
    assert.deepEqual(
      seeds.filter((file) => topicsOf(file).includes('sanctions')),
      [SEED_FILES.whiteHouse],
    );
  });

  it('puts 000, 003 and 004 in diplomacy, and not 001 or 002', () => {
    assert.deepEqual(
      seeds.filter((file) => topicsOf(file).includes('diplomacy')),
      [SEED_FILES.whiteHouse, SEED_FILES.jointStatement, SEED_FILES.lavrov],
    );
  });
});

describe('topic rules', () => {
  it('needs both China and Russia as primary countries for China–Russia relations', () => {
    const article = analyzeText(
      'Partnership with India\n\nIndia and Japan announced a strategic partnership, cooperation and a joint statement. India supports Japan.',
    );
    assert.ok(!article.topics.some((t) => t.id === 'china-russia-relations'));
  });

  it('counts relationship language only in sentences that name both China and Russia', () => {
    const apart = analyzeText(
      'China and Russia report on their harvests\n\nChina expects a strong partnership between farmers and cooperation with its provinces. Russia reports support for farmers and a summit of its regions. China and Russia both had rain.',
    );
    assert.ok(!apart.topics.some((t) => t.id === 'china-russia-relations'));
    const together = analyzeText(
      'China and Russia deepen ties\n\nChina and Russia announced a strategic partnership. Beijing pledged cooperation and support to Moscow. Xi Jinping and Vladimir Putin signed a joint statement.',
    );
    assert.ok(together.topics.some((t) => t.id === 'china-russia-relations'));
  });

  it("needs two states in a sentence with a diplomacy term: one state's own talks are not diplomacy", () => {
    const diplomacy = (text: string) => analyzeText(text).topics.some((t) => t.id === 'diplomacy');
    const talks =
      'Negotiations went on. The talks and the negotiations were held at a summit with an envoy and a diplomat, ' +
      'and the envoy met with a counterpart.';
    assert.ok(!diplomacy(`Budget talks\n\nUS lawmakers and the White House held talks on the budget. ${talks}`));
    assert.ok(diplomacy(`Ceasefire talks\n\nRussia and Ukraine held talks in Istanbul. ${talks}`));
  });

  it('counts a state of the past and a body of states as parties beside a country', () => {
    const diplomacy = (text: string) => analyzeText(text).topics.some((t) => t.id === 'diplomacy');
    const talks = 'The negotiations went on for a week, and an envoy met with a counterpart.';
    assert.ok(!diplomacy(`Arms talks\n\nThe United States held talks on missiles. ${talks}`));
    assert.ok(diplomacy(`Arms talks\n\nThe United States held talks with the Soviet Union on missiles. ${talks}`));
    assert.ok(
      diplomacy(`Trade talks\n\nThe United States held talks with the European Community on tariffs. ${talks}`),
    );
  });

  it("does not count a sentence about a company or banks as two states: a government's debt talks with banks", () => {
    const diplomacy = (text: string) => analyzeText(text).topics.some((t) => t.id === 'diplomacy');
    const talks = 'The negotiations went on for a week, and an envoy met with a counterpart.';
    assert.ok(
      !diplomacy(`Debt talks\n\nThe Philippines held talks with its creditor banks in the United States. ${talks}`),
    );
    assert.ok(diplomacy(`Debt talks\n\nThe Philippines held talks with the United States on its debt. ${talks}`));
  });

  it('counts a phrase naming several states at once as two parties: ministers of a bloc negotiating', () => {
    const diplomacy = (text: string) => analyzeText(text).topics.some((t) => t.id === 'diplomacy');
    const talks = 'The negotiations went on for a week, and an envoy met with a counterpart.';
    assert.ok(!diplomacy(`Dairy talks\n\nFarm ministers in Brussels resumed talks on the dairy pact. ${talks}`));
    assert.ok(diplomacy(`Dairy talks\n\nEC farm ministers in Brussels resumed talks on the dairy pact. ${talks}`));
  });

  it('counts the two sides of a commodity pact and a body of producing and consuming states as several states', () => {
    const diplomacy = (text: string) => analyzeText(text).topics.some((t) => t.id === 'diplomacy');
    const talks = 'The negotiations went on for a week, and an envoy met with a counterpart.';
    assert.ok(!diplomacy(`Quota talks\n\nThe talks on export quotas broke down in London. ${talks}`));
    assert.ok(
      diplomacy(`Quota talks\n\nThe talks between producers and consumers on export quotas broke down. ${talks}`),
    );
    assert.ok(diplomacy(`Quota talks\n\nThe ICO talks on export quotas broke down. ${talks}`));
  });

  it('names, as other parties, only actors the actors file holds', () => {
    const { actors, topics } = defaultContext().taxonomy;
    const ids = new Set(actors.map((a) => a.id));
    for (const topic of topics)
      for (const party of topic.requires.otherParties)
        for (const id of party.actors) assert.ok(ids.has(id), `${topic.id}: ${party.name}: ${id}`);
  });

  it('does not let passing mentions in a long article carry it into a topic', () => {
    const filler = Array.from(
      { length: 120 },
      (_, i) => `The Swiss harvest report number ${i} lists wheat and barley.`,
    ).join(' ');
    const short = analyzeText(
      'Harvest report\n\nThe United States announced sanctions on Iran. The sanctions cover oil.',
    );
    const long = analyzeText(
      `Harvest report\n\nThe United States announced sanctions on Iran. The sanctions cover oil. ${filler}`,
    );
    assert.ok(short.topics.some((t) => t.id === 'sanctions'));
    assert.ok(!long.topics.some((t) => t.id === 'sanctions'));
  });

  it('keeps the score, the threshold, the terms and the sentences that counted', () => {
    const article = analyzeText(seedText(SEED_FILES.whiteHouse), SEED_FILES.whiteHouse);
    const sanctions = article.topics.find((t) => t.id === 'sanctions')!;
    assert.ok(sanctions.score >= sanctions.threshold);
    assert.ok(sanctions.terms.some((t) => t.phrase === 'sanctions' && t.count >= 1));
    assert.ok(
      sanctions.evidence.some((e) => e.match.toLowerCase() === 'sanctions' && e.sentence.includes('harsh sanctions')),
    );
  });

  it('lets a negative term push an article out of a topic', () => {
    const taxonomy = defaultContext().taxonomy;
    const topic = {
      id: 'energy',
      title: 'Energy',
      description: 'Oil and gas.',
      threshold: 3,
      requires: { primaryCountries: [], anyCountry: [], otherParties: [], nonStateParties: [], severalStates: [] },
    };
    const analyze = (terms: Array<{ phrase: string; weight: number }>) => {
      const context = createAnalysisContext({ ...taxonomy, topics: [{ ...topic, terms }] }, { retrieved: null });
      const raw = readArticle(
        'a.txt',
        new TextEncoder().encode(
          'Oil and gas prices\n\nOil and gas prices rose at the chess tournament, where oil and gas were the sponsors.',
        ),
      );
      assert.ok(!isRejection(raw));
      return analyzeArticle(raw, context).topics.map((t) => t.id);
    };
    assert.deepEqual(
      analyze([
        { phrase: 'oil', weight: 1 },
        { phrase: 'gas', weight: 1 },
      ]),
      ['energy'],
    );
    assert.deepEqual(
      analyze([
        { phrase: 'oil', weight: 1 },
        { phrase: 'gas', weight: 1 },
        { phrase: 'chess', weight: -8 },
      ]),
      [],
    );
  });
});

describe('topic schema', () => {
  const base = { id: 'energy', title: 'Energy', description: 'Oil and gas.', threshold: 3 };
  const problems = (topic: object) => {
    const result = topicsFileSchema.safeParse([topic]);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts maxCount, negative weights and sameSentence', () => {
    assert.deepEqual(
      problems({
        ...base,
        requires: { sameSentence: ['CN', 'RU'] },
        terms: [
          { phrase: 'oil', weight: 1, maxCount: 2 },
          { phrase: 'chess', weight: -2 },
        ],
      }),
      [],
    );
  });

  it('names the field of a mistake', () => {
    assert.match(
      problems({ ...base, terms: [{ phrase: 'oil', weight: 1, maxCount: 0 }] }).join(),
      /0\.terms\.0\.maxCount/,
    );
    assert.match(
      problems({ ...base, requires: { sameSentence: ['CN'] }, terms: [{ phrase: 'oil', weight: 1 }] }).join(),
      /sameSentence: needs at least two countries/,
    );
    assert.match(
      problems({
        ...base,
        terms: [
          { phrase: 'oil', weight: 1 },
          { phrase: 'Oil', weight: 2 },
        ],
      }).join(),
      /terms\.1\.phrase: "Oil" is listed twice/,
    );
    assert.match(
      problems({ ...base, terms: [{ phrase: 'chess', weight: -1 }] }).join(),
      /terms: a topic needs at least one term with a positive weight/,
    );
  });
});

describe('topic term features', () => {
  it('counts what the classifier weighs: each term within its cap, the headline twice, and each learned word once, so weights give the score', () => {
    const context = defaultContext();
    const text = seedText(SEED_FILES.lavrov);
    const article = analyzeText(text, SEED_FILES.lavrov);
    const doc = createDocument(article.title, article.text);
    const tags = { countries: article.countries, actors: article.actors };
    const features = measureTopicTerms(doc, tags, context.topics).get('diplomacy')!;
    const topic = context.taxonomy.topics.find((t) => t.id === 'diplomacy')!;
    const terms = topic.terms.reduce((sum, t) => sum + t.weight * (features.terms.get(t.phrase) ?? 0), 0);
    const wordWeights = topicWordWeights('diplomacy')!;
    const words = [...articleWords(doc).keys()].reduce((sum, word) => sum + (wordWeights.get(word) ?? 0), 0);
    const weighted = terms + words;
    const found = article.topics.find((t) => t.id === 'diplomacy')!;
    assert.ok(features.conditionsHold);
    assert.ok(Math.abs(weighted - found.score) < 0.01, `${weighted} against ${found.score}`);
    assert.ok(weighted >= topic.threshold);
  });

  it('lists the learned words that weighed most among what counted, with their sentences', () => {
    const article = analyzeText(seedText(SEED_FILES.lavrov), SEED_FILES.lavrov);
    const found = article.topics.find((t) => t.id === 'diplomacy')!;
    const wordWeights = topicWordWeights('diplomacy')!;
    const listedWords = found.terms.filter((t) => wordWeights.has(t.phrase));
    assert.ok(listedWords.length > 0);
    for (const word of listedWords) assert.equal(word.points, Math.round(wordWeights.get(word.phrase)! * 100) / 100);
    const heaviest = listedWords.filter((t) => t.points > 0).sort((a, b) => b.points - a.points)[0]!;
    assert.ok(found.evidence.some((e) => e.match.toLowerCase() === heaviest.phrase));
  });

  it('reads words and pairs of adjacent words within a sentence, the headline apart', () => {
    const words = articleWords(createDocument('Leaders meet', 'Talks ended. Ministers met.'));
    assert.deepEqual(
      [...words.keys()],
      ['leaders', 'leaders meet', 'meet', 'talks', 'talks ended', 'ended', 'ministers', 'ministers met', 'met'],
    );
  });
});
