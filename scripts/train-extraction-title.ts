/**
 * `npm run train:extraction-title`: learns the title model (src/extract/title-model.ts) from the tuning part of the real
 * pages in `../shared/extraction-dev/` (never the held-out part): the candidates for the headline of each page's raw
 * text dump, and of the same dump without its `<title>` line, where the rules read no hint (see
 * src/quality/train-title-model.ts). Prints, cross-validated over the five folds (each fold's pages read with a line
 * model and a title model fitted on the other folds), how often the rules and the model choose a right title on the
 * pages the model decides, then fits on the whole tuning part with the committed line model and writes
 * src/extract/title-model.json. Deterministic: the same pages and code give the same weights.
 * With `--check`, writes nothing and exits 1 when the committed model differs from what the script would write.
 */
import { readScriptOptions } from '../src/cli/args.ts';
import path from 'node:path';
import { modelFileText, writeOrCheck } from '../src/quality/write-model-file.ts';
import { REPO_ROOT } from '../src/build/index.ts';
import { bestTitleCandidate } from '../src/extract/title-model.ts';
import { EXTRACTION_FOLDS, EXTRACTION_SPLIT_SEED, loadDevPages, type DevPage } from '../src/quality/extraction-dev.ts';
import { foldModels } from '../src/quality/train-line-model.ts';
import {
  fitTitleModel,
  foldTitleModels,
  pageCandidates,
  trainingCandidates,
  type PageCandidates,
} from '../src/quality/train-title-model.ts';

// Its one option, --check, is read by writeOrCheck; a wrong one is said in one line, before any work.
readScriptOptions('npm run train:extraction-title', { check: { type: 'boolean' } });

const started = performance.now();
const tuning = loadDevPages().filter((p): p is DevPage & { fold: number } => p.fold !== null);
const lineModels = foldModels(tuning, EXTRACTION_FOLDS);
const titleModels = foldTitleModels(tuning, lineModels);

/** Right choices of the rules and of the model over the pages the model decides, dumps as made and without `<title>`. */
for (const [name, withoutTitleLine] of [
  ['raw text dumps', false],
  ['raw text dumps without their <title> line', true],
] as const) {
  let decided = 0;
  let rules = 0;
  let learned = 0;
  let ceiling = 0;
  for (const page of tuning) {
    const candidates: PageCandidates | null = pageCandidates(page, lineModels[page.fold], withoutTitleLine);
    if (!candidates) continue;
    decided++;
    const listed = candidates.features.map((features, index) => ({ text: candidates.texts[index]!, index, features }));
    const ruleChoice = listed.findIndex((c) => c.features[0] === 1);
    const best = bestTitleCandidate(titleModels[page.fold]!, listed);
    if (ruleChoice >= 0 && candidates.right[ruleChoice]) rules++;
    if (best && candidates.right[best.index]) learned++;
    if (candidates.right.some(Boolean)) ceiling++;
  }
  process.stdout.write(
    `${name}, cross-validated: ${decided} of ${tuning.length} pages decided by the model (the others by a line that says ` +
      `the <title>); right title: rules ${rules}, model ${learned}, a right candidate ${ceiling}\n`,
  );
}

const examples = trainingCandidates(tuning);
const model = fitTitleModel(
  examples,
  `Conditional logit trained by npm run train:extraction-title: the candidates for the headline of the raw ` +
    `text dumps of the ${tuning.length} tuning pages of ../shared/extraction-dev (split seed ${EXTRACTION_SPLIT_SEED}, ` +
    `held-out pages excluded), with and without their <title> line, read with the committed line model (${examples.length} ` +
    `dumps where no line says the <title>), each right when it says a title of the page's markup.`,
);
const file = path.join(REPO_ROOT, 'src', 'extract', 'title-model.json');
const done = writeOrCheck(
  [[file, await modelFileText(file, model, ['mean', 'scale', 'weights'])]],
  'npm run train:extraction-title',
);
process.stdout.write(
  `${done} ${path.relative(REPO_ROOT, file)} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
