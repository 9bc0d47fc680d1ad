import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/build/index.ts';
import { measureReaderSite, type ReaderSiteFigures } from '../../src/quality/reader-site.ts';
import { buildArchiveDir, makeArchive } from '../helpers/archive.ts';

/** The seeds and the corpus fixtures (real articles of four sources, scraped pages among them), built once. */
let figures: ReaderSiteFigures;

before(async () => {
  const dir = makeArchive({}, { seeds: true });
  cpSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'corpus'), path.join(dir, 'articles', 'corpus'), {
    recursive: true,
  });
  figures = measureReaderSite((await buildArchiveDir(dir)).outDir);
});

describe('the site a reader sees, on the seeds and the corpus fixtures', () => {
  it('suggests no article as related on more than a tenth of the pages that list related articles', () => {
    assert.ok(figures.related.pagesWithList >= 40, `${figures.related.pagesWithList} pages with a list`);
    assert.ok(
      figures.related.maxShare <= 0.1,
      `${figures.related.top?.url} on ${figures.related.top?.pages} of ${figures.related.pagesWithList} pages`,
    );
  });

  it('shows no Markdown syntax in article text or list summaries (the scraped files saved as Markdown among them)', () => {
    assert.deepEqual(figures.markdownShown, []);
  });

  it('has no empty article page', () => {
    assert.ok(figures.articlePages >= 45);
    assert.deepEqual(figures.emptyArticlePages, []);
  });

  it('shows every source as an outlet name, never an address or a file name', () => {
    assert.ok(figures.sourcesShown.length > 0);
    assert.deepEqual(figures.sourcesNotOutlets, []);
  });

  it("links to the original where the file gives its address: front matter's source_url, a capture's URL", () => {
    const linked = figures.originals.map((o) => `${new URL(o.url).hostname}: ${o.outlet}`).sort();
    // Two White House briefings give source_url (one on the Biden White House's archived site), the captures a URL.
    for (const expected of [
      'bidenwhitehouse.archives.gov: The White House',
      'www.whitehouse.gov: The White House',
      'www.dailysabah.com: Daily Sabah',
      'www.turkiyetoday.com: Türkiye Today',
      'www.aa.com.tr: Anadolu Agency',
    ]) {
      assert.ok(linked.includes(expected), `${expected} not in ${linked.join('; ')}`);
    }
  });

  it('gives every item of a list a summary', () => {
    assert.ok(figures.listItems > 100);
    assert.deepEqual(figures.listItemsWithoutSummary, []);
  });
});
