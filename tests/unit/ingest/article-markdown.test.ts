import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../../src/analyze/index.ts';
import { articleFileName, blocksToMarkdown, renderArticleMarkdown, reviewFlags } from '../../../src/ingest/index.ts';
import { isRejection, readArticle } from '../../../src/read/index.ts';
import type { Block } from '../../../src/types.ts';
import { SEED_FILES, seedText } from '../../helpers/archive.ts';
import { analyzeText, defaultContext } from '../../helpers/pipeline.ts';

function reread(markdown: string) {
  const raw = readArticle('ingested.md', new TextEncoder().encode(markdown));
  assert.ok(!isRejection(raw));
  return { raw, extracted: analyzeArticle(raw, defaultContext()) };
}

const origin = {
  file: 'page.html',
  sha256: 'ab'.repeat(32),
  kept: `sources/${'ab'.repeat(32)}.html`,
  retrieved: '2026-03-01',
};

describe('writing an ingested article as Markdown', () => {
  it('keeps text that looks like Markdown markup as written', () => {
    const blocks: Block[] = [
      {
        kind: 'paragraph',
        text: '# Not a heading, 1. not a list: *stars*, _underscores_, [a](link), <b>tag</b>, a | b, ~~struck~~, &amp; and a \\ backslash',
      },
      { kind: 'paragraph', text: '2024. A year that starts a line' },
      { kind: 'paragraph', text: '- a dash that starts a line' },
      { kind: 'heading', text: 'A heading with `code`' },
      { kind: 'quote', text: '> Quoted' },
      { kind: 'list', ordered: true, items: ['first *item*', 'second'] },
      { kind: 'list', ordered: false, items: ['+ plus', 'plain'] },
    ];
    assert.deepEqual(reread(blocksToMarkdown(blocks)).extracted.blocks, blocks);
  });

  it('writes front matter that reads back to the same title, date and precision, author and source', () => {
    const article = {
      ...analyzeText(seedText(SEED_FILES.lavrov), SEED_FILES.lavrov),
      title: 'Xi: "the best" #1 — really?',
      date: { iso: '2024-06-01', precision: 'month' as const },
    };
    const { raw, extracted } = reread(renderArticleMarkdown(article, origin));
    assert.equal(extracted.title, article.title);
    assert.deepEqual(extracted.date, { iso: '2024-06-01', precision: 'month' });
    assert.equal(raw.frontMatter.retrieved, '2026-03-01');
    assert.deepEqual(
      raw.frontMatter.countries,
      article.countries.filter((c) => c.primary).map((c) => c.code),
    );
    assert.equal(extracted.text, article.text);
  });

  it('records the original file and its hash', () => {
    const markdown = renderArticleMarkdown(analyzeText(seedText(SEED_FILES.lavrov)), origin);
    assert.match(markdown, /original:\n {2}file: page\.html\n {2}sha256: (ab){32}\n/);
  });

  it('names files by date and slug, and never reuses a name', () => {
    const article = { title: 'Xi meets Lavrov', date: { iso: '2024-06-20', precision: 'day' as const } };
    assert.equal(articleFileName(article, 'cafe0123ff', new Set()), '2024-06-20-xi-meets-lavrov.md');
    assert.equal(
      articleFileName(article, 'cafe0123ff', new Set(['2024-06-20-xi-meets-lavrov.md'])),
      '2024-06-20-xi-meets-lavrov-cafe0123.md',
    );
    assert.equal(
      articleFileName({ title: 'Xi meets Lavrov', date: null }, 'cafe', new Set()),
      'undated-xi-meets-lavrov.md',
    );
  });

  it('flags what needs a human look', () => {
    assert.deepEqual(reviewFlags(analyzeText(seedText(SEED_FILES.whiteHouse))), ['undated (page says "2 years ago")']);
    assert.deepEqual(
      reviewFlags(
        analyzeText(
          'Storm warning\n\nA storm hit the coast on Monday and people were told to stay indoors until the winds eased off.\n',
        ),
      ),
      ['undated', 'no actors found', 'low-confidence title'],
    );
  });
});
