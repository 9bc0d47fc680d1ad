import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/build/index.ts';
import { formatSummary } from '../../src/report/index.ts';
import { buildArchiveDir, makeArchive, SEED_FILES, seedText, type BuiltArchive } from '../helpers/archive.ts';

const lavrov = seedText(SEED_FILES.lavrov);
const REUTERS_URL = 'https://www.reuters.com/world/china/xi-holds-talks-with-lavrov-2024-06-20/';
/** The same story from another outlet, whose address its front matter gives: new headline, one paragraph cut. */
const reworked = `---\nsource: ${REUTERS_URL}\n---\n${lavrov}`
  .replace('Chinese Leader Xi Jinping Met With the Russian Foreign Minister', 'Xi holds talks with Lavrov in Beijing')
  .split('\n')
  .filter((line) => !line.startsWith('China and Russia'))
  .join('\n');
const page = readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'html', '01-news-jsonld.html'));

describe('building an archive with duplicate stories and a saved web page', () => {
  let site: BuiltArchive;
  before(async () => {
    site = await buildArchiveDir(
      makeArchive(
        {
          'lavrov.txt': lavrov,
          'copies/lavrov-again.txt': lavrov,
          'copies/outlet-b.txt': reworked,
          'saved/straw.html': page,
          // Two different stories of which only the headline was captured.
          'headlines/rebels.txt': 'Ukraine rebels withdraw from Donetsk outskirts\n\n\n',
          'headlines/pipes.txt': 'Armed hostilities in Luhansk damage over 60 gas pipes\n\n\n',
        },
        { seeds: true },
      ),
    );
  });

  const copies = [SEED_FILES.lavrov, 'lavrov.txt', 'copies/lavrov-again.txt', 'copies/outlet-b.txt'];

  it('publishes the story once and records the other files as duplicates', () => {
    assert.equal(site.report.filesRead, 11);
    const published = site.report.published.filter((p) => copies.includes(p.file));
    assert.equal(published.length, 1);
    assert.equal(site.report.duplicates.length, 3);
    for (const d of site.report.duplicates) {
      assert.equal(d.duplicateOf, published[0]!.file);
      assert.equal(
        d.kind,
        d.file === 'copies/outlet-b.txt' || published[0]!.file === 'copies/outlet-b.txt' ? 'near' : 'exact',
        d.file,
      );
    }
  });

  it('lists every other copy on the story page as "Also published by", with its outlet linked to the original', () => {
    const story = site.report.published.find((p) => copies.includes(p.file))!;
    const html = site.page(story.url);
    const section = html.slice(
      html.indexOf('<section class="also-published"'),
      html.indexOf('</section>', html.indexOf('also-published')),
    );
    assert.equal([...section.matchAll(/<li>/g)].length, copies.length - 1);
    assert.doesNotMatch(section, /\.txt/, 'a file name is not what a reader needs');
    // The copy from Reuters gave its address: the story's page names the outlet and links to it, as its
    // source when it is the copy published, or in the list.
    assert.ok(html.includes(`href="${REUTERS_URL}"`));
    assert.match(html, /Reuters/);
  });

  it('counts the duplicates in the summary', () => {
    assert.match(formatSummary(site.report), /11 files read: 6 published, 3 duplicates, 2 rejected/);
  });

  it('publishes no page for a file without text, nor groups two of them as one story', () => {
    assert.deepEqual(
      site.report.rejected.map((r) => [r.file, r.code]),
      [
        ['headlines/pipes.txt', 'no-text'],
        ['headlines/rebels.txt', 'no-text'],
      ],
    );
    assert.ok(site.report.duplicates.every((d) => !d.file.startsWith('headlines/')));
    for (const article of site.model.articles) assert.ok(article.words > 0, article.file);
  });

  it('publishes a saved web page with the metadata of its markup', () => {
    const entry = site.report.published.find((p) => p.file === 'saved/straw.html');
    assert.equal(entry?.url, '/articles/2005/01/straw-to-attend-auschwitz-service/');
    const html = site.page(entry.url);
    assert.match(
      html,
      /<time datetime="2005-01-20">20 January 2005<\/time> · By Alice Fenwick · <span class="outlet">Northern Ledger<\/span>/,
    );
    assert.doesNotMatch(html, /More on this story/);
  });
});

describe('grouping duplicates again from the groups the last build kept in the cache folder', () => {
  /** The duplicates, the published files and the story's page of `site`, to compare with a clean build's. */
  const grouping = (site: BuiltArchive) => {
    const story = site.report.published.find((p) =>
      [SEED_FILES.lavrov, 'lavrov-again.txt', 'outlet-b.txt'].includes(p.file),
    );
    return { duplicates: site.report.duplicates, published: site.report.published, page: site.page(story!.url) };
  };

  it('groups a copy added since as a clean build does, and the copies left when the first is removed', async () => {
    const dir = makeArchive({ 'outlet-b.txt': reworked }, { seeds: true });
    const cacheDir = path.join(path.dirname(dir), 'cache');
    await buildArchiveDir(dir, { cacheDir });
    writeFileSync(path.join(dir, 'articles', 'lavrov-again.txt'), lavrov);
    const added = await buildArchiveDir(dir, { cacheDir });
    assert.equal(added.report.duplicates.length, 2);
    const fresh = await buildArchiveDir(
      makeArchive({ 'outlet-b.txt': reworked, 'lavrov-again.txt': lavrov }, { seeds: true }),
    );
    assert.deepEqual(grouping(added), grouping(fresh));
    rmSync(path.join(dir, 'articles', SEED_FILES.lavrov));
    const removed = await buildArchiveDir(dir, { cacheDir });
    const freshDir = makeArchive({ 'outlet-b.txt': reworked, 'lavrov-again.txt': lavrov }, { seeds: true });
    rmSync(path.join(freshDir, 'articles', SEED_FILES.lavrov));
    assert.deepEqual(grouping(removed), grouping(await buildArchiveDir(freshDir)));
  });
});
