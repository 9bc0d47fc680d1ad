import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildArchive } from '../../../src/archive/index.ts';
import { DEFAULT_CONTENT_DIR } from '../../../src/build/index.ts';
import { printable } from '../../../src/report/index.ts';
import { checkTaxonomy, loadTaxonomy } from '../../../src/taxonomy/index.ts';
import { analyzeText, defaultContext, defaultSettings } from '../../helpers/pipeline.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('values far from the usual kept within bounds', () => {
  it('gives a country a timeline over the years that hold its articles only, however far apart they are', () => {
    const article = (title: string, date: string) =>
      analyzeText(`---\ntitle: ${title}\ndate: ${date}\n---\nRussia and China held talks in Moscow.`, `${title}.md`);
    const model = buildArchive(
      [article('Old talks', '1001-03-04'), article('New talks', '2024-11-20')],
      defaultContext().taxonomy,
      defaultSettings(),
    );
    const timeline = model.countries.find((c) => c.id === 'RU')!.timeline.months;
    assert.deepEqual(
      [...new Set(timeline.map((m) => m.month.slice(0, 4)))],
      ['1001', '2024'],
      'two years, not a thousand',
    );
    assert.equal(timeline.length, 10 + 11, 'March to December 1001, then January to November 2024');
    assert.deepEqual(
      timeline.filter((m) => m.count).map((m) => m.month),
      ['1001-03', '2024-11'],
    );
  });

  it('warns of an empty actors.yaml or topics.yaml, which would leave the site without their pages', () => {
    const dir = makeTempDir('news-archive-taxonomy-');
    cpSync(path.join(DEFAULT_CONTENT_DIR, 'taxonomy'), dir, { recursive: true });
    assert.deepEqual(checkTaxonomy(loadTaxonomy(dir, 'taxonomy'), 'taxonomy'), []);
    writeFileSync(path.join(dir, 'actors.yaml'), '');
    writeFileSync(path.join(dir, 'topics.yaml'), '# nothing yet\n');
    const warnings = checkTaxonomy(loadTaxonomy(dir, 'taxonomy'), 'taxonomy');
    assert.deepEqual(
      warnings.map((w) => [w.file, w.code]),
      [
        [path.join('taxonomy', 'actors.yaml'), 'taxonomy-empty'],
        [path.join('taxonomy', 'topics.yaml'), 'taxonomy-empty'],
      ],
    );
    assert.match(warnings[0]!.message, /no actor pages/);
  });

  it('prints a file name with its control and reordering characters as escapes, line breaks kept', () => {
    assert.equal(printable('\x1b]0;owned\x07name\u202Etxt.exe\n\u0085'), '\\x1b]0;owned\\x07name\\u202etxt.exe\n\\x85');
    assert.equal(printable('новости 新闻 أخبار.md'), 'новости 新闻 أخبار.md');
  });
});
