/**
 * `npm run bench:rebuild -- --base REV [--sizes 1000,10000] [--runs 5] [--corpus DIR] [--full]`: `npm run build`
 * after adding one article, with the code of commit REV and of the working tree in turns, on the same bench archive
 * (see `npm run bench`): each code builds its own copy of the archive in full once (with its cache and site), then
 * the same new article is added to both copies and each rebuilt, `--runs` times; prints the medians of the wall time
 * (start-up included) and of each stage the build reports. Taking the two in turns puts both under the same load of
 * a shared machine, which one code's run after the other's does not; each code builds first in every other addition.
 * With `--full`, each run is a full build of each code (no cache, no previous site) followed by the baseline with tag
 * pages (`src/bench/baseline.ts`), and each code's wall time is also given as a ratio to the baseline's of the same
 * runs.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { archiveTags, buildBaseline, writeBaselineProject } from '../src/bench/baseline.ts';
import { checkout } from '../src/bench/checkout.ts';
import { createBenchArticles, readCorpus, writeBenchArticles } from '../src/bench/make-articles.ts';
import { runMeasured } from '../src/bench/measure-process.ts';
import { formatSeconds, formatTable, median } from '../src/bench/statistics.ts';
import { DEFAULT_CONTENT_DIR, REPO_ROOT } from '../src/build/index.ts';
import { ArgumentError, countOption, parseOptions, readArguments } from '../src/cli/args.ts';
import type { BuildReport } from '../src/report/index.ts';

const { values, sizes, runs } = readArguments('npm run bench:rebuild', () => {
  const { values } = parseOptions(
    process.argv.slice(2),
    {
      base: { type: 'string' },
      sizes: { type: 'string', default: '1000,10000' },
      runs: { type: 'string', default: '5' },
      corpus: { type: 'string', default: path.join(REPO_ROOT, '..', 'shared', 'corpus') },
      full: { type: 'boolean', default: false },
    },
    { positionals: false },
  );
  if (!values.base) throw new ArgumentError('--base REV: the commit to compare the working tree with');
  const sizes = values.sizes!.split(',').map((size) => countOption('sizes', size));
  return { values, sizes, runs: countOption('runs', values.runs!) };
});
const STAGES = ['analyze', 'dedupe', 'archive', 'plan', 'render', 'search', 'total'];

/** One build of the archive in `dir` with the code in `code`: its wall time and the stage times it reports. */
async function buildIn(code: string, dir: string): Promise<{ seconds: number; timings: Record<string, number> }> {
  const report = path.join(dir, 'report.json');
  const paths = ['--content', path.join(dir, 'content'), '--out', path.join(dir, '_site'), '--report', report];
  const args = [path.join(code, 'scripts', 'run.mjs'), 'build', ...paths, '--cache', path.join(dir, 'cache')];
  const { seconds } = await runMeasured(process.execPath, args, { cwd: code });
  return { seconds, timings: (JSON.parse(readFileSync(report, 'utf8')) as BuildReport).timings };
}

/** Wall and stage times of `runs` additions at `size` articles, by code, the codes taking turns. */
async function benchSize(
  corpus: ReturnType<typeof readCorpus>,
  size: number,
  codes: Record<string, string>,
  work: string,
) {
  const generated = createBenchArticles(corpus);
  const source = path.join(work, `${size}-content`);
  writeBenchArticles(generated, size, path.join(source, 'articles'));
  cpSync(path.join(DEFAULT_CONTENT_DIR, 'taxonomy'), path.join(source, 'taxonomy'), { recursive: true });
  if (values.full) return fullBuilds(source, size, codes, work);
  const times: Record<string, Array<Awaited<ReturnType<typeof buildIn>>>> = {};
  for (const [name, code] of Object.entries(codes)) {
    const dir = path.join(work, `${size}-${name}`);
    mkdirSync(dir);
    cpSync(source, path.join(dir, 'content'), { recursive: true });
    await buildIn(code, dir);
    times[name] = [];
  }
  for (let run = 1; run <= runs; run++) {
    const { file, text } = generated.next();
    // Each code first in every other addition: a build leaves a process that removes its old site running after it
    // (`removeFolder`), which the build after it shares the machine with.
    const order = Object.entries(codes);
    for (const [name, code] of run % 2 ? order : order.reverse()) {
      const dir = path.join(work, `${size}-${name}`);
      writeFileSync(path.join(dir, 'content', 'articles', file), text);
      times[name]!.push(await buildIn(code, dir));
    }
    const last = Object.entries(times).map(([name, list]) => `${name} ${formatSeconds(list.at(-1)!.seconds)}`);
    console.error(`${size} articles, addition ${run}/${runs}: ${last.join(', ')}`);
  }
  for (const name of Object.keys(codes)) rmSync(path.join(work, `${size}-${name}`), { recursive: true, force: true });
  return Object.entries(times).map(([name, list]) => [
    String(size),
    name,
    formatSeconds(median(list.map((b) => b.seconds))),
    ...STAGES.map((stage) => formatSeconds(median(list.map((b) => b.timings[stage] ?? NaN)))),
  ]);
}

