/**
 * `npm run train:extraction-header`: learns the header models (src/extract/header-model.ts), which choose a raw text
 * dump's date and author among the header's candidates, from the tuning part of the real pages in
 * `../shared/extraction-dev/` (never the held-out part; see src/quality/train-header-model.ts). Prints, cross-validated
 * over the five folds (each fold's pages read with line, title and header models fitted on the other folds), how often
 * the rules and the models choose a right date and author on the pages the models decide, then fits on the whole tuning
 * part with the committed line and title models and writes src/extract/date-model.json and
 * src/extract/byline-model.json. Deterministic: the same pages and code give the same weights.
 * With `--check`, writes nothing and exits 1 when a committed model differs from what the script would write.
 */
import { readScriptOptions } from '../src/cli/args.ts';
import path from 'node:path';
import { REPO_ROOT } from '../src/build/index.ts';
import { bestScored } from '../src/extract/linear-model.ts';
import { EXTRACTION_FOLDS, EXTRACTION_SPLIT_SEED, loadDevPages, type DevPage } from '../src/quality/extraction-dev.ts';
import type { CandidateExamples } from '../src/quality/fit-conditional-logit.ts';
import { fitHeaderModels, foldHeaderModels, pageHeaderExamples } from '../src/quality/train-header-model.ts';
import { foldModels } from '../src/quality/train-line-model.ts';
import { foldTitleModels } from '../src/quality/train-title-model.ts';
import { modelFileText, writeOrCheck } from '../src/quality/write-model-file.ts';

// Its one option, --check, is read by writeOrCheck; a wrong one is said in one line, before any work.
readScriptOptions('npm run train:extraction-header', { check: { type: 'boolean' } });

const started = performance.now();
const tuning = loadDevPages().filter((p): p is DevPage & { fold: number } => p.fold !== null);
const lineModels = foldModels(tuning, EXTRACTION_FOLDS);
const titleModels = foldTitleModels(tuning, lineModels);
const headerModels = foldHeaderModels(tuning, lineModels, titleModels);

/** Right choices of the rules and of the models over the pages they decide (a rules' choice and another candidate). */
const tally = { date: { decided: 0, rules: 0, learned: 0 }, byline: { decided: 0, rules: 0, learned: 0 } };
for (const page of tuning) {
  const examples = pageHeaderExamples(page, lineModels[page.fold], titleModels[page.fold]);
  for (const kind of ['date', 'byline'] as const) {
    const found: CandidateExamples = kind === 'date' ? examples.dates : examples.bylines;
    const ruleChoice = found.features.findIndex((f) => f[0] === 1);
    if (ruleChoice < 0 || found.features.length < 2) continue;
    const listed = found.features.map((features, index) => ({ index, features }));
    const best = bestScored(headerModels[page.fold]![kind], listed);
    tally[kind].decided++;
    if (found.right[ruleChoice]) tally[kind].rules++;
    if (best && found.right[best.index]) tally[kind].learned++;
  }
}
for (const [kind, t] of Object.entries(tally))
  process.stdout.write(
    `${kind}, cross-validated: ${t.decided} of ${tuning.length} pages decided by the model (the others have one ` +
      `candidate or none the rules chose); right: rules ${t.rules}, model ${t.learned}\n`,
  );

const examples = tuning.map((page) => pageHeaderExamples(page));
const models = fitHeaderModels(
  examples,
  `Conditional logit trained by npm run train:extraction-header: the candidates for the date and the author of the ` +
    `raw text dumps of the ${tuning.length} tuning pages of ../shared/extraction-dev (split seed ` +
    `${EXTRACTION_SPLIT_SEED}, held-out pages excluded), read with the committed line and title models, a date right ` +
    `when its day is one the page's markup gives, a name when it is the author the markup names.`,
);
const outputs: Array<[string, string]> = [];
for (const [kind, model] of [
  ['date', models.date],
  ['byline', models.byline],
] as const) {
  const file = path.join(REPO_ROOT, 'src', 'extract', `${kind}-model.json`);
  outputs.push([file, await modelFileText(file, model, ['mean', 'scale', 'weights'])]);
}
const done = writeOrCheck(outputs, 'npm run train:extraction-header');
process.stdout.write(
  `${done} ${outputs.map(([file]) => path.relative(REPO_ROOT, file)).join(' and ')} in ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
