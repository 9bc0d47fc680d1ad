/**
 * `npm run score:extraction [-- --verbose] [-- --held-out]`: scores the extract stage on the real pages of
 * `../shared/extraction-dev/` (when beside the repo), each as a saved page and as a raw text dump: body precision,
 * recall and F1 by the benchmark's metric, article lines kept and other lines leaked, and, on dumps, title, date
 * (over the pages whose markup states one, and "stated": over those of them whose dump prints that day) and author
 * against the page's markup. The tuning part is cross-validated: each page is read with a line
 * model, a title model and header models fitted on the other folds. The held-out part, read with the committed model (fitted on the whole tuning
 * part), is printed only with `--held-out`, which is never run while tuning. Then the crawler captures and seeds
 * labelled by hand (tests/quality/extraction/capture-labels.json), never tuned on, and the invented regression cases
 * of tests/quality/extraction/.
 */
import { readScriptOptions } from '../src/cli/args.ts';
import type { LineModel } from '../src/extract/line-model.ts';
import { EXTRACTION_FOLDS, extractionDevAvailable, loadDevPages, type DevPage } from '../src/quality/extraction-dev.ts';
import { foldModels } from '../src/quality/train-line-model.ts';
import { foldTitleModels } from '../src/quality/train-title-model.ts';
import { foldHeaderModels } from '../src/quality/train-header-model.ts';
import { scoreCaptures, summariseCaptures, type CaptureResult } from '../src/quality/score-captures.ts';
import { scoreExtraction } from '../src/quality/score-extraction.ts';
import {
  DEV_CONDITIONS,
  extractDevPage,
  scoreDevPage,
  summarise,
  type DevPageResult,
  type DevScores,
} from '../src/quality/score-extraction-dev.ts';

/** The script's options: a wrong one is said in one line, before any work. */
const options = readScriptOptions('npm run score:extraction', {
  verbose: { type: 'boolean' },
  'held-out': { type: 'boolean' },
});

const verbose = options.verbose;
const heldOut = options['held-out'];
const write = (line: string) => process.stdout.write(`${line}\n`);
const f3 = (x: number) => x.toFixed(3);

function printDevScores(): void {
  const pages = loadDevPages();
  // Cross-validation: each tuning page is read with a line model fitted on the other folds, never on itself.
  const models = foldModels(
    pages.filter((p): p is DevPage & { fold: number } => p.fold !== null),
    EXTRACTION_FOLDS,
  );
  const titleModels = foldTitleModels(
    pages.filter((p): p is DevPage & { fold: number } => p.fold !== null),
    models,
  );
  const headerModels = foldHeaderModels(
    pages.filter((p): p is DevPage & { fold: number } => p.fold !== null),
    models,
    titleModels,
  );
  const modelFor = (page: DevPage): LineModel | undefined => (page.fold === null ? undefined : models[page.fold]);
  const titleModelFor = (page: DevPage) => (page.fold === null ? undefined : titleModels[page.fold]);
  const headerModelsFor = (page: DevPage) => (page.fold === null ? undefined : headerModels[page.fold]);
  const parts: Array<[string, DevPage[]]> = [['tuning part, cross-validated', pages.filter((p) => p.fold !== null)]];
  if (heldOut) parts.push(['held-out part', pages.filter((p) => p.fold === null)]);
  write('Real pages (../shared/extraction-dev), body by 4-token shingles averaged per page');
  write(`${'part / condition'.padEnd(46)} pages      P      R     F1  kept  leaked  title   date  stated  author`);
  for (const [part, group] of parts) {
    for (const condition of DEV_CONDITIONS) {
      const results: DevPageResult[] = group.map((page) =>
        scoreDevPage(page, extractDevPage(page, condition, modelFor(page), titleModelFor(page), headerModelsFor(page))),
      );
      const s = summarise(results);
      const header =
        condition === 'raw text dump'
          ? `  ${f3(s.title)}  ${f3(s.date)}   ${f3(s.dateWhereStated)}   ${f3(s.author)}`
          : '';
      write(
        `${`${part}: ${condition}`.padEnd(46)} ${String(s.pages).padStart(5)}  ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}  ${f3(s.articleKept)}  ${f3(s.debrisLeaked)}${header}`,
      );
      if (verbose && part !== 'held-out part') {
        for (const r of results.filter((r) => r.precision < 0.9 || r.recall < 0.9))
          write(`    ${r.key.slice(0, 12)} P ${f3(r.precision)} R ${f3(r.recall)}`);
      }
      if (condition === 'raw text dump') printHeaderCeilings(s, verbose && part !== 'held-out part' ? results : []);
    }
  }
  write('');
}

