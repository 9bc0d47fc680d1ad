/**
 * `npm run train:primary`: learns the primary-country model (src/tag/primary-model.ts) from the tuning part of the
 * labelled articles only (never the held-out part): every country the tagger finds in a tuning article is an example,
 * primary when the labels say so. Logistic regression with an L2 penalty, fitted by gradient descent; the threshold
 * is the one with the best F1 over five cross-validation folds of the articles, and the cross-validated F1 is printed.
 * Writes src/tag/primary-model.json. Deterministic: the same labels and code give the same weights, so the committed
 * model is what this script writes; with `--check`, writes nothing and exits 1 when the committed model differs.
 */
import { readScriptOptions } from '../src/cli/args.ts';
import path from 'node:path';
import { createDefaultAnalysisContext } from '../src/analyze/index.ts';
import { REPO_ROOT } from '../src/build/index.ts';
import { fitLogistic } from '../src/quality/fit-logistic.ts';
import { scoreCounts } from '../src/quality/precision-recall.ts';
import { crossValidationFold } from '../src/quality/tagging-split.ts';
import { FEATURES, primaryProbability, type PrimaryFeatures, type PrimaryModel } from '../src/tag/primary-model.ts';
import { analyzeLabels, labelParts } from '../src/quality/labelled-set.ts';
import { modelFileText, writeOrCheck } from '../src/quality/write-model-file.ts';

// Its one option, --check, is read by writeOrCheck; a wrong one is said in one line, before any work.
readScriptOptions('npm run train:primary', { check: { type: 'boolean' } });

/** L2 penalty: small, so weights stay readable without the model bending to one article. */
const L2 = 0.01;
const STEPS = 4000;
const LEARNING_RATE = 0.3;
const FOLDS = 5;
const THRESHOLDS = Array.from({ length: 13 }, (_, i) => 0.2 + i * 0.05);

interface Example {
  file: string;
  features: PrimaryFeatures;
  primary: boolean;
}

/** Fits weights to the examples. */
function fit(examples: Example[]): PrimaryModel {
  const { weights, bias } = fitLogistic(
    examples.map((e) => FEATURES.map((name) => e.features[name])),
    examples.map((e) => Number(e.primary)),
    { steps: STEPS, learningRate: LEARNING_RATE, l2: L2 },
  );
  return { note: '', features: [...FEATURES], weights, bias, threshold: 0.5 };
}

/** Each example's probability from a model fitted without its fold. */
function crossValidated(examples: Example[]): Array<{ example: Example; probability: number }> {
  return Array.from({ length: FOLDS }, (_, k) => {
    const model = fit(examples.filter((e) => crossValidationFold(e.file, FOLDS) !== k));
    return examples
      .filter((e) => crossValidationFold(e.file, FOLDS) === k)
      .map((e) => ({ example: e, probability: primaryProbability(e.features, model) }));
  }).flat();
}

async function main(): Promise<void> {
  const context = createDefaultAnalysisContext();
  const labels = labelParts().tuning.labels;
  const examples: Example[] = analyzeLabels(labels, context).flatMap(({ label, article }) =>
    article.countries.flatMap((c) =>
      c.primaryModel
        ? [
            {
              file: label.file,
              features: c.primaryModel.features as PrimaryFeatures,
              primary: label.primaryCountries.includes(c.code),
            },
          ]
        : [],
    ),
  );
  // Labelled primary countries the tagger does not find at all are misses whatever the threshold.
  const unreachable =
    labels.reduce((n, l) => n + l.primaryCountries.length, 0) - examples.filter((e) => e.primary).length;
  const scored = crossValidated(examples);
  const f1At = (threshold: number) => {
    const tp = scored.filter((s) => s.example.primary && s.probability >= threshold).length;
    const fp = scored.filter((s) => !s.example.primary && s.probability >= threshold).length;
    return scoreCounts(tp, fp, examples.filter((e) => e.primary).length - tp + unreachable);
  };
  const threshold = THRESHOLDS.reduce((best, t) => (f1At(t).f1 > f1At(best).f1 ? t : best), 0.5);
  const cv = f1At(threshold);
  const model = fit(examples);
  model.threshold = Math.round(threshold * 100) / 100;
  model.note =
    `Learned by npm run train:primary on the tuning part (${labels.length} articles, ${examples.length} countries found); ` +
    `cross-validated primary F1 ${cv.f1.toFixed(3)} (P ${cv.precision.toFixed(3)}, R ${cv.recall.toFixed(3)}) at threshold ${model.threshold}.`;
  const file = path.join(REPO_ROOT, 'src', 'tag', 'primary-model.json');
  writeOrCheck([[file, await modelFileText(file, model, ['weights', 'bias'])]], 'npm run train:primary');
  process.stdout.write(`${model.note}\n`);
  FEATURES.forEach((name, i) => process.stdout.write(`  ${name.padEnd(10)} ${model.weights[i]!.toFixed(3)}\n`));
  process.stdout.write(`  ${'bias'.padEnd(10)} ${model.bias.toFixed(3)}\n`);
}

await main();
