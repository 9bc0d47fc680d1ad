import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findRelated } from '../../../src/archive/index.ts';
import type { AnalyzedArticle } from '../../../src/types.ts';

/** An article with the given tags only: what related articles are computed from. */
function tagged(
  title: string,
  date: string | null,
  tags: { countries?: string[]; actors?: string[]; topics?: string[] },
): Omit<AnalyzedArticle, 'retrieved' | 'fingerprint'> {
  return {
    file: `${title}.md`,
    hash: title,
    format: 'markdown',
    title,
    date: date ? { iso: date, precision: 'day' } : null,
    dateText: null,
    author: null,
    source: null,
    sourceUrl: null,
    blocks: [],
    text: title,
    words: 1,
    countries: (tags.countries ?? []).map((code) => ({
      code,
      name: code,
      primary: true,
      score: 1,
      origin: 'text',
      evidence: [],
    })),
    actors: (tags.actors ?? []).map((id) => ({
      id,
      name: id,
      type: 'person',
      country: null,
      discovered: false,
      origin: 'text',
      evidence: [],
    })),
    topics: (tags.topics ?? []).map((id) => ({
      id,
      title: id,
      score: 1,
      threshold: 1,
      origin: 'text',
      terms: [],
      evidence: [],
    })),
    removed: [],
    diagnostics: [],
  };
}

/** Filler articles about one common country, so that the archive has a realistic mix of rare and common tags. */
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => tagged(`filler-${i}`, '2020-01-01', { countries: ['RU'], actors: [`x${i}`] }));

const titlesOf = (articles: Array<Omit<AnalyzedArticle, 'retrieved' | 'fingerprint'>>, related: number[]) =>
  related.map((j) => articles[j]!.title);

