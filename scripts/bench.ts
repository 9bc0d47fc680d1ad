/**
 * `npm run bench [-- --sizes 1000,4000,10000 --runs 3 --corpus DIR --skip-baseline --full-only --dev-changes 10]`: builds archives of each size
 * from real articles and prints, as medians of the runs: full build time per stage, rebuild time after adding and
 * after editing one article, peak memory, search index size, first-search bytes and warm query time in Chromium,
 * and the same articles built by plain Eleventy + Pagefind CLI baselines (with one page per tag, and articles only),
 * with the ratio; then `npm run dev` on the archive (`--dev-changes` new articles and as many edits, each timed
 * until the site shows it), and the five seed articles built cold. `--full-only` measures
 * full builds and the first search alone (no rebuilds, no baseline), for the largest archives.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { archiveTags, buildBaseline, writeBaselineProject, type BaselineTimes } from '../src/bench/baseline.ts';
import {
  benchArticleFile,
  createBenchArticles,
  type BenchArticles,
  editBenchArticle,
  readCorpus,
  writeBenchArticles,
} from '../src/bench/make-articles.ts';
import { measureDevLoop } from '../src/bench/measure-dev.ts';
import { runMeasured, type Measured } from '../src/bench/measure-process.ts';
import { measureSearch, type SearchFigures } from '../src/bench/measure-search.ts';
import { formatKB, formatMiB, formatSeconds, formatTable, median } from '../src/bench/statistics.ts';
import { DEFAULT_CONTENT_DIR, REPO_ROOT } from '../src/build/index.ts';
import { countOption, parseOptions, readArguments } from '../src/cli/args.ts';
import type { BuildReport } from '../src/report/index.ts';

const { values, sizes, runs, devChanges } = readArguments('npm run bench', () => {
  const { values } = parseOptions(
    process.argv.slice(2),
    {
      sizes: { type: 'string', default: '1000,4000,10000' },
      runs: { type: 'string', default: '3' },
      corpus: { type: 'string', default: path.join(REPO_ROOT, '..', 'shared', 'corpus') },
      'skip-baseline': { type: 'boolean', default: false },
      'full-only': { type: 'boolean', default: false },
      'dev-changes': { type: 'string', default: '10' },
    },
    { positionals: false },
  );
  return {
    values,
    sizes: values.sizes!.split(',').map((size) => countOption('sizes', size)),
    runs: countOption('runs', values.runs!),
    devChanges: countOption('dev-changes', values['dev-changes']!, 0),
  };
});

interface BuildFigures extends Measured {
  report: BuildReport;
}

/** One build of `contentDir` by the pipeline, as the archivist runs it, measured from outside. */
async function build(dir: string): Promise<BuildFigures> {
  const reportFile = path.join(dir, 'report.json');
  const args = [path.join(REPO_ROOT, 'scripts', 'run.mjs'), 'build', '--content', path.join(dir, 'content')];
  const measured = await runMeasured(
    process.execPath,
    [...args, '--out', path.join(dir, '_site'), '--report', reportFile, '--cache', path.join(dir, 'cache')],
    {
      cwd: REPO_ROOT,
    },
  );
  return { ...measured, report: JSON.parse(readFileSync(reportFile, 'utf8')) as BuildReport };
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);
}

interface SizeFigures {
  size: number;
  full: BuildFigures[];
  added: BuildFigures[];
  edited: BuildFigures[];
  /** The baseline with one page per tag, and the one with the articles alone. */
  baseline: BaselineTimes[];
  articlesBaseline: BaselineTimes[];
  indexBytes: number;
  /** Search on the site of a full build (one index), and on the site rebuilt after an edit (base and delta). */
  search: SearchFigures | null;
  searchAfterEdit: SearchFigures | null;
  /** Seconds from writing a new article, and an edit, to the site showing it under `npm run dev`. */
  devAdded: number[];
  devEdited: number[];
}

