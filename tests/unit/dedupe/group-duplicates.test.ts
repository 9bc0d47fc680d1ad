import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupDuplicates, type DedupeCandidate } from '../../../src/dedupe/index.ts';
import { SEED_FILES, seedText } from '../../helpers/archive.ts';
import { analyzeText } from '../../helpers/pipeline.ts';

const lavrov = analyzeText(seedText(SEED_FILES.lavrov), SEED_FILES.lavrov);
const whiteHouse = analyzeText(seedText(SEED_FILES.whiteHouse), SEED_FILES.whiteHouse);

function copy(overrides: Partial<DedupeCandidate>): DedupeCandidate {
  const { file, hash, title, date, author, source, text } = lavrov;
  return { file, hash, title, date, author, source, text, ...overrides };
}

const paragraphs = lavrov.text.split('\n\n');
const original = copy({ file: 'a-original.txt', hash: 'b1' });
const shouting = copy({
  file: 'b-shouting.txt',
  hash: 'a1',
  text: lavrov.text.toUpperCase().replace(/\./g, ' .'),
  date: { iso: '2024-06-21', precision: 'day' },
});
const edited = copy({
  file: 'c-edited.txt',
  hash: 'c1',
  title: 'Xi receives Lavrov',
  source: 'Other Outlet',
  date: { iso: '2024-06-19', precision: 'day' },
  text: [
    ...paragraphs.slice(0, 2),
    'Analysts in Moscow said the visit had been planned for several months before it was announced.',
    ...paragraphs.slice(3),
  ].join('\n\n'),
});
const other = { ...whiteHouse, file: 'd-other.txt' };

describe('grouping duplicate stories', () => {
  it('keeps one article per story and records the others with their kind', () => {
    const { kept, duplicates } = groupDuplicates([original, shouting, edited, other]);
    assert.deepEqual(kept.map((a) => a.file).sort(), ['c-edited.txt', 'd-other.txt']);
    const byFile = new Map(duplicates.map((d) => [d.file, d]));
    assert.equal(byFile.get('a-original.txt')?.kind, 'near');
    assert.ok(byFile.get('a-original.txt')!.similarity >= 0.6);
    assert.equal(byFile.get('b-shouting.txt')?.duplicateOf, 'c-edited.txt');
  });

  it('publishes the earliest dated copy and lists every other source and date', () => {
    const { kept } = groupDuplicates([original, shouting, edited, other]);
    const story = kept.find((a) => a.file === 'c-edited.txt')!;
    assert.deepEqual(story.alsoPublished?.map((c) => [c.file, c.date?.iso ?? null]).sort(), [
      ['a-original.txt', '2024-06-20'],
      ['b-shouting.txt', '2024-06-21'],
    ]);
    assert.equal(kept.find((a) => a.file === 'd-other.txt')!.alsoPublished, undefined);
  });

  it('calls text that differs only in case and punctuation an exact duplicate', () => {
    const { duplicates } = groupDuplicates([original, shouting]);
    assert.deepEqual(duplicates, [
      { file: 'b-shouting.txt', duplicateOf: 'a-original.txt', similarity: 1, kind: 'exact' },
    ]);
  });

  it('publishes one page for the same file saved twice under two names', () => {
    const twin = copy({ file: 'z-twin.txt' });
    const { kept, duplicates } = groupDuplicates([twin, original]);
    assert.deepEqual(
      kept.map((a) => a.file),
      ['a-original.txt'],
    );
    assert.deepEqual(
      kept[0]!.alsoPublished?.map((c) => c.file),
      ['z-twin.txt'],
    );
    assert.equal(duplicates[0]?.kind, 'exact');
  });

  it('chooses the same primary whatever the order of the files', () => {
    const forward = groupDuplicates([original, shouting, edited, other])
      .kept.map((a) => a.file)
      .sort();
    const backward = groupDuplicates([other, edited, shouting, original])
      .kept.map((a) => a.file)
      .sort();
    assert.deepEqual(forward, backward);
  });

  it('does not group different stories, nor a one-paragraph brief with the long story that quotes it', () => {
    const brief = copy({ file: 'e-brief.txt', text: paragraphs[0]! });
    const { duplicates } = groupDuplicates([original, other, brief]);
    assert.deepEqual(duplicates, []);
  });
});

describe('grouping texts too short to compare', () => {
  const note = (file: string, hash: string, title: string, text: string) => copy({ file, hash, title, text });

  it('never groups articles without text, and sets them aside as having nothing to publish', () => {
    const headlines = [note('a.txt', 'h1', 'Rebels withdraw', ''), note('b.txt', 'h2', 'Gas pipes damaged', '  ')];
    const { kept, duplicates, rejected } = groupDuplicates([...headlines, original]);
    assert.deepEqual(duplicates, []);
    assert.deepEqual(
      kept.map((a) => a.file),
      ['a-original.txt'],
    );
    assert.deepEqual(
      rejected.map((r) => [r.file, r.code]),
      [
        ['a.txt', 'no-text'],
        ['b.txt', 'no-text'],
      ],
    );
  });

  it('keeps apart two stories whose only text is the same credit line', () => {
    const credit = 'Photo: Reuters. Video unavailable.';
    const { kept, duplicates } = groupDuplicates([
      note('a.txt', 'h1', 'Talks', credit),
      note('b.txt', 'h2', 'Fire', credit),
    ]);
    assert.deepEqual(duplicates, []);
    assert.equal(kept.length, 2);
  });

  it('still groups a one-sentence brief found word for word in two files, and the same short file saved twice', () => {
    const brief = 'Police officers were seen writing down the names and passport details of people laying flowers.';
    const { duplicates } = groupDuplicates([
      note('a.txt', 'h1', 'Police', brief),
      note('b.txt', 'h2', 'Flowers', brief),
      note('c.txt', 'h3', 'Note', 'Video unavailable.'),
      note('d.txt', 'h3', 'Note', 'Video unavailable.'),
    ]);
    assert.deepEqual(
      duplicates.map((d) => [d.file, d.duplicateOf, d.kind]),
      [
        ['b.txt', 'a.txt', 'exact'],
        ['d.txt', 'c.txt', 'exact'],
      ],
    );
  });
});
