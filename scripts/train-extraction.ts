/**
 * `npm run train:extraction`: learns the line model (src/extract/line-model.ts) from the tuning part of the real
 * pages in `../shared/extraction-dev/` (never the held-out part): every line of each page's raw text dump is an
 * example (see src/quality/train-line-model.ts). Prints the cross-validated F1 in words over the five folds, then
 * fits on the whole tuning part and writes src/extract/line-model.json. Deterministic: the same pages and code give
 * the same weights.
 * With `--check`, writes nothing and exits 1 when the committed model differs from what the script would write.
 */
import { readScriptOptions } from '../src/cli/args.ts';
import path from 'node:path';
import { modelFileText, writeOrCheck } from '../src/quality/write-model-file.ts';
import { REPO_ROOT } from '../src/build/index.ts';
import { lineProbability } from '../src/extract/line-model.ts';
import { EXTRACTION_FOLDS, EXTRACTION_SPLIT_SEED, loadDevPages } from '../src/quality/extraction-dev.ts';
import { fitLineModel, pageExamples, wordF1 } from '../src/quality/train-line-model.ts';

// Its one option, --check, is read by writeOrCheck; a wrong one is said in one line, before any work.
readScriptOptions('npm run train:extraction', { check: { type: 'boolean' } });

const started = performance.now();
const tuning = loadDevPages().filter((p) => p.fold !== null);
const examples = tuning.map(pageExamples);
const foldF1 = Array.from({ length: EXTRACTION_FOLDS }, (_, f) => {
  const model = fitLineModel(
    examples.filter((_, i) => tuning[i]!.fold !== f),
    '',
  );
  const test = examples.filter((_, i) => tuning[i]!.fold === f);
  const f1 = wordF1(
    test,
    test.map((p) => p.features.map((x) => lineProbability(model, x))),
    model,
  );
  process.stdout.write(`fold ${f}: ${test.length} pages, F1 in words ${f1.toFixed(3)}\n`);
  return f1 * test.length;
});
const lines = examples.reduce((s, p) => s + p.words.length, 0);
process.stdout.write(
  `cross-validated F1 in words: ${(foldF1.reduce((a, b) => a + b, 0) / tuning.length).toFixed(3)}\n`,
);
const model = fitLineModel(
  examples,
  `Logistic regression trained by npm run train:extraction: the ${lines} lines of the raw text dumps of the ` +
    `${tuning.length} tuning pages of ../shared/extraction-dev (split seed ${EXTRACTION_SPLIT_SEED}, held-out pages ` +
    `excluded), each labelled article text when it lies within the marked body; thresholds chosen on those pages.`,
);
const file = path.join(REPO_ROOT, 'src', 'extract', 'line-model.json');
const done = writeOrCheck(
  [[file, await modelFileText(file, model, ['mean', 'scale', 'weights', 'bias'])]],
  'npm run train:extraction',
);
process.stdout.write(
  `${done} ${path.relative(REPO_ROOT, file)} (run ${model.runThreshold.toFixed(2)}, keep ${model.keepThreshold.toFixed(2)}) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
