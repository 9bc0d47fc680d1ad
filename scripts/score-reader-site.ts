/**
 * `npm run score:reader-site [-- --site DIR]`: builds the archive the reader's-site issue was tried on (the seeds,
 * `scraped-2018-2026` and `ukraine-crisis-2014` of ../shared, 139 files) into a temporary folder and prints what a
 * reader sees of it: the largest share of pages one article is suggested on as related, the sources shown that are
 * not outlet names, the pages linking to the original, list items without a summary and empty article pages. With
 * `--site`, measures a site already built instead.
 */
import { readScriptOptions } from '../src/cli/args.ts';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite, DEFAULT_CONTENT_DIR, REPO_ROOT } from '../src/build/index.ts';
import { measureReaderSite } from '../src/quality/reader-site.ts';

/** The script's options: a wrong one is said in one line, before any work. */
const options = readScriptOptions('npm run score:reader-site', { site: { type: 'string' } });

const SHARED = path.join(REPO_ROOT, '..', 'shared');
const FOLDERS = {
  seeds: path.join(SHARED, 'seeds'),
  scraped: path.join(SHARED, 'corpus', 'scraped-2018-2026'),
  ukraine: path.join(SHARED, 'corpus', 'ukraine-crisis-2014'),
};

/** Builds the issue's archive into `dir`, the folders' notes (SOURCE.md, index.tsv) left out; returns the site. */
async function buildIssueArchive(dir: string): Promise<string> {
  const articles = path.join(dir, 'content', 'articles');
  for (const [name, from] of Object.entries(FOLDERS)) {
    if (!existsSync(from)) throw new Error(`${from} is missing: this measure needs ../shared beside the clone`);
    mkdirSync(path.join(articles, name), { recursive: true });
    cpSync(from, path.join(articles, name), { recursive: true, filter: (f) => !/SOURCE\.md$|index\.tsv$/.test(f) });
  }
  cpSync(path.join(DEFAULT_CONTENT_DIR, 'taxonomy'), path.join(dir, 'content', 'taxonomy'), { recursive: true });
  const outDir = path.join(dir, 'site');
  const result = await buildSite({
    contentDir: path.join(dir, 'content'),
    outDir,
    reportFile: path.join(dir, 'report.json'),
    retrieved: null,
    cacheDir: null,
  });
  const { report } = result;
  console.log(
    `built ${report.filesRead} files: ${report.published.length} published, ${report.duplicates.length} duplicates, ${report.rejected.length} rejected`,
  );
  return outDir;
}

const tempDir = options.site === undefined ? mkdtempSync(path.join(os.tmpdir(), 'reader-site-')) : null;
try {
  const siteDir = tempDir ? await buildIssueArchive(tempDir) : path.resolve(options.site!);
  const f = measureReaderSite(siteDir);
  const { related } = f;
  const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
  console.log(`article pages: ${f.articlePages}, empty: ${f.emptyArticlePages.length}`);
  for (const page of f.emptyArticlePages) console.log(`  empty: ${page}`);
  console.log(
    `related: most suggested on ${related.top?.pages ?? 0} of ${related.pagesWithList} pages with a list (${percent(related.maxShare)}): ${related.top?.url ?? '-'}`,
  );
  const outlets = new Map<string, number>();
  for (const s of f.sourcesShown) outlets.set(s.text, (outlets.get(s.text) ?? 0) + 1);
  console.log(
    `sources shown: ${f.sourcesShown.length} (${[...outlets].map(([name, n]) => `${name} ${n}`).join(', ')})`,
  );
  console.log(`  not an outlet name: ${f.sourcesNotOutlets.length}`);
  for (const s of f.sourcesNotOutlets) console.log(`    ${s.text} on ${s.page}`);
  console.log(`article pages naming their outlet: ${f.pagesWithOutlet} of ${f.articlePages}`);
  console.log(`article pages linking to the original: ${f.originals.length}`);
  for (const o of f.originals) console.log(`  ${o.outlet || '(no outlet)'}: ${o.url}`);
  console.log(`list items: ${f.listItems}, without a summary: ${f.listItemsWithoutSummary.length}`);
  console.log(`Markdown syntax shown as text: ${f.markdownShown.length}`);
  for (const m of f.markdownShown) console.log(`  ${m.page}: …${m.text}…`);
} finally {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}
