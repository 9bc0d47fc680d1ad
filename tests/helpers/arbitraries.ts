/**
 * Test helpers: fast-check generators of article-like text, mixing news furniture with arbitrary strings, and of
 * changes to an archive.
 */
import fc from 'fast-check';

/** Pieces that exercise the extractor and taggers: headlines, bylines, datelines, names, markup, odd characters. */
const PIECES = [
  'Xi Jinping',
  'President Xi',
  'Vladimir Putin',
  'Putin',
  'Wang Yi',
  'Lavrov',
  'NATO',
  'the EU',
  'China',
  'Russia',
  'Sino-Russian',
  'Ukraine',
  'Crimea',
  'South China Sea',
  'Papua New Guinea',
  'Turkey',
  'turkey',
  'U.S.',
  'the Kremlin',
  'Hong Kong',
  'Taiwan',
  'By Jane Doe',
  'By',
  'Source: Reuters',
  'Source:',
  'Published',
  'Updated:',
  'Thursday, 20 June 2024',
  '2024-06-20',
  '20.06.2024',
  '31.02.2024',
  '2 years ago',
  'last year',
  'yesterday',
  'June 2024',
  '2024',
  '0000-00-00',
  '9999-99-99',
  'Share',
  'Comments',
  'Read more',
  'Advertisement',
  'sanctions',
  'talks',
  'Mr.',
  'e.g.',
  '...',
  '"',
  '“',
  '”',
  '’',
  '—',
  '-',
  '*',
  '•',
  '#',
  '>',
  '1.',
  '---',
  '<script>',
  '</script>',
  '&amp;',
  '\u0000',
  '\uFEFF',
  '\u2028',
  '\uD800',
  '😀',
  'é',
  'İ',
  'ß',
  '中国',
  'Россия',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  ' ',
  '.',
  ',',
  '!',
  '?',
];

/** Any string, or a sequence of news-like pieces and arbitrary strings. */
export const articleText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
        { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
      ),
      { maxLength: 120 },
    )
    .map((parts) => parts.join(' ')),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 20 })), { maxLength: 120 })
    .map((parts) => parts.join('')),
);

/** A change to an archive a property test draws: an article added, edited or removed, at a drawn position. */
export interface ArchiveChange<Drawn> {
  kind: 'add' | 'edit' | 'remove';
  at: number;
  drawn: Drawn;
}

/** Changes to an archive whose articles are drawn by `drawn`. */
export function archiveChange<Drawn>(drawn: fc.Arbitrary<Drawn>): fc.Arbitrary<ArchiveChange<Drawn>> {
  return fc.record({
    kind: fc.constantFrom('add' as const, 'edit' as const, 'remove' as const),
    at: fc.nat(),
    drawn,
  });
}
