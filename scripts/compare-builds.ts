/**
 * `npm run compare:builds -- --from REV [--to REV] [--articles N] [--keep]`: builds the same articles with the code of
 * two commits (the working tree when --to is left out) and lists the files of the two sites that differ, to show that
 * a change of code leaves the site as it was. The articles are the seeds, or with --articles N that many files of
 * ../shared/corpus spread evenly over its files in name order. Each build runs its own commit's `npm run build`
 * without a cache, with its own content/ (settings and taxonomy) and the same retrieval date. Exits 1 when the sites
 * differ (the build state, the bookkeeping of rebuilds, aside). The commits are unpacked with `git archive`
 * into a temporary folder, deleted at the end unless --keep.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkout } from '../src/bench/checkout.ts';
import { REPO_ROOT } from '../src/build/index.ts';
import { ArgumentError, countOption, parseOptions, readArguments } from '../src/cli/args.ts';
import { ARTICLE_EXTENSIONS } from '../src/read/index.ts';
import { snapshotTree } from '../src/quality/site-files.ts';

const SEEDS_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'seeds');
const CORPUS_DIR = path.join(REPO_ROOT, '..', 'shared', 'corpus');
/** The retrieval date both builds are given, so that neither depends on the day it runs. */
const RETRIEVED = '2026-01-01';

/** The corpus's article files (not its READMEs and SOURCE.md), relative, in name order. */
function corpusFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return corpusFiles(dir, child);
      const isArticle = ARTICLE_EXTENSIONS.includes(path.extname(entry.name)) && !/^[A-Z]+\.md$/.test(entry.name);
      return isArticle ? [child] : [];
    });
}

/** Copies the articles to build into `dir`: the seeds, or `count` corpus files spread evenly over the corpus. */
function copyArticles(dir: string, count: number | null): number {
  if (count === null) {
    cpSync(SEEDS_DIR, dir, { recursive: true });
    return readdirSync(SEEDS_DIR).length;
  }
  const all = corpusFiles(CORPUS_DIR);
  const chosen = Array.from(
    { length: Math.min(count, all.length) },
    (_, i) => all[Math.floor((i * all.length) / count)]!,
  );
  for (const file of chosen) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(CORPUS_DIR, file), path.join(dir, file));
  }
  return chosen.length;
}

/** Builds `articles` with the code of `code` and that checkout's content/; returns the site's folder. */
function buildWith(code: string, articles: string, work: string, name: string): string {
  const content = path.join(work, `${name}-content`);
  cpSync(path.join(code, 'content'), content, { recursive: true, filter: (src) => !src.includes('/articles') });
  cpSync(articles, path.join(content, 'articles'), { recursive: true });
  const out = path.join(work, `${name}-site`);
  const args = ['--content', content, '--out', out, '--report', path.join(work, `${name}-report.json`)];
  execFileSync('npm', ['run', '--silent', 'build', '--', ...args, '--no-cache', '--retrieved', RETRIEVED], {
    cwd: code,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return out;
}

/**
 * The build state's file: the bookkeeping of rebuilds, not a page. It records the code's fingerprints and a hash of
 * what each page was rendered from, which differ by design when the code or the article record does, so it is
 * reported apart.
 */
const BUILD_STATE = '.build-state.json';

/** The entries of the build state's `render.pages` whose hashes differ between the two sites. */
function pagesRenderedFromOtherData(fromSite: string, toSite: string): number {
  const pages = (site: string): Record<string, string> =>
    JSON.parse(readFileSync(path.join(site, BUILD_STATE), 'utf8')).render?.pages ?? {};
  const [from, to] = [pages(fromSite), pages(toSite)];
  return Object.keys({ ...from, ...to }).filter((page) => from[page] !== to[page]).length;
}

/** Prints how the two sites differ; returns whether they are the same. */
function report(fromSite: string, toSite: string): boolean {
  const [from, to] = [snapshotTree(fromSite), snapshotTree(toSite)];
  const differ = [...from.keys()].filter((file) => to.has(file) && to.get(file) !== from.get(file));
  if (differ.includes(BUILD_STATE)) {
    differ.splice(differ.indexOf(BUILD_STATE), 1);
    const pages = pagesRenderedFromOtherData(fromSite, toSite);
    console.log(`${BUILD_STATE} differs (code fingerprints; data hashes of ${pages} pages), not counted below`);
  }
  const onlyFrom = [...from.keys()].filter((file) => !to.has(file));
  const onlyTo = [...to.keys()].filter((file) => !from.has(file));
  const same = [...from.keys()].filter((file) => to.get(file) === from.get(file)).length;
  console.log(`${from.size} files and ${to.size} files; ${same} the same`);
  for (const [what, files] of [
    ['differ', differ],
    ['only in --from', onlyFrom],
    ['only in --to', onlyTo],
  ] as const) {
    if (!files.length) continue;
    console.log(`${files.length} ${what}:`);
    for (const file of files.slice(0, 20)) console.log(`  ${file}`);
    if (files.length > 20) console.log(`  … and ${files.length - 20} more`);
  }
  return !differ.length && !onlyFrom.length && !onlyTo.length;
}

const { values, articleCount } = readArguments('npm run compare:builds', () => {
  const { values } = parseOptions(
    process.argv.slice(2),
    {
      from: { type: 'string' },
      to: { type: 'string' },
      articles: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
    { positionals: false },
  );
  if (!values.from)
    throw new ArgumentError('usage: npm run compare:builds -- --from REV [--to REV] [--articles N] [--keep]');
  return { values, articleCount: values.articles === undefined ? null : countOption('articles', values.articles) };
});
const work = mkdtempSync(path.join(tmpdir(), 'news-archive-compare-'));
try {
  const articles = path.join(work, 'articles');
  const count = copyArticles(articles, articleCount);
  const label = values.to ?? 'the working tree';
  console.log(`${count} articles, built with ${values.from} and with ${label}`);
  const fromSite = buildWith(checkout(values.from!, work, 'from'), articles, work, 'from');
  const toSite = buildWith(checkout(values.to ?? null, work, 'to'), articles, work, 'to');
  process.exitCode = report(fromSite, toSite) ? 0 : 1;
} finally {
  if (values.keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
