import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compareArticles } from '../../../src/archive/article-refs.ts';
import {
  createRelatedMemory,
  findRelated,
  restoreRelatedMemory,
  storeRelatedMemory,
  type RelatedMemory,
} from '../../../src/archive/related.ts';
import { archiveChange, type ArchiveChange } from '../../helpers/arbitraries.ts';

/** An article's tags, date and title, drawn from few values so that tags are shared and scores tie. */
interface Drawn {
  countries: string[];
  actors: number[];
  topics: string[];
  day: number | null;
  title: string;
}

const drawn: fc.Arbitrary<Drawn> = fc.record({
  countries: fc.uniqueArray(fc.constantFrom('RU', 'UA', 'CN', 'US', 'NZ', 'FR'), { maxLength: 2 }),
  actors: fc.uniqueArray(fc.integer({ min: 0, max: 150 }), { maxLength: 3 }),
  topics: fc.uniqueArray(fc.constantFrom('diplomacy', 'sanctions', 'war'), { maxLength: 2 }),
  day: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  title: fc.constantFrom('a', 'b'),
});

/** What relatedness reads of an article, and what orders the model's list of articles. */
function articleOf(n: number, d: Drawn) {
  return {
    url: `/articles/${n}/`,
    title: d.title,
    date: d.day === null ? null : { iso: `2024-01-0${d.day}`, precision: 'day' as const },
    countries: d.countries.map((code) => ({ code, primary: true })),
    actors: d.actors.map((id) => ({ id: `actor-${id}`, discovered: false })),
    topics: d.topics.map((id) => ({ id })),
  };
}

type Article = ReturnType<typeof articleOf>;

type Change = ArchiveChange<Drawn>;

const change = archiveChange(drawn);

/**
 * Makes the changes to an archive of `first`, and checks after each that the related articles found with the
 * memory (passed through `carry` between calls) are those found anew.
 */
function checkChanges(first: Drawn[], changes: Array<Change>, carry: (m: RelatedMemory) => RelatedMemory) {
  let next = 0;
  const archive: Article[] = first.map((d) => articleOf(next++, d));
  // The model's order, which the memory expects from one call to the next.
  const inOrder = () => [...archive].sort(compareArticles) as unknown as Parameters<typeof findRelated>[0];
  let memory = createRelatedMemory();
  findRelated(inOrder(), memory);
  for (const { kind, at, drawn: d } of changes) {
    const i = at % archive.length;
    if (kind === 'add') archive.push(articleOf(next++, d));
    if (kind === 'edit') archive[i] = articleOf(Number(archive[i]!.url.split('/')[2]), d);
    if (kind === 'remove' && archive.length > 1) archive.splice(i, 1);
    const articles = inOrder();
    memory = carry(memory);
    assert.deepEqual(findRelated(articles, memory), findRelated(articles));
  }
}

const archives = fc.array(drawn, { minLength: 150, maxLength: 250 });

describe('related articles kept from one build to the next', () => {
  it('are those found anew after articles are added, edited and removed', () => {
    fc.assert(
      fc.property(archives, fc.array(change, { maxLength: 8 }), (first, changes) =>
        checkChanges(first, changes, (m) => m),
      ),
      { numRuns: 60 },
    );
  });

  it('are the same when the memory is kept as JSON by one process and read by the next', () => {
    const throughJson = (memory: RelatedMemory) =>
      restoreRelatedMemory(
        JSON.parse(JSON.stringify(storeRelatedMemory(memory))) as ReturnType<typeof storeRelatedMemory>,
      );
    fc.assert(
      fc.property(archives, fc.array(change, { maxLength: 4 }), (first, changes) =>
        checkChanges(first, changes, throughJson),
      ),
      { numRuns: 20 },
    );
  });
});
