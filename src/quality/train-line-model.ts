/**
 * Quality: learning the line model (`src/extract/line-model.ts`) from real pages. Each line of a page's raw text
 * dump is an example, article text when it lies within the body a person marked (`linesWithin`); a logistic
 * regression with an L2 penalty is fitted by gradient descent (`fitLogistic`), lines weighed by length as the metric weighs
 * text and pages weighed nearly alike, as the metric averages them (`exampleWeights`); the two thresholds are those with the best mean per-page F1 (in words) on the training pages. Deterministic.
 */
import { classifyLines } from '../extract/classify-lines.ts';
import { lineFeatures, LINE_FEATURES } from '../extract/line-features.ts';
import { chooseArticleRun, lineProbability, lineWeight, type LineModel } from '../extract/line-model.ts';
import { splitLines } from '../extract/lines.ts';
import { findBodyRange } from '../extract/locate-body.ts';
import { hintedHeadlineLine } from '../extract/title.ts';
import { linesWithin, rawTextDump, type DevPage } from './extraction-dev.ts';
import { fitLogistic } from './fit-logistic.ts';

/** One page's lines as examples. */
export interface PageExamples {
  key: string;
  features: number[][];
  words: number[];
  article: boolean[];
}

const L2 = 0.001;
const STEPS = 600;
const LEARNING_RATE = 0.5;
/**
 * How much a page's length counts in the fit: each page weighs its total line weight to this power, so a long page
 * (a menu of 400 lines) does not outweigh twenty short ones while the metric averages pages. Chosen on the
 * cross-validated tuning part among 0, 0.15, 0.25, 0.35, 0.5 and 1 (body F1 0.926, 0.929, 0.931, 0.928, 0.924, 0.923).
 */
const PAGE_WEIGHT_POWER = 0.25;
const THRESHOLDS = [0.02, 0.05, ...Array.from({ length: 17 }, (_, i) => 0.1 + i * 0.05)];

/** The examples of one page: its dump's lines, their features and labels. */
export function pageExamples(page: DevPage): PageExamples {
  const lines = classifyLines(splitLines(rawTextDump(page.html)));
  return {
    key: page.key,
    features: lineFeatures(lines, findBodyRange(lines), hintedHeadlineLine(lines, null)),
    words: lines.map((l) => l.words),
    article: linesWithin(
      lines.map((l) => l.text),
      page.truth,
    ),
  };
}

/** Mean and spread of each feature, for standardising. */
function standardise(rows: number[][]): { mean: number[]; scale: number[] } {
  const k = LINE_FEATURES.length;
  const mean = Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / rows.length);
  const scale = mean.map((m, j) => Math.sqrt(rows.reduce((s, r) => s + (r[j]! - m) ** 2, 0) / rows.length) || 1);
  return { mean, scale };
}

/** Mean per-page F1, in words, of the lines `chooseArticleRun` keeps with the thresholds. */
export function wordF1(
  pages: PageExamples[],
  probabilities: number[][],
  thresholds: { runThreshold: number; keepThreshold: number },
): number {
  let f1Sum = 0;
  pages.forEach((page, p) => {
    const run = chooseArticleRun(thresholds, probabilities[p]!, page.words);
    let tp = 0;
    let kept = 0;
    let wanted = 0;
    page.words.forEach((w, i) => {
      const keep = run?.keep[i] ?? false;
      if (keep) kept += w;
      if (page.article[i]) wanted += w;
      if (keep && page.article[i]) tp += w;
    });
    const precision = kept ? tp / kept : wanted ? 0 : 1;
    const recall = wanted ? tp / wanted : 1;
    f1Sum += precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  });
  return f1Sum / (pages.length || 1);
}

/** Each line's weight in the fit: its length's (`lineWeight`), scaled so its page weighs as `PAGE_WEIGHT_POWER` says. */
function exampleWeights(pages: PageExamples[]): number[] {
  return pages.flatMap((page) => {
    const weights = page.words.map(lineWeight);
    const total = weights.reduce((sum, w) => sum + w, 0) || 1;
    return weights.map((w) => (w / total) * total ** PAGE_WEIGHT_POWER);
  });
}

/** Fits the line model to the pages' examples; `note` says how it was made. */
export function fitLineModel(pages: PageExamples[], note: string): LineModel {
  const rows = pages.flatMap((p) => p.features);
  const labels = pages.flatMap((p) => p.article.map((a) => (a ? 1 : 0)));
  const { mean, scale } = standardise(rows);
  const x = rows.map((r) => r.map((v, j) => (v - mean[j]!) / scale[j]!));
  const { weights, bias } = fitLogistic(x, labels, {
    steps: STEPS,
    learningRate: LEARNING_RATE,
    l2: L2,
    exampleWeights: exampleWeights(pages),
  });
  const model: LineModel = {
    note,
    features: [...LINE_FEATURES],
    mean,
    scale,
    weights,
    bias,
    runThreshold: 0.5,
    keepThreshold: 0.5,
  };
  const probabilities = pages.map((p) => p.features.map((f) => lineProbability(model, f)));
  let best = -1;
  for (const runThreshold of THRESHOLDS) {
    for (const keepThreshold of THRESHOLDS) {
      const f1 = wordF1(pages, probabilities, { runThreshold, keepThreshold });
      if (f1 > best) [best, model.runThreshold, model.keepThreshold] = [f1, runThreshold, keepThreshold];
    }
  }
  return model;
}

/** Models for cross-validation: for each fold, one fitted on the other folds' pages. */
export function foldModels(pages: Array<DevPage & { fold: number }>, folds: number): LineModel[] {
  const examples = pages.map(pageExamples);
  return Array.from({ length: folds }, (_, f) =>
    fitLineModel(
      examples.filter((_, i) => pages[i]!.fold !== f),
      `cross-validation model for fold ${f}`,
    ),
  );
}