/**
 * The dumps' titles, dates and authors against their ceilings, the share of pages with a line that says a right title and of
 * dated pages that print their markup's day in the dump, the date right over those; the date misses by kind, and each
 * miss of `listed`.
 */
function printHeaderCeilings(s: DevScores, listed: DevPageResult[]): void {
  const kinds = Object.entries(s.dateMisses).map(([kind, n]) => `${kind} ${n}`);
  write(`    title said by a line of the dump on ${f3(s.titleCeiling)} of the pages`);
  write(
    `    date on ${s.datedPages} dated pages: printed in the dump on ${f3(s.dateCeiling)}, right on ${f3(s.dateWhereStated)} of those ("stated"); misses: ${kinds.join(', ')}`,
  );
  write(
    `    author on ${s.authoredPages} pages whose markup names one: that name on a line of the dump on ${f3(s.authorCeiling)}, on a line by the headline on ${f3(s.authorByHeadline)}`,
  );
  for (const r of listed.filter((r) => !r.titleRight))
    write(
      `    ${r.key.slice(0, 12)} title ${r.titlePrinted ? 'said by a line' : 'on no line'}: took "${r.titleFound}"`,
    );
  for (const r of listed.filter((r) => r.dateMiss))
    write(`    ${r.key.slice(0, 12)} date ${r.dateMiss}: took ${r.dateFound ?? 'none'}`);
  for (const r of listed.filter((r) => r.authorRight === false))
    write(
      `    ${r.key.slice(0, 12)} author ${r.authorByHeadline ? 'by the headline' : r.authorPrinted ? 'on a line away from the headline' : 'on no line'}: took ${JSON.stringify(r.authorFound)}`,
    );
}

if (extractionDevAvailable()) printDevScores();
else write('../shared/extraction-dev is not beside the repo: real pages not scored\n');

/** Origins in the order printed: the captures' file-name prefixes, then the seeds. */
const ORIGINS = ['cnn2024', 'bbc2025', 'scrape2026', 'wh20xx', 'tdw2023', 'rusi2024', 'seeds'];

/**
 * Body, title, date and author on the captures and seeds labelled by hand (never tuned on), per origin and in total,
 * then every miss: a title or date or author not as labelled, a body whose precision or recall is under 0.9.
 */
function printCaptureScores(): void {
  const { results, missing } = scoreCaptures();
  write(`Captures and seeds labelled by hand (tests/quality/extraction/capture-labels.json, never tuned on)`);
  if (missing)
    write(`${missing} labelled files not found (the captures are read from ../shared/corpus beside the repo)`);
  write(`${'origin'.padEnd(12)} files      P      R     F1  title   date  (of)  dated wrongly  author  (of)`);
  // A share over no file (no labelled date or author in the group) is shown as a dash.
  const share = (value: number, of: number) => `${of ? f3(value) : '    -'}  ${String(of).padStart(4)}`;
  const row = (name: string, group: CaptureResult[]) => {
    const s = summariseCaptures(group);
    write(
      `${name.padEnd(12)} ${String(s.files).padStart(5)}  ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}  ${f3(s.title)}  ${share(s.date, s.dated)}  ${String(s.datedWrongly).padStart(13)}  ${share(s.author, s.authored)}`,
    );
  };
  for (const origin of ORIGINS) {
    const group = results.filter((r) => r.origin === origin);
    if (group.length) row(origin, group);
  }
  row('total', results);
  write('Misses:');
  const quote = (text: string | null) => JSON.stringify(text);
  for (const r of results) {
    const misses: string[] = [];
    if (!r.titleRight) misses.push(`title ${quote(r.got.title)}, labelled ${quote(r.label.title)}`);
    if (r.dateRight === false || r.datedWrongly) {
      const want = r.label.date ? `${r.label.date}/${r.label.datePrecision}` : null;
      misses.push(`date ${quote(r.got.date)}, labelled ${quote(want)}`);
    }
    if (r.authorRight === false) misses.push(`author ${quote(r.got.author)}, labelled ${quote(r.label.author)}`);
    if (r.precision < 0.9 || r.recall < 0.9) misses.push(`body P ${f3(r.precision)} R ${f3(r.recall)}`);
    else if (verbose) misses.push(`(body P ${f3(r.precision)} R ${f3(r.recall)})`);
    for (const miss of misses) write(`  ${r.file}: ${miss}`);
  }
  write('');
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
