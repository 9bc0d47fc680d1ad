import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assignUrls, buildArchive, formatDate } from '../../../src/archive/index.ts';
import { slugify } from '../../../src/slugify.ts';
import { analyzeText, defaultContext, defaultSettings } from '../../helpers/pipeline.ts';

describe('URLs', () => {
  it('derive from date and title', () => {
    assert.equal(
      slugify('Xi Jinping Met With the Russian Foreign Minister!'),
      'xi-jinping-met-with-the-russian-foreign-minister',
    );
    const a = { hash: 'aa', title: 'Talks', date: { iso: '2024-06-20', precision: 'day' as const } };
    assert.equal(assignUrls([a]).get(a), '/articles/2024/06/talks/');
  });

  it('tell apart two articles with the same title and date, whatever their order', () => {
    const date = { iso: '2024-06-20', precision: 'day' as const };
    const a = { hash: '11111111aaaa', title: 'Talks', date };
    const b = { hash: '22222222bbbb', title: 'Talks', date };
    const first = assignUrls([a, b]);
    const second = assignUrls([b, a]);
    assert.equal(first.get(a), '/articles/2024/06/talks/');
    assert.equal(first.get(b), '/articles/2024/06/talks-22222222/');
    assert.deepEqual([second.get(a), second.get(b)], [first.get(a), first.get(b)]);
  });
});

describe('formatDate', () => {
  it('shows a date as precisely as it is known', () => {
    assert.equal(formatDate({ iso: '2024-06-20', precision: 'day' }), '20 June 2024');
    assert.equal(formatDate({ iso: '2024-06-01', precision: 'month' }), 'June 2024');
    assert.equal(formatDate({ iso: '2024-01-01', precision: 'year' }), '2024');
    assert.equal(formatDate(null), 'Undated');
  });
});

describe('buildArchive', () => {
  const article = (title: string, date: string | null, body: string) =>
    analyzeText(`---\ntitle: ${title}\n${date ? `date: ${date}\n` : ''}---\n${body}`, `${title}.md`);
  const articles = [
    article('Lavrov in Beijing', '2024-06-20', 'Sergey Lavrov met Wang Yi in Beijing. Russia and China held talks.'),
    article(
      'Putin in Beijing',
      '2024-05-16',
      'Vladimir Putin met Xi Jinping in Beijing. Russia and China signed a joint statement.',
    ),
    article('An undated note', null, 'Russia and China.'),
  ];
  const model = buildArchive(articles, defaultContext().taxonomy, defaultSettings());

  it('orders articles newest first, undated last, and links previous and next in time', () => {
    assert.deepEqual(
      model.articles.map((a) => a.title),
      ['Lavrov in Beijing', 'Putin in Beijing', 'An undated note'],
    );
    assert.equal(model.articles[0]!.previous?.title, 'Putin in Beijing');
    assert.equal(model.articles[1]!.next?.title, 'Lavrov in Beijing');
    assert.equal(model.undatedCount, 1);
  });

  it('indexes countries, actors, topics, years and months', () => {
    assert.ok(model.countries.find((c) => c.id === 'CN')!.articles.length === 3);
    assert.deepEqual(
      model.years.map((y) => [y.year, y.count]),
      [['2024', 2]],
    );
    assert.deepEqual(
      model.years[0]!.months.map((m) => m.month),
      ['06', '05'],
    );
    assert.ok(model.listPages.some((p) => p.url === '/archive/undated/' && p.items.length === 1));
  });

  it('does not depend on the order of its input', () => {
    const reversed = buildArchive([...articles].reverse(), defaultContext().taxonomy, defaultSettings());
    assert.deepEqual(JSON.stringify(reversed), JSON.stringify(model));
  });
});