describe('related articles', () => {
  it('weigh a shared tag by how rare it is in the archive', () => {
    const common = { countries: ['RU'], actors: ['putin'] };
    const articles = [
      tagged('story', '2024-06-20', { countries: ['RU', 'NZ'], actors: ['putin'] }),
      tagged('shares the rare country', '2024-06-20', { countries: ['NZ'] }),
      tagged('shares what most articles carry', '2024-06-20', common),
      ...Array.from({ length: 20 }, (_, i) => tagged(`common-${i}`, '2020-01-01', { ...common, topics: [`t${i}`] })),
    ];
    assert.equal(titlesOf(articles, findRelated(articles)[0]!)[0], 'shares the rare country');
  });

  it('prefer a shared topic or actor to a shared country as rare', () => {
    const articles = [
      tagged('story', '2024-06-20', { countries: ['CN'], actors: ['lavrov'], topics: ['china-russia'] }),
      tagged('same country', '2024-06-20', { countries: ['CN'] }),
      tagged('same actor', '2024-06-20', { actors: ['lavrov'] }),
      tagged('same topic', '2024-06-20', { topics: ['china-russia'] }),
      ...filler(20),
    ];
    assert.equal(titlesOf(articles, findRelated(articles)[0]!).at(-1), 'same country');
  });

  it('rank, of two otherwise equal stories, the one nearer in time first', () => {
    const tags = { countries: ['CN'], actors: ['xi'], topics: ['diplomacy'] };
    const articles = [
      tagged('story', '2024-06-20', tags),
      tagged('ten years before', '2014-06-20', tags),
      tagged('a month after', '2024-07-20', tags),
      ...filler(20),
    ];
    assert.deepEqual(titlesOf(articles, findRelated(articles)[0]!), ['a month after', 'ten years before']);
  });

  it('suggest no article on more than a tenth of the pages, even one that shares a tag with every other', () => {
    const hub = tagged('hub', '2024-06-20', {
      countries: ['UA', 'RU', 'US'],
      actors: Array.from({ length: 40 }, (_, i) => `a${i}`),
    });
    const others = Array.from({ length: 40 }, (_, i) =>
      tagged(`story-${i}`, '2024-06-20', { countries: ['UA'], actors: [`a${i}`, `b${i % 8}`] }),
    );
    const articles = [hub, ...others];
    const related = findRelated(articles);
    const times = new Map<string, number>();
    for (const list of related)
      for (const j of list) times.set(articles[j]!.title, (times.get(articles[j]!.title) ?? 0) + 1);
    assert.ok(times.get('hub')! >= 1, 'the hub is still suggested where it fits best');
    for (const [title, n] of times)
      assert.ok(n <= articles.length / 10, `${title} on ${n} of ${articles.length} pages`);
    assert.ok(
      related.slice(1).every((list) => list.length > 0),
      'every story still has related articles',
    );
  });

  it('count the tenth over the pages that list related articles, not over articles that share no tag', () => {
    // Capped at 2 of the 21 pages that could list, the hub would leave 18 stories with no list: on 2 of the 3 pages
    // left listing. The cap comes down to what the pages that list allow, one page at least.
    // 20 stories share an actor with the hub; 30 articles alone in their country can list nothing.
    const hub = tagged('hub', '2024-06-20', { actors: Array.from({ length: 20 }, (_, i) => `a${i}`) });
    const stories = Array.from({ length: 20 }, (_, i) => tagged(`story-${i}`, '2024-06-20', { actors: [`a${i}`] }));
    const alone = Array.from({ length: 30 }, (_, i) => tagged(`alone-${i}`, '2024-06-20', { countries: [`Z${i}`] }));
    const related = findRelated([hub, ...stories, ...alone]);
    assert.equal(
      related.filter((list) => list.includes(0)).length,
      1,
      'one page: a tenth of the 2 pages that list (the hub and one story), at least one',
    );
    assert.deepEqual(
      related.slice(21),
      Array.from({ length: 30 }, () => []),
    );
  });

  it('suggest nothing for an article that shares no tag with any other', () => {
    const articles = [tagged('alone', '2024-06-20', { countries: ['NZ'] }), ...filler(5)];
    assert.deepEqual(findRelated(articles)[0], []);
  });

  it('list, in an archive where thousands of articles carry the same country alone, the nearest days first', () => {
    const day = (n: number) => new Date(Date.UTC(2016, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const articles = Array.from({ length: 3000 }, (_, n) => tagged(`day-${n}`, day(n), { countries: ['US'] }));
    const related = findRelated(articles);
    assert.deepEqual(titlesOf(articles, related[1500]!), ['day-1499', 'day-1501', 'day-1498', 'day-1502', 'day-1497']);
    assert.deepEqual(titlesOf(articles, related[0]!), ['day-1', 'day-2', 'day-3', 'day-4', 'day-5']);
  });

  it('put a story sharing a rare actor years away before the same country on the next day', () => {
    const day = (n: number) => new Date(Date.UTC(2016, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const articles = [
      tagged('story', day(1500), { countries: ['US'], actors: ['yellen'] }),
      tagged('earlier chapter', day(100), { countries: ['US'], actors: ['yellen'] }),
      ...Array.from({ length: 3000 }, (_, n) => tagged(`day-${n}`, day(n), { countries: ['US'] })),
    ];
    assert.deepEqual(titlesOf(articles, findRelated(articles)[0]!), ['earlier chapter']);
  });

  it('are the best scored of all the articles, as scoring every pair gives them', () => {
    const archive = fc.array(
      fc.record({
        countries: fc.uniqueArray(fc.constantFrom('RU', 'US'), { maxLength: 2 }),
        actors: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }),
        topics: fc.uniqueArray(fc.constantFrom('diplomacy', 'sanctions'), { maxLength: 1 }),
        day: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null, freq: 8 }),
      }),
      { minLength: 20, maxLength: 80 },
    );
    fc.assert(
      fc.property(archive, (drawn) => {
        const articles = drawn.map(({ day, ...tags }, n) =>
          tagged(`${n}`, day === null ? null : new Date(Date.UTC(2016, 0, 1) + day * 86_400_000).toISOString(), tags),
        );
        assert.deepEqual(findRelated(articles), relatedByEveryPair(articles));
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * Related articles as the module's comment defines them, every pair scored (the sums in the order of the first
 * article's tags, as the module sums them, so that equal scores are equal): each article's 20 best candidates of at
 * least 0.02, then no article suggested on more than a tenth of the pages that list related articles.
 */
function relatedByEveryPair(articles: Array<Omit<AnalyzedArticle, 'retrieved' | 'fingerprint'>>): number[][] {
  const tags = articles.map((a) => [
    ...a.actors.map((x): [string, number] => [`a:${x.id}`, 2]),
    ...a.topics.map((t): [string, number] => [`t:${t.id}`, 3]),
    ...a.countries.map((c): [string, number] => [`c:${c.code}`, 1]),
  ]);
  const counts = new Map<string, number>();
  for (const list of tags) for (const [key] of list) counts.set(key, (counts.get(key) ?? 0) + 1);
  const square = ([key, kind]: [string, number]) =>
    (kind / Math.sqrt(2 ** Math.floor(Math.log2(counts.get(key)!)))) ** 2;
  const inverseNorms = tags.map((list) => {
    const sum = list.reduce((total, tag) => total + square(tag), 0);
    return sum ? 1 / Math.sqrt(sum) : 0;
  });
  const days = articles.map((a) => (a.date ? Date.parse(a.date.iso) / 86_400_000 : NaN));
  const candidates = articles.map((_, i) =>
    articles
      .map((_, j) => {
        const theirs = new Set(tags[j]!.map(([key]) => key));
        const sum = tags[i]!.reduce((total, tag) => (theirs.has(tag[0]) ? total + square(tag) : total), 0);
        const gap = Math.abs(days[i]! - days[j]!);
        const factor = Number.isNaN(gap) ? 0.5 : 1 / (1 + gap / 730);
        return { j, score: sum * inverseNorms[i]! * inverseNorms[j]! * factor };
      })
      .filter(({ j, score }) => j !== i && score > 0 && score >= 0.02)
      .sort((a, b) => b.score - a.score || a.j - b.j)
      .slice(0, 20),
  );
  const capFor = (pages: number) => Math.max(1, Math.floor(pages / 10));
  const pairs = candidates
    .flatMap((list, i) => list.map(({ j, score }) => ({ i, j, score })))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  let cap = capFor(candidates.filter((list) => list.length).length);
  for (;;) {
    const related: number[][] = articles.map(() => []);
    const suggested = new Map<number, number>();
    for (const { i, j } of pairs) {
      if (related[i]!.length >= 5 || (suggested.get(j) ?? 0) >= cap) continue;
      related[i]!.push(j);
      suggested.set(j, (suggested.get(j) ?? 0) + 1);
    }
    const fitting = capFor(related.filter((list) => list.length).length);
    if (fitting >= cap) return related;
    cap = fitting;
  }
}
