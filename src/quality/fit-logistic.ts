/**
 * Quality: fitting a logistic regression by full-batch gradient descent with an L2 penalty, the one fitter behind
 * every committed model (primary countries, names, topics, extraction lines). Deterministic: the same examples in
 * the same order give the same weights, bit for bit.
 */
import { sigmoid } from '../sigmoid.ts';

/** Weights and bias of a fitted model, in the order of the examples' features. */
export interface LogisticWeights {
  weights: number[];
  bias: number;
}

export interface LogisticFitOptions {
  steps: number;
  learningRate: number;
  /** Strength of the penalty on each weight's distance from the prior (from 0 without one). */
  l2: number;
  /** Each example's weight in the loss; every example counts once when left out. */
  exampleWeights?: readonly number[];
  /** Where the weights and bias start and what the penalty draws the weights towards; zeros when left out. */
  prior?: LogisticWeights;
  /** Keep every weight at 0 or above (a term that can only add evidence). */
  nonNegative?: boolean;
}

/** The probability of yes for one example's features under `model`. */
export function logisticOf(features: ArrayLike<number>, model: LogisticWeights): number {
  let z = model.bias;
  for (let j = 0; j < features.length; j++) z += model.weights[j]! * features[j]!;
  return sigmoid(z);
}

/** Fits weights and a bias to `rows` (one array of features per example) and their 0/1 `labels`. */
export function fitLogistic(
  rows: readonly ArrayLike<number>[],
  labels: readonly number[],
  options: LogisticFitOptions,
): LogisticWeights {
  if (rows.length !== labels.length) throw new Error(`fitLogistic: ${rows.length} rows but ${labels.length} labels`);
  const k = options.prior?.weights.length ?? rows[0]?.length ?? 0;
  const prior = options.prior ?? { weights: new Array<number>(k).fill(0), bias: 0 };
  const model: LogisticWeights = { weights: [...prior.weights], bias: prior.bias };
  const exampleWeights = options.exampleWeights;
  const total = exampleWeights ? exampleWeights.reduce((sum, w) => sum + w, 0) : rows.length;
  const { steps, learningRate, l2 } = options;
  const gradient = new Array<number>(k);
  for (let step = 0; step < steps; step++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (let i = 0; i < rows.length; i++) {
      const x = rows[i]!;
      const error = (logisticOf(x, model) - labels[i]!) * (exampleWeights ? exampleWeights[i]! : 1);
      for (let j = 0; j < k; j++) gradient[j]! += error * x[j]!;
      biasGradient += error;
    }
    for (let j = 0; j < k; j++) {
      const w =
        model.weights[j]! - learningRate * (gradient[j]! / total + l2 * (model.weights[j]! - prior.weights[j]!));
      model.weights[j] = options.nonNegative ? Math.max(0, w) : w;
    }
    model.bias -= (learningRate * biasGradient) / total;
  }
  return model;
}

/** One example's features that are not 0: `values[i]` is feature `indices[i]`'s. */
export interface SparseRow {
  indices: number[];
  values: number[];
}

/** The log-odds of yes for one example's sparse features under `model`. */
export function logOddsOfSparse(row: SparseRow, model: LogisticWeights): number {
  let z = model.bias;
  for (let t = 0; t < row.indices.length; t++) z += model.weights[row.indices[t]!]! * row.values[t]!;
  return z;
}

/**
 * `fitLogistic` for examples with thousands of features, few of them present in each (an article's words): the same
 * descent and penalty towards `prior`, each step's cost in the features present rather than all. Only the first
 * `nonNegativeFeatures` weights are kept at 0 or above.
 */
export function fitSparseLogistic(
  rows: readonly SparseRow[],
  labels: readonly number[],
  options: Omit<LogisticFitOptions, 'nonNegative' | 'exampleWeights'> & {
    prior: LogisticWeights;
    nonNegativeFeatures: number;
  },
): LogisticWeights {
  if (rows.length !== labels.length)
    throw new Error(`fitSparseLogistic: ${rows.length} rows but ${labels.length} labels`);
  const { steps, learningRate, l2, prior, nonNegativeFeatures } = options;
  const k = prior.weights.length;
  const model: LogisticWeights = { weights: [...prior.weights], bias: prior.bias };
  const gradient = new Float64Array(k);
  for (let step = 0; step < steps; step++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const error = sigmoid(logOddsOfSparse(row, model)) - labels[i]!;
      for (let t = 0; t < row.indices.length; t++) gradient[row.indices[t]!]! += error * row.values[t]!;
      biasGradient += error;
    }
    for (let j = 0; j < k; j++) {
      const w =
        model.weights[j]! - learningRate * (gradient[j]! / rows.length + l2 * (model.weights[j]! - prior.weights[j]!));
      model.weights[j] = j < nonNegativeFeatures ? Math.max(0, w) : w;
    }
    model.bias -= (learningRate * biasGradient) / rows.length;
  }
  return model;
}
