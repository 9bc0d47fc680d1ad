import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArchive } from '../../../src/archive/index.ts';
import { analyzeText, defaultContext, defaultSettings } from '../../helpers/pipeline.ts';

/** An article with its date (or none) and its topics set in front matter, the others the text would give removed. */
const article = (title: string, date: string | null, topics: string[]) =>
  analyzeText(
    [
      '---',
      `title: ${title}`,
      ...(date ? [`date: ${date}`] : []),
      `topics: [${[...topics, ...['diplomacy', 'sanctions', 'china-russia-relations'].filter((t) => !topics.includes(t)).map((t) => `-${t}`)].join(', ')}]`,
      '---',
      `${title}. The ministers of Russia and China met in Beijing on the day.`,
    ].join('\n'),
    `${title}.md`,
  );

describe('the archive overview', () => {
  const { overview } = buildArchive(
    [
      article('Talks in Beijing', '2023-11-14', ['diplomacy']),
      article('Oil price cap', '2024-01-09', ['sanctions']),
      article('Lavrov and Wang', '2024-01-20', ['diplomacy', 'china-russia-relations']),
      article('Summit in Kazan', '2026-03-02', ['diplomacy']),
      article('A year of talks', '2024', ['diplomacy']),
      article('Undated talks', null, ['diplomacy']),
    ],
    defaultContext().taxonomy,
    defaultSettings(),
  );
  const months = (t: typeof overview.all) => t.months.filter((m) => m.count).map((m) => `${m.month} ${m.count}`);

  it("counts all articles per month over the archive's span, and those it cannot place", () => {
    assert.deepEqual(months(overview.all), ['2023-11 1', '2024-01 2', '2026-03 1']);
    assert.equal(overview.all.months[0]!.month, '2023-11');
    assert.equal(overview.all.months.at(-1)!.month, '2026-03');
    // 2025 holds no article: it is left out of the span, not drawn as twelve empty months.
    assert.ok(!overview.all.months.some((m) => m.month.startsWith('2025')));
    assert.equal(overview.all.months.length, 2 + 12 + 3);
    assert.equal(overview.all.yearOnly, 1);
    assert.equal(overview.all.undated, 1);
  });

  it("gives every topic, in the taxonomy's order, its months over the same span", () => {
    const order = defaultContext().taxonomy.topics.map((t) => t.id);
    assert.deepEqual(
      overview.topics.map((t) => t.id),
      order,
    );
    for (const topic of overview.topics)
      assert.deepEqual(
        topic.timeline.months.map((m) => m.month),
        overview.all.months.map((m) => m.month),
      );
    const byId = new Map(overview.topics.map((t) => [t.id, t]));
    assert.deepEqual(months(byId.get('diplomacy')!.timeline), ['2023-11 1', '2024-01 1', '2026-03 1']);
    assert.equal(byId.get('diplomacy')!.count, 5);
    assert.equal(byId.get('diplomacy')!.timeline.undated, 1);
    assert.equal(byId.get('diplomacy')!.timeline.yearOnly, 1);
    assert.deepEqual(months(byId.get('sanctions')!.timeline), ['2024-01 1']);
    assert.equal(byId.get('sanctions')!.url, '/topics/sanctions/');
  });

  it("links each month that holds articles of all to its archive, of a topic to the month in the topic's list", () => {
    assert.deepEqual(
      overview.all.months.filter((m) => m.url).map((m) => m.url),
      ['/archive/2023/11/', '/archive/2024/01/', '/archive/2026/03/'],
    );
    const sanctions = overview.topics.find((t) => t.id === 'sanctions')!;
    assert.deepEqual(
      sanctions.timeline.months.filter((m) => m.url).map((m) => m.url),
      ['/topics/sanctions/#month-2024-01'],
    );
  });
});

describe("a term's timeline", () => {
  // Newest first, two a page: March 2026 and January 2024 on page 1, January 2024 twice on page 2, November 2023 on 3.
  const { countries } = buildArchive(
    [
      article('Talks in Moscow', '2023-11-14', ['diplomacy']),
      article('Oil price cap on Moscow', '2024-01-09', ['sanctions']),
      article('Lavrov and Wang in Moscow', '2024-01-20', ['diplomacy']),
      article('Wang in Moscow', '2024-01-28', ['diplomacy']),
      article('Summit in Kazan', '2026-03-02', ['diplomacy']),
    ],
    defaultContext().taxonomy,
    { ...defaultSettings(), itemsPerPage: 2 },
  );

  it("leads each month to the page of the term's list holding its newest article, at that article", () => {
    const russia = countries.find((c) => c.id === 'RU')!;
    assert.deepEqual(
      russia.timeline.months.filter((m) => m.url).map((m) => `${m.month} ${m.url}`),
      [
        '2023-11 /countries/ru/page/3/#month-2023-11',
        '2024-01 /countries/ru/#month-2024-01',
        '2026-03 /countries/ru/#month-2026-03',
      ],
    );
  });
});
