/**
 * Extract stage: the line model, a logistic regression over the features of `line-features.ts` that gives each line
 * of a raw page the probability that it is the article's text. Its weights (`line-model.json`) are learned from
 * real pages by `npm run train:extraction` (scripts/train-extraction.ts), which records in them how they were made.
 * Pure.
 */
import committed from './line-model.json' with { type: 'json' };
import { LINE_FEATURES } from './line-features.ts';
import { maximumSumRun } from './locate-body.ts';

/** Weights as `line-model.json` holds them; features are standardised by `mean` and `scale` before weighing. */
export interface LineModel {
  /** How the weights were made: data, folds, date. */
  note: string;
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** Probability above which a line counts for the article's run. */
  runThreshold: number;
  /** Probability below which a line inside the run is dropped all the same. */
  keepThreshold: number;
}

let checked: LineModel | null = null;

/** The committed model, once checked to read the code's features. */
export function committedLineModel(): LineModel {
  if (!checked && committed.features.join('\n') !== LINE_FEATURES.join('\n'))
    throw new Error('src/extract/line-model.json was trained on other features: run npm run train:extraction');
  checked = committed;
  return checked;
}

/** The probability that a line with `features` is article text. */
export function lineProbability(model: LineModel, features: number[]): number {
  let z = model.bias;
  for (let k = 0; k < features.length; k++)
    z += (model.weights[k]! * (features[k]! - model.mean[k]!)) / model.scale[k]!;
  return 1 / (1 + Math.exp(-z));
}

/** How much a line weighs when runs are summed: long lines carry more of the text. */
export const lineWeight = (words: number) => Math.sqrt(words);

/** The lines of a page that hold the article: from `start` to `end`, those of them `keep` marks. */
export interface ArticleRun {
  start: number;
  end: number;
  keep: boolean[];
}

/**
 * The article's lines: the run of lines whose probabilities, less `runThreshold` and weighed by length, have the
 * highest sum (a maximum-sum run), and within it the lines at or above `keepThreshold`. Null when no line is
 * above `runThreshold`.
 */
export function chooseArticleRun(
  model: Pick<LineModel, 'runThreshold' | 'keepThreshold'>,
  probabilities: number[],
  words: number[],
): ArticleRun | null {
  const best = maximumSumRun(probabilities.map((p, i) => (p - model.runThreshold) * lineWeight(words[i]!)));
  if (!best) return null;
  const { start: first, end: last } = best;
  return {
    start: first,
    end: last,
    keep: probabilities.map((p, i) => i >= first && i <= last && p >= model.keepThreshold),
  };
}
