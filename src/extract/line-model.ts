/**
 * Extract stage: the line model, a logistic regression over the features of `line-features.ts` that gives each line
 * of a raw page the probability that it is the article's text. Its weights (`line-model.json`) are learned from
 * real pages by `npm run train:extraction` (scripts/train-extraction.ts), which records in them how they were made.
 * Pure.
 */
import committed from './line-model.json' with { type: 'json' };
import { LINE_FEATURES } from './line-features.ts';
import { committedModel, standardisedSum, type StandardisedWeights } from './linear-model.ts';
import { maximumSumRun } from './locate-body.ts';
import { sigmoid } from '../sigmoid.ts';

/** Weights as `line-model.json` holds them. */
export interface LineModel extends StandardisedWeights {
  /** How the weights were made: data, folds, date. */
  note: string;
  bias: number;
  /** Probability above which a line counts for the article's run. */
  runThreshold: number;
  /** Probability below which a line inside the run is dropped all the same. */
  keepThreshold: number;
}

/** The committed model, once checked to read the code's features. */
export const committedLineModel: () => LineModel = committedModel(
  committed,
  LINE_FEATURES,
  'src/extract/line-model.json',
  'npm run train:extraction',
);

/** The probability that a line with `features` is article text. */
export function lineProbability(model: LineModel, features: number[]): number {
  return sigmoid(standardisedSum(model, features, model.bias));
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
