import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractArticle } from '../../../src/extract/index.ts';
import { isMarkdownSeparator, plainMarkdownText } from '../../../src/extract/markdown-inline.ts';
import { isRejection, readArticle } from '../../../src/read/index.ts';

const FOLDER = 'tests/fixtures/corpus/scraped-2018-2026';

function extractFile(name: string) {
  const file = `${FOLDER}/${name}`;
  const raw = readArticle(file, readFileSync(file));
  assert.ok(!isRejection(raw));
  return { raw, article: extractArticle(raw, { retrieved: null }) };
}

/** Markdown syntax a reader must never see. */
const MARKDOWN_SYNTAX = /\*\*|\]\(https?:|<\/?excerpt|(^|\s)_\S|\S_($|\s)|^-{3,}$|`/m;

describe('Markdown saved as .txt', () => {
  it('gives a CNN article its headline and date, and a text that does not open with the rule', () => {
    const { article } = extractFile('cnn2024-hamas-fatah-beijing.txt');
    assert.doesNotMatch(article.text, MARKDOWN_SYNTAX);
    assert.ok(!article.text.startsWith('---'));
    assert.ok(article.date);
    assert.doesNotMatch(article.title, /^#|\*\*/);
  });

  it('reads the RUSI post without underscores, excerpt tag or link syntax, dated by its Jekyll front matter', () => {
    const { raw, article } = extractFile('rusi2024-russia-and-china.txt');
    assert.deepEqual(raw.frontMatter.date, { iso: '2024-06-07', precision: 'day' });
    assert.match(article.text, /^Strategic cooperation between Moscow and Beijing/);
    assert.doesNotMatch(article.text, MARKDOWN_SYNTAX);
  });

  it('keeps the words of links and emphasis', () => {
    assert.equal(
      plainMarkdownText('**Bold** and _italic_ words, a [Source](https://example.com/a_b) and `2024-07-25 23:36:03`'),
      'Bold and italic words, a Source and 2024-07-25 23:36:03',
    );
  });

  it('leaves snake_case names, arithmetic stars and typewriter quotes alone', () => {
    for (const text of ['the file_name_here field', '2 * 3 * 4 = 24', "He said `burden to Britain' twice, `again'."])
      assert.equal(plainMarkdownText(text), text);
  });

  it('takes rules and excerpt tags for breaks, not text', () => {
    assert.ok(isMarkdownSeparator('---'));
    assert.ok(isMarkdownSeparator('* * *'));
    assert.ok(isMarkdownSeparator('<excerpt/>'));
    assert.ok(!isMarkdownSeparator('-- the end --'));
  });
});