/**
 * Full builds of the archive in `source` by each code in turns, then the baseline with tag pages, `runs` times: rows
 * of the medians, each code's wall time with its ratio to the baseline's median.
 */
async function fullBuilds(source: string, size: number, codes: Record<string, string>, work: string) {
  const times: Record<string, Array<Awaited<ReturnType<typeof buildIn>>>> = {};
  for (const name of Object.keys(codes)) {
    cpSync(source, path.join(work, `${size}-${name}`, 'content'), { recursive: true });
    times[name] = [];
  }
  const baselineDir = path.join(work, `${size}-baseline`);
  const baseline: number[] = [];
  for (let run = 1; run <= runs; run++) {
    for (const [name, code] of Object.entries(codes)) {
      const dir = path.join(work, `${size}-${name}`);
      for (const leftover of ['_site', 'cache', 'report.json'])
        rmSync(path.join(dir, leftover), { recursive: true, force: true });
      times[name]!.push(await buildIn(code, dir));
      if (!existsSync(baselineDir)) {
        // The baseline's tags are the archive's, read through the analysis cache the build has just filled.
        const tags = await archiveTags(path.join(dir, 'content'), path.join(dir, 'cache'));
        writeBaselineProject(path.join(source, 'articles'), baselineDir, tags);
      }
    }
    rmSync(path.join(baselineDir, '_site'), { recursive: true, force: true });
    baseline.push((await buildBaseline(REPO_ROOT, baselineDir)).total);
    const last = Object.entries(times).map(([name, list]) => `${name} ${formatSeconds(list.at(-1)!.seconds)}`);
    console.error(
      `${size} articles, full build ${run}/${runs}: ${last.join(', ')}, baseline ${formatSeconds(baseline.at(-1)!)}`,
    );
  }
  for (const name of [...Object.keys(codes), 'baseline'])
    rmSync(path.join(work, `${size}-${name}`), { recursive: true, force: true });
  const baselineMedian = median(baseline);
  return [
    ...Object.entries(times).map(([name, list]) => {
      const wall = median(list.map((b) => b.seconds));
      return [
        String(size),
        name,
        `${formatSeconds(wall)} (${(wall / baselineMedian).toFixed(2)}x)`,
        ...STAGES.map((stage) => formatSeconds(median(list.map((b) => b.timings[stage] ?? NaN)))),
      ];
    }),
    [String(size), 'baseline with tag pages', formatSeconds(baselineMedian), ...STAGES.map(() => '')],
  ];
}

async function main(): Promise<void> {
  const corpus = readCorpus(values.corpus!);
  const work = mkdtempSync(path.join(tmpdir(), 'news-archive-bench-rebuild-'));
  try {
    const codes = { [`base ${values.base}`]: checkout(values.base!, work, 'base'), 'working tree': REPO_ROOT };
    const rows: string[][] = [];
    for (const size of sizes) rows.push(...(await benchSize(corpus, size, codes, work)));
    console.log(
      `\nnpm run bench:rebuild -- --base ${values.base} --sizes ${values.sizes} --runs ${runs}${values.full ? ' --full' : ''} (${values.full ? 'full builds, then the baseline with tag pages' : 'npm run build after adding one article'}; medians of ${runs}, the two codes in turns)\n`,
    );
    console.log(formatTable(['articles', 'code', 'wall', ...STAGES], rows));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
