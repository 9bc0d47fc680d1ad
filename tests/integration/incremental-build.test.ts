import assert from 'node:assert/strict';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { searchDateOf } from '../../src/search/index.ts';
import { DEFAULT_CONTENT_DIR } from '../../src/build/index.ts';
import { formatSummary } from '../../src/report/index.ts';
import {
  buildArchiveDir,
  makeArchive,
  SEED_FILES,
  seedText,
  siteDirFor,
  type BuiltArchive,
} from '../helpers/archive.ts';

const BAKERY =
  'Village bakery wins the national bread prize\n\nA village bakery won the national bread prize on Saturday. The judges praised its sourdough and its rye.\n';

/** The inode of a built page: the same number means the file was not rewritten. */
function inodeOf(site: BuiltArchive, url: string): number {
  return statSync(path.join(site.outDir, url, 'index.html')).ino;
}

/** The date table of a search index folder (`pagefind` or `pagefind-delta`), as the search page reads it. */
function dateTable(site: BuiltArchive, index: string): Record<string, string[]> {
  return JSON.parse(readFileSync(path.join(site.outDir, index, 'dates.json'), 'utf8')) as Record<string, string[]>;
}

/** Inodes of every file of a search index folder (the base unless told), by path. */
function searchIndexInodes(site: BuiltArchive, index = 'pagefind'): Map<string, number> {
  const dir = path.join(site.outDir, index);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files.map((e) => [
      path.relative(dir, path.join(e.parentPath, e.name)),
      statSync(path.join(e.parentPath, e.name)).ino,
    ]),
  );
}

