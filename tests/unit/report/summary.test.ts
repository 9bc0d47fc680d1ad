import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatSummary, type BuildReport } from '../../../src/report/index.ts';

const published = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ file: `a${i}.txt`, url: `/articles/a${i}/`, title: `A${i}`, hash: `h${i}` }));

const report: BuildReport = {
  articlesDir: 'content/articles',
  filesRead: 139,
  published: published(135),
  rejected: [{ file: 'article-14.txt', code: 'no-text', reason: 'no article text was found' }],
  warnings: [
    {
      file: 'rusi.txt',
      level: 'warning',
      stage: 'read',
      code: 'front-matter-date',
      message: 'front matter "date" ("unknown") is not a date; ignored',
    },
  ],
  duplicates: [
    { file: 'b.txt', duplicateOf: 'a0.txt', similarity: 1, kind: 'exact' },
    { file: 'c.txt', duplicateOf: 'a0.txt', similarity: 1, kind: 'exact' },
    { file: 'd.txt', duplicateOf: 'a1.txt', similarity: 0.8, kind: 'near' },
  ],
  timings: { total: 1 },
  discoveredActors: [],
  counts: { new: 2, changed: 1, analyzed: 5, cached: 134 },
};

describe('the build summary', () => {
  const summary = formatSummary(report);

  it('names every warning with its file', () => {
    assert.match(summary, /^139 files read: 135 published, 3 duplicates, 1 rejected, 1 warning$/m);
    assert.match(summary, /warning rusi\.txt: front matter "date" \("unknown"\) is not a date; ignored/);
  });

  it('gives counts that add up: new, changed and as before make the published; now and cached the analysed', () => {
    assert.match(summary, /135 published: 2 new, 1 changed, 132 as before/);
    assert.match(summary, /139 files analysed: 5 now, 134 from the cache$/m);
    const unread = {
      ...report,
      filesRead: 141,
      rejected: [
        ...report.rejected,
        { file: 'index.tsv', code: 'not-article', reason: 'not an article file (.tsv)' },
        { file: 'list.tsv', code: 'not-article', reason: 'not an article file (.tsv)' },
      ],
    };
    assert.match(formatSummary(unread), /139 files analysed: 5 now, 134 from the cache; the other 2 rejected$/m);
  });

  it('names the first fifty rejected files and duplicates, and counts the others by kind, however many there are', () => {
    const empty = { code: 'empty', reason: 'no article text after the front matter' };
    const many = {
      ...report,
      filesRead: 20_139,
      rejected: [
        ...Array.from({ length: 19_990 }, (_, i) => ({ ...empty, file: `empty-${i}.txt` })),
        ...Array.from({ length: 10 }, (_, i) => ({ file: `photo-${i}.txt`, code: 'binary', reason: 'binary file' })),
      ],
      duplicates: Array.from({ length: 60 }, (_, i) => ({
        file: `copy-${i}.txt`,
        duplicateOf: 'a0.txt',
        similarity: i < 55 ? 1 : 0.8,
        kind: i < 55 ? ('exact' as const) : ('near' as const),
      })),
    };
    const lines = formatSummary(many).split('\n');
    assert.ok(lines.length < 150, `${lines.length} lines`);
    assert.equal(lines.filter((line) => line.startsWith('  rejected ')).length, 50);
    assert.ok(lines.includes('  rejected empty-49.txt: no article text after the front matter'));
    assert.ok(lines.includes('  … and 19950 more rejected (19940 empty, 10 binary; rejected in the report)'));
    assert.equal(lines.filter((line) => line.startsWith('  duplicate ')).length, 50);
    assert.ok(lines.includes('  … and 10 more duplicates (5 exact, 5 near; duplicates in the report)'));
    assert.match(formatSummary(many), /^20139 files read: 135 published, 60 duplicates, 20000 rejected, 1 warning$/m);
  });

  it('names the first twenty warnings and says how many more the report holds', () => {
    const many = {
      ...report,
      warnings: Array.from({ length: 25 }, (_, i) => ({ ...report.warnings[0]!, file: `w${i}.txt` })),
    };
    const lines = formatSummary(many).split('\n');
    assert.equal(lines.filter((l) => l.startsWith('  warning ')).length, 20);
    assert.ok(lines.includes('  … and 5 more warnings (warnings in the report)'));
  });

  it('shows a line break in a file name as its escape, so that a name cannot write a line of its own', () => {
    const named = formatSummary({
      ...report,
      duplicates: [{ file: 'b.txt\n  rejected 0 files', duplicateOf: 'a0.txt', similarity: 1, kind: 'exact' }],
    });
    assert.match(named, /^ {2}duplicate b\.txt\\x0a {2}rejected 0 files: same text as a0\.txt$/m);
    assert.doesNotMatch(named, /^ {2}rejected 0 files/m);
  });

  it('says one of a thing as one', () => {
    const one = { ...report, filesRead: 1, published: published(1), rejected: [], warnings: [], duplicates: [] };
    const single = { ...one, duplicates: report.duplicates.slice(0, 1), filesRead: 2 };
    assert.match(formatSummary(one), /^1 file read: 1 published, 0 duplicates, 0 rejected, 0 warnings$/m);
    assert.match(formatSummary(single), /^2 files read: 1 published, 1 duplicate, 0 rejected, 0 warnings$/m);
    assert.match(
      formatSummary({ ...one, counts: { new: 1, changed: 0, analyzed: 1, cached: 0 } }),
      /^ {2}1 file analysed: 1 now, 0 from the cache$/m,
    );
  });
});
