import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  createDedupeMemory,
  groupDuplicates,
  type DedupeCandidate,
  type DedupeMemory,
} from '../../../src/dedupe/index.ts';

const WORDS = ['minister', 'talks', 'border', 'grain', 'port', 'ceasefire', 'envoy', 'summit', 'vote', 'sanctions'];

/** Story `story`'s words: the same for every version of it, and unlike any other story's. */
function storyWords(story: number): string[] {
  return Array.from({ length: 70 }, (_, i) => `${WORDS[(story * 7 + i * 3) % WORDS.length]}${story}x${i}`);
}

/**
 * A text drawn from few stories, so that copies are common: a story whole (an exact copy), a stretch of it (a near
 * copy of the whole; two stretches sharing too little are copies of the whole but not of each other, so the whole
 * joins them), with words of its own added, a few words alone (too short to compare but word for word), or nothing.
 */
const drawnText = fc.oneof(
  fc
    .record({
      story: fc.integer({ min: 0, max: 4 }),
      from: fc.constantFrom(0, 10, 22),
      to: fc.constantFrom(70, 60, 48, 25),
      extra: fc.nat(3),
    })
    .map(({ story, from, to, extra }) =>
      [...storyWords(story).slice(from, to), ...Array.from({ length: extra * 4 }, (_, i) => `own${extra}w${i}`)].join(
        ' ',
      ),
    ),
  fc.constantFrom('A short note of a dozen words said once and again here today.', 'Brief.', ''),
);

/** A file's record as grouping reads it; two files of the same text may be the same bytes or not. */
interface Drawn {
  text: string;
  sameBytes: boolean;
  day: number | null;
}

const drawn: fc.Arbitrary<Drawn> = fc.record({
  text: drawnText,
  sameBytes: fc.boolean(),
  day: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
});

function candidateOf(file: string, d: Drawn): DedupeCandidate {
  const bytes = d.sameBytes ? d.text : `${file}\n${d.text}`;
  return {
    file,
    hash: createHash('sha256').update(bytes).digest('hex'),
    title: file,
    date: d.day === null ? null : { iso: `2024-01-0${d.day}`, precision: 'day' },
    author: null,
    source: null,
    text: d.text,
  };
}

/** A change to the archive between two builds. */
const change = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), article: drawn }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), article: drawn }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
);

describe('duplicate groups kept between builds', () => {
  it('groups after adds, edits and removals exactly as grouping every article afresh', () => {
    fc.assert(
      fc.property(
        fc.array(drawn, { minLength: 1, maxLength: 25 }),
        fc.array(fc.array(change, { maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        (initial, builds) => {
          let next = 0;
          let files = initial.map((d) => candidateOf(`f${next++}.txt`, d));
          const memory: DedupeMemory = createDedupeMemory();
          assert.deepEqual(groupDuplicates(files, memory), groupDuplicates(files));
          for (const changes of builds) {
            for (const c of changes) {
              if (c.kind === 'add') files = [...files, candidateOf(`f${next++}.txt`, c.article)];
              else if (!files.length) continue;
              else if (c.kind === 'edit') {
                const at = c.at % files.length;
                files = files.map((f, i) => (i === at ? candidateOf(f.file, c.article) : f));
              } else files = files.filter((_, i) => i !== c.at % files.length);
            }
            assert.deepEqual(groupDuplicates(files, memory), groupDuplicates(files));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('compares only what is new where groups can only grow, and groups afresh when one may split', () => {
    const words = storyWords(1);
    const whole = candidateOf('a.txt', { text: words.join(' '), sameBytes: false, day: 1 });
    const other = candidateOf('b.txt', { text: storyWords(2).join(' '), sameBytes: false, day: 1 });
    const memory = createDedupeMemory();
    groupDuplicates([whole, other], memory);
    // Two stretches of the story, each a copy of the whole, sharing too little to be copies of each other.
    const start = candidateOf('c.txt', { text: words.slice(0, 48).join(' '), sameBytes: false, day: 2 });
    const end = candidateOf('d.txt', { text: words.slice(22).join(' '), sameBytes: false, day: 2 });
    const grown = groupDuplicates([whole, other, start, end], memory);
    assert.deepEqual(
      grown.duplicates.map((d) => [d.file, d.duplicateOf]),
      [
        ['c.txt', 'a.txt'],
        ['d.txt', 'a.txt'],
      ],
    );
    // The whole gone: nothing joins the two stretches any more.
    const split = groupDuplicates([other, start, end], memory);
    assert.deepEqual([split.duplicates, split.kept.map((a) => a.file)], [[], ['b.txt', 'c.txt', 'd.txt']]);
  });

  it('publishes a story of several copies as the same article while its copies are the same, a new one when one changes', () => {
    const words = storyWords(3);
    const whole = candidateOf('a.txt', { text: words.join(' '), sameBytes: false, day: 1 });
    const copy = candidateOf('b.txt', { text: words.slice(0, 60).join(' '), sameBytes: false, day: 2 });
    const other = candidateOf('c.txt', { text: storyWords(4).join(' '), sameBytes: false, day: 1 });
    const memory = createDedupeMemory();
    const [first] = groupDuplicates([whole, copy, other], memory).kept;
    const again = groupDuplicates([whole, copy, other], memory).kept;
    // The archive model kept between rebuilds takes an article of another object for one new or changed.
    assert.equal(again[0], first);
    assert.deepEqual(
      again.map((a) => [a.file, a.alsoPublished?.map((c) => c.title) ?? []]),
      [
        ['a.txt', ['b.txt']],
        ['c.txt', []],
      ],
    );
    const retitled = { ...copy, title: 'b.txt, corrected' };
    const [changed] = groupDuplicates([whole, retitled, other], memory).kept;
    assert.notEqual(changed, first);
    assert.deepEqual(
      changed!.alsoPublished?.map((c) => c.title),
      ['b.txt, corrected'],
    );
  });
});
