import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { growthOfTenfold, LINEAR_GROWTH } from '../helpers/growth.ts';

/** What opens the line a run stands in: the extractor treats bylines, source lines, lists and headings apart. */
const PREFIXES = ['', 'By ', 'by ', 'Source: ', '© 2020 ', '# ', '- ', '1. ', '> ', 'Published ', 'Mr. ', 'Xi '];
/** Characters and short pieces repeated into a run: punctuation, letters, markup, quotes (space-separated here). */
const UNITS = [
  ...'. ! ? , ; : - … • | / a A 1 " “ \' ( ) [ _ * # < & a. A. 1. U.S. aThe A- <div> <p>x <b> <li> <span> <div/> &amp;'.split(
    ' ',
  ),
  ...[' ', '\t', '\u00a0', '\n', '\n\n', '. ', 'A ', '. A', 'Ab ', '- ', ', ', 'a\n', 'A\n', '.\n', 'Mr. '],
];

/** An article whose first line after the headline is `prefix` and a run of `unit` `n` characters long. */
function withRun(ext: string, prefix: string, unit: string): (n: number) => string {
  return (n) => {
    const line = `${prefix}${unit.repeat(Math.ceil(n / unit.length))}x`;
    return ext === 'html'
      ? `<html><body><h1>Headline of the story</h1><p>${line}</p><p>Talks were held in Moscow.</p></body></html>`
      : `Headline of the story\n\n${line}\n\nRussia and China held talks in Moscow on Friday, officials said.\n`;
  };
}

type Named = [name: string, file: string, make: (n: number) => string, n: number];

// The inputs of the report that found the quadratic cases. Sizes start at 50,000 characters (5,000 elements): below
// that, the smaller input is handled whole in the fastest memory and caches, and even linear code looks slower on
// the larger one.
const NAMED: Named[] = [
  ['a run of dots in a sentence', 'a.txt', (n) => `Headline\n\nSome text ${'.'.repeat(n)} end.\n`, 50_000],
  ['a run of ! and ? in a sentence', 'a.txt', (n) => `Headline\n\nSome text ${'!?'.repeat(n / 2)} end.\n`, 50_000],
  ['a byline of dots', 'a.txt', (n) => `Headline\n\nBy ${'.'.repeat(n)}x\n\nThe text of the story.\n`, 50_000],
  ['a byline of semicolons', 'a.txt', (n) => `Headline\n\nby ${';'.repeat(n)}x\n\nThe text of the story.\n`, 50_000],
  ['dots in a front-matter title', 'a.md', (n) => `---\ntitle: "A${'.'.repeat(n)}"\n---\nThe text.\n`, 50_000],
  ['a long line of dots', 'a.txt', (n) => `Headline\n\n${'. '.repeat(3)}${'.'.repeat(n)}\n`, 50_000],
  ['a run of opening brackets', 'a.txt', (n) => `Headline\n\nSource: ${'['.repeat(n)}x\n`, 50_000],
  ['a run of image openings', 'a.txt', (n) => `Headline\n\n${'!['.repeat(n / 2)}x\n`, 50_000],
  ['a long line of words', 'a.txt', (n) => `Headline\n\n${'Moscow talks. '.repeat(n / 14)}\n`, 50_000],
  [
    'names in one long sentence',
    'a.txt',
    (n) => `Headline\n\nOfficials met ${'Aleksandr Petrov, '.repeat(Math.ceil(n / 18))}and others.\n`,
    20_000,
  ],
  ['a glued word the dictionary might split', 'a.txt', (n) => `Headline\n\nA${'a'.repeat(n)}The end.\n`, 50_000],
  ['nested <div>s', 'a.html', (n) => `<html><body>${'<div>'.repeat(n)}Text${'</div>'.repeat(n)}</body></html>`, 5_000],
  ['unclosed nested <div>s', 'a.html', (n) => `<html><body>${'<div>'.repeat(n)}Text</body></html>`, 5_000],
  ['self-closed <div/>s', 'a.html', (n) => `<html><body>${'<div/>'.repeat(n)}Text</body></html>`, 5_000],
  [
    'nested JSON-LD arrays',
    'a.html',
    (n) => `<script type="application/ld+json">${'['.repeat(n)}${']'.repeat(n)}</script><p>Text</p>`,
    5_000,
  ],
];

describe('analysis time grows linearly with hostile input', () => {
  for (const [name, file, make, n] of NAMED) {
    it(`${name}: ten times as long takes about ten times as long`, () => {
      const growth = growthOfTenfold(file, make, n);
      assert.ok(growth <= LINEAR_GROWTH, `${name}: ${growth.toFixed(1)} times as long for ten times the input`);
    });
  }

  it('any run of punctuation, spaces, letters or markup, in any format and after any line opening', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('txt', 'md', 'html'),
        fc.constantFrom(...PREFIXES),
        fc.constantFrom(...UNITS),
        (ext, prefix, unit) => {
          const growth = growthOfTenfold(`a.${ext}`, withRun(ext, prefix, unit), 20_000);
          assert.ok(growth <= LINEAR_GROWTH, `${growth.toFixed(1)} times as long for ten times the input`);
        },
      ),
      { numRuns: 12 },
    );
  });
});