async function benchSize(corpus: ReturnType<typeof readCorpus>, size: number, work: string): Promise<SizeFigures> {
  const dir = path.join(work, String(size));
  const articles = path.join(dir, 'content', 'articles');
  const generated = createBenchArticles(corpus);
  writeBenchArticles(generated, size, articles);
  const extra = generated.next();
  cpSync(path.join(DEFAULT_CONTENT_DIR, 'taxonomy'), path.join(dir, 'content', 'taxonomy'), { recursive: true });
  const baselineDir = path.join(dir, 'baseline');
  const articlesBaselineDir = path.join(dir, 'baseline-articles');
  const figures: SizeFigures = {
    size,
    full: [],
    added: [],
    edited: [],
    baseline: [],
    articlesBaseline: [],
    indexBytes: 0,
    search: null,
    searchAfterEdit: null,
    devAdded: [],
    devEdited: [],
  };
  for (let run = 1; run <= runs; run++) {
    for (const leftover of ['_site', 'cache', 'report.json'])
      rmSync(path.join(dir, leftover), { recursive: true, force: true });
    figures.full.push(await build(dir));
    if (run === 1 && !values['skip-baseline'] && !values['full-only']) {
      // The baseline's tags are the archive's, read through the analysis cache the build has just filled.
      writeBaselineProject(
        articles,
        baselineDir,
        await archiveTags(path.join(dir, 'content'), path.join(dir, 'cache')),
      );
      writeBaselineProject(articles, articlesBaselineDir, null);
    }
    if (run === runs) figures.indexBytes = folderBytes(path.join(dir, '_site', 'pagefind'));
    if (run === runs) figures.search = await measureSearch(path.join(dir, '_site'));
    if (values['full-only']) {
      console.error(
        `${size} articles, run ${run}/${runs}: full ${formatSeconds(figures.full[figures.full.length - 1]!.seconds)}`,
      );
      continue;
    }
    const added = path.join(articles, extra.file);
    writeFileSync(added, extra.text);
    figures.added.push(await build(dir));
    const edited = path.join(articles, benchArticleFile(run));
    const original = readFileSync(edited);
    editBenchArticle(articles, run, run);
    figures.edited.push(await build(dir));
    if (run === runs) figures.searchAfterEdit = await measureSearch(path.join(dir, '_site'));
    rmSync(added);
    writeFileSync(edited, original);
    if (!values['skip-baseline']) {
      for (const [project, list] of [
        [baselineDir, figures.baseline],
        [articlesBaselineDir, figures.articlesBaseline],
      ] as const) {
        rmSync(path.join(project, '_site'), { recursive: true, force: true });
        list.push(await buildBaseline(REPO_ROOT, project));
      }
    }
    const last = (list: BuildFigures[]) => list[list.length - 1]!;
    const [base, articlesBase] = [figures.baseline.at(-1), figures.articlesBaseline.at(-1)];
    console.error(
      `${size} articles, run ${run}/${runs}: full ${formatSeconds(last(figures.full).seconds)}, add ${formatSeconds(last(figures.added).seconds)}, edit ${formatSeconds(last(figures.edited).seconds)}${base && articlesBase ? `, baselines ${formatSeconds(base.total)} and ${formatSeconds(articlesBase.total)}` : ''}`,
    );
  }
  if (!values['full-only'] && devChanges > 0) await benchDevLoop(dir, articles, generated, figures);
  rmSync(dir, { recursive: true, force: true });
  return figures;
}

/** `npm run dev` on the archive: new articles added one at a time, then as many edits, each timed until shown. */
async function benchDevLoop(dir: string, articles: string, generated: BenchArticles, figures: SizeFigures) {
  const options = {
    repoRoot: REPO_ROOT,
    contentDir: path.join(dir, 'content'),
    outDir: path.join(dir, '_site'),
    cacheDir: path.join(dir, 'cache'),
    workDir: dir,
    port: 20_000 + Math.floor(Math.random() * 20_000),
  };
  const additions = Array.from({ length: devChanges }, () => () => {
    const { file, text } = generated.next();
    writeFileSync(path.join(articles, file), text);
    return file;
  });
  const edits = Array.from({ length: devChanges }, (_, i) => () => {
    editBenchArticle(articles, i + runs + 1, i + runs + 1);
    return benchArticleFile(i + runs + 1);
  });
  const seconds = await measureDevLoop(options, [...additions, ...edits]);
  const timed = (all: Array<number | null>) => all.filter((s): s is number => s !== null);
  figures.devAdded = timed(seconds.slice(0, devChanges));
  figures.devEdited = timed(seconds.slice(devChanges));
  console.error(
    `${figures.size} articles, npm run dev: add ${formatSeconds(median(figures.devAdded))}, edit ${formatSeconds(median(figures.devEdited))} (medians of ${figures.devAdded.length} and ${figures.devEdited.length}; a change filed as a duplicate or rejected is not timed)`,
  );
}

/**
 * Cold builds of the seeds, at least: they take seconds, and one build's wall time varies by a fifth on an idle
 * machine (1.3 s as the median of three, 1.6 s as one build, in two runs of the bench on the same code).
 */
const SEEDS_RUNS = 3;

/**
 * The five seed articles of the repository built with no cache and no previous site, `runs` times and at least
 * `SEEDS_RUNS`.
 */
async function benchSeedsCold(work: string): Promise<Measured[]> {
  const dir = path.join(work, 'seeds');
  const measured: Measured[] = [];
  for (let run = 0; run < Math.max(runs, SEEDS_RUNS); run++) {
    rmSync(dir, { recursive: true, force: true });
    const args = [path.join(REPO_ROOT, 'scripts', 'run.mjs'), 'build', '--content', DEFAULT_CONTENT_DIR];
    const out = ['--out', path.join(dir, '_site'), '--report', path.join(dir, 'report.json')];
    measured.push(await runMeasured(process.execPath, [...args, ...out, '--cache', path.join(dir, 'cache')]));
  }
  return measured;
}

