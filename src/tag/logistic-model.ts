/** Tag stage: a small logistic model whose weights are committed as JSON beside the code that reads them. Pure. */
import { sigmoid } from '../sigmoid.ts';

/** Weights as a model's JSON file holds them. */
export interface LogisticModel {
  /** How the weights were made: the script and the part of the labelled articles it read. */
  note: string;
  /** The measures' names, in the order of `weights`. */
  features: string[];
  weights: number[];
  bias: number;
  /** Probability from which the answer is yes, chosen by cross-validation on the tuning part. */
  threshold: number;
}

/** The weights a JSON file holds, once their features are checked to be `features` in that order. */
export function checkedModel(committed: unknown, features: readonly string[], file: string): LogisticModel {
  const model = committed as LogisticModel;
  if (model.features.join() !== features.join()) throw new Error(`${file}: its features are not the model's`);
  return model;
}

/** The probability of yes for these measures, read in the order of `names`. */
export function logisticProbability<Name extends string>(
  features: Record<Name, number>,
  names: readonly Name[],
  model: LogisticModel,
): number {
  let z = model.bias;
  names.forEach((name, i) => (z += model.weights[i]! * features[name]));
  return sigmoid(z);
}
