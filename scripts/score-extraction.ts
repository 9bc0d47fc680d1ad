/**
 * `npm run score:extraction [-- --verbose] [-- --held-out]`: scores the extract stage on the real pages of
 * `../shared/extraction-dev/` (when beside the repo), each as a saved page and as a raw text dump: body precision,
 * recall and F1 by the benchmark's metric, article lines kept and other lines leaked, and, on dumps, title and
 * date against the page's markup. The tuning part is cross-validated: each page is read with a line
 * model fitted on the other folds. The held-out part, read with the committed model (fitted on the whole tuning
 * part), is printed only with `--held-out`, which is never run while tuning. Then the crawler captures whose article
 * lines were marked by hand (tests/quality/extraction/capture-articles.json), never tuned on, and the invented
 * regression cases of tests/quality/extraction/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/build/index.ts';
import { extractArticle } from '../src/extract/index.ts';
import type { LineModel } from '../src/extract/line-model.ts';
import {
  averageScores,
  EXTRACTION_FOLDS,
  extractionDevAvailable,
  loadDevPages,
  shingleScore,
  type DevPage,
} from '../src/quality/extraction-dev.ts';
import { isRejection, readArticle } from '../src/read/index.ts';
import { foldModels } from '../src/quality/train-line-model.ts';
import { scoreExtraction } from '../src/quality/score-extraction.ts';
import {
  DEV_CONDITIONS,
  extractDevPage,
  scoreDevPage,
  summarise,
  type DevPageResult,
  type DevScores,
} from '../src/quality/score-extraction-dev.ts';

const verbose = process.argv.includes('--verbose');
const heldOut = process.argv.includes('--held-out');
const write = (line: string) => process.stdout.write(`${line}\n`);
const f3 = (x: number) => x.toFixed(3);

function printDevScores(): void {
  const pages = loadDevPages();
  // Cross-validation: each tuning page is read with a line model fitted on the other folds, never on itself.
  const models = foldModels(
    pages.filter((p): p is DevPage & { fold: number } => p.fold !== null),
    EXTRACTION_FOLDS,
  );
  const modelFor = (page: DevPage): LineModel | undefined => (page.fold === null ? undefined : models[page.fold]);
  const parts: Array<[string, DevPage[]]> = [['tuning part, cross-validated', pages.filter((p) => p.fold !== null)]];
  if (heldOut) parts.push(['held-out part', pages.filter((p) => p.fold === null)]);
  write('Real pages (../shared/extraction-dev), body by 4-token shingles averaged per page');
  write(`${'part / condition'.padEnd(46)} pages      P      R     F1  kept  leaked  title  date`);
  for (const [part, group] of parts) {
    for (const condition of DEV_CONDITIONS) {
      const results: DevPageResult[] = group.map((page) =>
        scoreDevPage(page, extractDevPage(page, condition, modelFor(page))),
      );
      const s = summarise(results);
      const header = condition === 'raw text dump' ? `  ${f3(s.title)}  ${f3(s.date)}` : '';
      write(
        `${`${part}: ${condition}`.padEnd(46)} ${String(s.pages).padStart(5)}  ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}  ${f3(s.articleKept)}  ${f3(s.debrisLeaked)}${header}`,
      );
      if (verbose && part !== 'held-out part') {
        for (const r of results.filter((r) => r.precision < 0.9 || r.recall < 0.9))
          write(`    ${r.key.slice(0, 12)} P ${f3(r.precision)} R ${f3(r.recall)}`);
      }
      if (condition === 'raw text dump') printDateMisses(s, verbose && part !== 'held-out part' ? results : []);
    }
  }
  write('');
}

/**
 * The dumps' dates against their ceiling, the share of dated pages that print their markup's day in the dump; the
 * misses by kind, and each miss of `listed`.
 */
function printDateMisses(s: DevScores, listed: DevPageResult[]): void {
  const kinds = Object.entries(s.dateMisses).map(([kind, n]) => `${kind} ${n}`);
  write(
    `    date on ${s.datedPages} dated pages: printed in the dump on ${f3(s.dateCeiling)}; misses: ${kinds.join(', ')}`,
  );
  for (const r of listed.filter((r) => r.dateMiss))
    write(`    ${r.key.slice(0, 12)} date ${r.dateMiss}: took ${r.dateFound ?? 'none'}`);
}

if (extractionDevAvailable()) printDevScores();
else write('../shared/extraction-dev is not beside the repo: real pages not scored\n');

/** Body precision, recall and F1 by the benchmark's metric on the crawler captures whose article lines are marked. */
function printCaptureScores(): void {
  const folder = path.join(REPO_ROOT, 'tests', 'fixtures', 'corpus', 'scraped-2018-2026');
  const marked = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'tests', 'quality', 'extraction', 'capture-articles.json'), 'utf8'),
  ) as Record<string, Array<[first: number, last: number]>>;
  write('Crawler captures marked by hand (tests/quality/extraction/capture-articles.json), body by 4-token shingles');
  const results = Object.entries(marked).map(([file, stretches]) => {
    const bytes = readFileSync(path.join(folder, file));
    const raw = readArticle(file, bytes);
    if (isRejection(raw)) throw new Error(`${file}: ${raw.reason}`);
    const lines = bytes.toString('utf8').split('\n');
    const truth = stretches.flatMap(([first, last]) => lines.slice(first - 1, last)).join('\n');
    const score = shingleScore(extractArticle(raw, { retrieved: null }).text, truth);
    if (verbose) write(`    ${file} P ${f3(score.precision)} R ${f3(score.recall)}`);
    return score;
  });
  const s = averageScores(results);
  write(`${results.length} captures  P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}\n`);
}

printCaptureScores();

const { scores, misses } = scoreExtraction();
write('Invented regression cases (tests/quality/extraction)');
const rows: Array<[string, number]> = [
  ['title exact match', scores.title],
  ['date accuracy', scores.date],
  ['author accuracy', scores.author],
  ['source accuracy', scores.source],
  ['article-line precision', scores.linePrecision],
  ['article-line recall', scores.lineRecall],
];
for (const [label, value] of rows) write(`${label.padEnd(24)} ${f3(value)}`);
if (verbose) {
  for (const miss of misses) {
    write(`\n${miss.file}`);
    for (const field of miss.fields) write(`  ${field}`);
    for (const line of miss.lost) write(`  lost:   ${line.slice(0, 100)}`);
    for (const line of miss.leaked) write(`  leaked: ${line.slice(0, 100)}`);
  }
} else if (misses.length) {
  write(`\n${misses.length} cases with misses (--verbose lists them)`);
}