describe('rebuilding an archive through the analysis cache', () => {
  let dir: string;
  let cacheDir: string;
  let first: BuiltArchive;
  let added: BuiltArchive;
  let previous: Map<string, { inode: number; html: string }>;
  let firstIndex: Map<string, number>;
  before(async () => {
    dir = makeArchive({}, { seeds: true });
    cacheDir = path.join(path.dirname(dir), 'cache');
    first = await buildArchiveDir(dir, { cacheDir });
    previous = new Map(
      first.report.published.map((p) => [p.url, { inode: inodeOf(first, p.url), html: first.page(p.url) }]),
    );
    firstIndex = searchIndexInodes(first);
    // A story that shares no tag with the seeds, so their pages stay byte for byte the same.
    writeFileSync(path.join(dir, 'articles', 'new-article.txt'), BAKERY);
    added = await buildArchiveDir(dir, { cacheDir });
  });

  it('analyses every article on the first build', () => {
    assert.deepEqual(first.report.counts, { new: 5, changed: 0, analyzed: 5, cached: 0 });
  });

  it('analyses only the added article on the next build, and publishes it', () => {
    assert.deepEqual(added.report.counts, { new: 1, changed: 0, analyzed: 1, cached: 5 });
    assert.equal(added.report.published.length, 6);
    const url = added.report.published.find((p) => p.file === 'new-article.txt')!.url;
    assert.match(added.page(url), /<h1>Village bakery wins the national bread prize<\/h1>/);
  });

  it('builds the same pages from the cache as from a fresh analysis', async () => {
    const fresh = await buildArchiveDir(makeArchive({ 'new-article.txt': BAKERY }, { seeds: true }));
    for (const entry of fresh.report.published) assert.equal(added.page(entry.url), fresh.page(entry.url), entry.url);
    assert.equal(added.page('/'), fresh.page('/'));
  });

  it('does not rewrite a page whose bytes did not change', () => {
    const unchanged = first.report.published.filter((p) => added.page(p.url) === previous.get(p.url)!.html);
    assert.ok(unchanged.length > 0);
    for (const entry of unchanged) assert.equal(inodeOf(added, entry.url), previous.get(entry.url)!.inode, entry.url);
    assert.ok(added.report.pages!.unchanged > 0);
  });

  it('renders only the pages the added article changed, and keeps the others without rendering them', () => {
    const itemPages = first.model.articles.length + first.model.listPages.length;
    assert.ok(first.report.pages!.rendered >= itemPages, `${first.report.pages!.rendered} rendered of ${itemPages}`);
    // The new article's page, the undated listing it joins, and the few single pages (home, archive, search, feeds…).
    assert.ok(added.report.pages!.rendered < 20, `${added.report.pages!.rendered} pages rendered`);
    assert.equal(inodeOf(added, first.report.published[0]!.url), previous.get(first.report.published[0]!.url)!.inode);
  });

  it('indexes only the added article for search, keeping the whole index the first build wrote', () => {
    assert.deepEqual(first.report.search, { indexed: 5, baseIndexed: true, deltaArticles: 0 });
    assert.deepEqual(added.report.search, { indexed: 1, baseIndexed: false, deltaArticles: 1 });
    assert.deepEqual(searchIndexInodes(added), firstIndex);
    assert.match(added.page('/search/'), /data-delta="\/pagefind-delta\/" data-stale-buckets=""/);
  });

  it('gives each index a date table: every article it holds, by the id of its search result', () => {
    const base = dateTable(first, 'pagefind');
    const dates = first.model.articles.map(searchDateOf).sort();
    assert.deepEqual(
      Object.entries(base).flatMap(([date, ids]) => ids.map(() => date)),
      dates,
    );
    for (const id of Object.values(base).flat())
      assert.ok(existsSync(path.join(first.outDir, 'pagefind', 'fragment', `${id}.pf_fragment`)), id);
    const bakery = added.model.articles.find((a) => a.file === 'new-article.txt')!;
    const delta = dateTable(added, 'pagefind-delta');
    assert.deepEqual(Object.keys(delta), [searchDateOf(bakery)]);
    assert.equal(delta[searchDateOf(bakery)]!.length, 1);
  });

  it("keeps of Pagefind's files only those the search page loads, with the date and word tables: the delta leaves the script and WebAssembly to the base", () => {
    const kinds = (index: string) =>
      [
        ...new Set([...searchIndexInodes(added, index).keys()].map((file) => file.replace(/_[0-9a-f]+\./, '_*.'))),
      ].sort();
    const index = [
      'dates.json',
      'filter/en_*.pf_filter',
      'fragment/en_*.pf_fragment',
      'index/en_*.pf_index',
      'pagefind-entry.json',
      'pagefind.en_*.pf_meta',
      'words.json',
    ];
    assert.deepEqual(kinds('pagefind'), [...index, 'pagefind.js', 'wasm.en.pagefind', 'wasm.unknown.pagefind'].sort());
    assert.deepEqual(kinds('pagefind-delta'), index);
  });

  it('counts an edited article as changed, analyses only it, and renders and indexes it again', async () => {
    const correction =
      'A correction was added to this article on Monday, naming the officials who travelled to Washington.';
    appendFileSync(path.join(dir, 'articles', SEED_FILES.supports), `\n${correction}\n`);
    const edited = await buildArchiveDir(dir, { cacheDir });
    assert.deepEqual(edited.report.counts, { new: 0, changed: 1, analyzed: 1, cached: 5 });
    const url = edited.report.published.find((p) => p.file === SEED_FILES.supports)!.url;
    assert.ok(edited.page(url).includes(correction));
    assert.equal(edited.report.search!.baseIndexed, false);
    // The edited article's bucket of the base is left out; the delta carries it and the added article.
    assert.match(edited.page('/search/'), /data-stale-buckets="\d+"/);
    assert.ok(edited.report.search!.deltaArticles >= 2);
  });

  it('drops the page of a removed article, and keeps the pages around it as they were', async () => {
    const before = await buildArchiveDir(dir, { cacheDir });
    const removed = before.report.published.find((p) => p.file === 'new-article.txt')!;
    const others = before.report.published.filter((p) => p !== removed);
    const inodes = new Map(others.map((p) => [p.url, inodeOf(before, p.url)]));
    rmSync(path.join(dir, 'articles', 'new-article.txt'));
    const after = await buildArchiveDir(dir, { cacheDir });
    assert.equal(existsSync(path.join(after.outDir, removed.url)), false);
    assert.equal(after.report.published.length, others.length);
    for (const p of others) assert.equal(inodeOf(after, p.url), inodes.get(p.url), p.url);
    writeFileSync(path.join(dir, 'articles', 'new-article.txt'), BAKERY);
  });

  it('renders and indexes everything again when the record of the previous build is gone', async () => {
    rmSync(path.join(siteDirFor(dir), '.build-state.json'));
    const rebuilt = await buildArchiveDir(dir, { cacheDir });
    assert.equal(rebuilt.report.search!.baseIndexed, true);
    assert.ok(rebuilt.report.pages!.rendered >= rebuilt.model.articles.length + rebuilt.model.listPages.length);
  });

  it('re-tags every article when the actors file changes', async () => {
    appendFileSync(
      path.join(dir, 'taxonomy', 'actors.yaml'),
      '\n- id: uighur-muslims\n  name: Uighur Muslims\n  type: organization\n  country: null\n  aliases: []\n  shortNames: []\n  roles: []\n',
    );
    const retagged = await buildArchiveDir(dir, { cacheDir });
    assert.deepEqual(retagged.report.counts, { new: 0, changed: 0, analyzed: 6, cached: 0 });
    const whiteHouse = retagged.report.published.find((p) => p.file === SEED_FILES.whiteHouse)!;
    assert.match(retagged.page(whiteHouse.url), /href="\/actors\/uighur-muslims\/"/);
  });
});