function printTables(all: SizeFigures[]): void {
  const m = (list: number[]) => (list.length ? median(list) : NaN);
  const wall = (list: BuildFigures[]) => m(list.map((b) => b.seconds));
  const rows = all.map((f) => {
    const full = wall(f.full);
    const ratio = (list: BaselineTimes[]) => {
      const base = m(list.map((b) => b.total));
      return list.length ? `${formatSeconds(base)} (${(full / base).toFixed(2)}×)` : 'not run';
    };
    return [
      String(f.size),
      formatSeconds(full),
      ratio(f.baseline),
      ratio(f.articlesBaseline),
      f.added.length ? `${formatSeconds(wall(f.added))} (${Math.round((wall(f.added) / full) * 100)} %)` : 'not run',
      f.edited.length ? `${formatSeconds(wall(f.edited))} (${Math.round((wall(f.edited) / full) * 100)} %)` : 'not run',
      formatMiB(m(f.full.map((b) => b.peakRss))),
      f.baseline.length ? formatMiB(m(f.baseline.map((b) => b.peakRss))) : 'not run',
      formatKB(f.indexBytes),
      f.search
        ? `${formatKB(f.search.firstSearchBytes)} (${formatKB(f.search.firstSearchRawBytes)} uncompressed)`
        : 'not run',
      f.searchAfterEdit ? formatKB(f.searchAfterEdit.firstSearchBytes) : 'not run',
      f.search ? `${f.search.warmQueryMs.toFixed(1)} ms` : 'not run',
      f.devAdded.length ? formatSeconds(m(f.devAdded)) : 'not run',
      f.devEdited.length ? formatSeconds(m(f.devEdited)) : 'not run',
    ];
  });
  console.log(
    formatTable(
      [
        'articles',
        'full build',
        'baseline with tag pages (ratio)',
        'articles-only baseline (ratio)',
        'add one',
        'edit one',
        'peak RSS',
        'baseline peak RSS',
        'search index',
        'first search',
        'first search after an edit',
        'warm query',
        'npm run dev: add one',
        'npm run dev: edit one',
      ],
      rows,
    ),
  );
  console.log('');
  const stages = ['analyze', 'dedupe', 'archive', 'plan', 'keep', 'render', 'search', 'total'];
  const stageRows = all.flatMap((f) =>
    (
      [
        ['full build', f.full],
        ['add one', f.added],
        ['edit one', f.edited],
      ] as const
    )
      .filter(([, list]) => list.length)
      .map(([label, list]) => [
        String(f.size),
        label,
        ...stages.map((s) => formatSeconds(m(list.map((b) => b.report.timings[s] ?? NaN)))),
      ]),
  );
  console.log(formatTable(['articles', 'build', ...stages], stageRows));
  const baselineRows = all
    .filter((f) => f.baseline.length)
    .flatMap((f) =>
      (
        [
          ['with tag pages', f.baseline],
          ['articles only', f.articlesBaseline],
        ] as const
      ).map(([label, list]) => [
        String(f.size),
        label,
        formatSeconds(m(list.map((b) => b.eleventy))),
        formatSeconds(m(list.map((b) => b.pagefind))),
      ]),
    );
  if (baselineRows.length) {
    console.log('');
    console.log(formatTable(['articles', 'baseline', 'Eleventy', 'Pagefind CLI'], baselineRows));
  }
}

async function main(): Promise<void> {
  const corpus = readCorpus(values.corpus!);
  const work = mkdtempSync(path.join(tmpdir(), 'news-archive-bench-'));
  console.error(`${corpus.length} corpus articles; ${runs} run(s) per size; working in ${work}`);
  try {
    const seeds = values['full-only'] ? [] : await benchSeedsCold(work);
    const all: SizeFigures[] = [];
    for (const size of sizes) all.push(await benchSize(corpus, size, work));
    const flags = `${values['skip-baseline'] ? ' --skip-baseline' : ''}${values['full-only'] ? ' --full-only' : ''}`;
    console.log(
      `\nnpm run bench -- --sizes ${sizes.join(',')} --runs ${runs}${flags} (medians of ${runs} run(s); stage times overlap: keeping unchanged pages and search run while rendering)\n`,
    );
    printTables(all);
    if (seeds.length)
      console.log(
        `\nThe five seed articles, cold (no cache, no previous site): ${formatSeconds(median(seeds.map((s) => s.seconds)))} wall, ${formatMiB(median(seeds.map((s) => s.peakRss)))} peak RSS`,
      );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