describe("the archivist's own files inside a built site", () => {
  /** What the archivist put in the site's folders, by path in it: files, a folder of scans, and a link. */
  const ownFiles = {
    'articles/notes.txt': 'which stories to check again',
    'articles/undated/russia-asks-china-for-help/scans/page-1.jpg': 'a scan of the printed page',
    'countries/notes.txt': 'countries to add',
    'search/help.txt': 'how readers search',
    'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'pagefind/notes.txt': 'about the index',
    // Pages of the archivist's own, named as the build names its pages, in folders no build writes.
    'topics/reading-list/index.html': '<h1>What to read first</h1>',
    'articles/guide/index.html': '<h1>How this archive is kept</h1>',
  };
  const ownLink = 'articles/undated/russia-asks-china-for-help/original';

  function putOwnFiles(outDir: string) {
    for (const [file, text] of Object.entries(ownFiles)) {
      mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      writeFileSync(path.join(outDir, file), text);
    }
    symlinkSync('../../../../originals/russia-asks-china-for-help.html', path.join(outDir, ownLink));
  }

  function assertOwnFilesKept(outDir: string, when: string) {
    for (const [file, text] of Object.entries(ownFiles))
      assert.equal(readFileSync(path.join(outDir, file), 'utf8'), text, `${file} ${when}`);
    assert.equal(
      readlinkSync(path.join(outDir, ownLink)),
      '../../../../originals/russia-asks-china-for-help.html',
      `${ownLink} ${when}`,
    );
  }

  /** An archive of the seeds but the one that names Sergey Lavrov, whom no article then names. */
  const makeArchiveOfSeedsButLavrov = () =>
    makeArchive(
      Object.fromEntries(
        Object.values(SEED_FILES)
          .filter((file) => file !== SEED_FILES.lavrov)
          .map((file) => [file, seedText(file)]),
      ),
    );

  it("keeps aside, under a name that says so and named in the report, a page of the archivist's where an article added brings the build's", async () => {
    const dir = makeArchiveOfSeedsButLavrov();
    const { outDir } = await buildArchiveDir(dir);
    // A page of the archivist's on a man no article named yet; the fifth seed names him.
    const handWritten = 'actors/sergey-lavrov/index.html';
    mkdirSync(path.dirname(path.join(outDir, handWritten)));
    writeFileSync(path.join(outDir, handWritten), '<h1>Notes on Lavrov</h1>');
    writeFileSync(path.join(dir, 'articles', SEED_FILES.lavrov), seedText(SEED_FILES.lavrov));
    const added = await buildArchiveDir(dir);
    assert.match(
      added.page('/actors/sergey-lavrov/'),
      /Chinese Leader Xi Jinping Met With the Russian Foreign Minister/,
    );
    const keptAs = 'actors/sergey-lavrov/index.kept-aside.html';
    assert.equal(readFileSync(path.join(outDir, keptAs), 'utf8'), '<h1>Notes on Lavrov</h1>');
    const warnings = added.report.warnings.filter((w) => w.code === 'own-file-kept-aside');
    assert.deepEqual(
      warnings.map((w) => [w.file, w.message.endsWith(`kept as ${path.join(outDir, keptAs)}`)]),
      [[path.join(outDir, handWritten), true]],
    );
    assert.ok(formatSummary(added.report).includes(`warning ${path.join(outDir, handWritten)}: `));
  });

  it("keeps the archivist's own robots.txt and icon in place of the build's defaults, and keeps aside a style sheet or home page they edited, once and said", async () => {
    const dir = makeArchiveOfSeedsButLavrov();
    const { outDir } = await buildArchiveDir(dir);
    const own = {
      'robots.txt': 'User-agent: *\nDisallow: /\n',
      'assets/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"><title>ours</title></svg>',
      'assets/print.css': 'nav { display: none; }',
    };
    for (const [file, text] of Object.entries(own)) writeFileSync(path.join(outDir, file), text);
    const editedStyle = `${readFileSync(path.join(outDir, 'assets/style.css'), 'utf8')}\nbody { color: navy; }\n`;
    writeFileSync(path.join(outDir, 'assets/style.css'), editedStyle);
    writeFileSync(path.join(dir, 'articles', SEED_FILES.lavrov), seedText(SEED_FILES.lavrov));
    const added = await buildArchiveDir(dir);
    for (const [file, text] of Object.entries(own))
      assert.equal(readFileSync(path.join(outDir, file), 'utf8'), text, file);
    assert.equal(readFileSync(path.join(outDir, 'assets/style.kept-aside.css'), 'utf8'), editedStyle);
    assert.doesNotMatch(readFileSync(path.join(outDir, 'assets/style.css'), 'utf8'), /navy/, "the build's style sheet");
    const warned = (report: typeof added.report) =>
      report.warnings.filter((w) => w.code === 'own-file-kept-aside').map((w) => w.file);
    assert.deepEqual(warned(added.report), [path.join(outDir, 'assets/style.css')]);
    // Built again: the build's style sheet is the build's, the archivist's files stay, nothing more is kept aside.
    const again = await buildArchiveDir(dir);
    assert.deepEqual(warned(again.report), []);
    for (const [file, text] of Object.entries(own))
      assert.equal(readFileSync(path.join(outDir, file), 'utf8'), text, file);
    assert.deepEqual(readdirSync(path.join(outDir, 'assets')).sort(), [
      'favicon.svg',
      'print.css',
      'search.js',
      'style.css',
      'style.kept-aside.css',
    ]);
  });

  it('keeps them where they were when a build writes their folders anew: after an article is added, and when every page and the whole search index are made again', async () => {
    const dir = makeArchiveOfSeedsButLavrov();
    const first = await buildArchiveDir(dir);
    putOwnFiles(first.outDir);
    writeFileSync(path.join(dir, 'articles', SEED_FILES.lavrov), seedText(SEED_FILES.lavrov));
    const added = await buildArchiveDir(dir);
    assert.equal(added.report.published.length, 5);
    assert.equal(added.report.search!.baseIndexed, false);
    assertOwnFilesKept(added.outDir, 'after an article was added');
    // Another shard size: every page is rendered and the search index made again.
    writeFileSync(
      path.join(dir, 'site.yaml'),
      readFileSync(path.join(DEFAULT_CONTENT_DIR, 'site.yaml'), 'utf8').replace(
        'searchShardSize: 25000',
        'searchShardSize: 1000',
      ),
    );
    const remade = await buildArchiveDir(dir);
    assert.equal(remade.report.search!.baseIndexed, true);
    assertOwnFilesKept(remade.outDir, 'after the site was made again');
  });
});
