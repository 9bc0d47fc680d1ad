/**
 * Tag stage: whether a candidate name (`name-candidates.ts`) is an actor, by a logistic model over its measures. Its
 * weights (`name-model.json`) are learned by `npm run train:tagging-names` on the tuning part of the labelled articles
 * only; the threshold is the cross-validated one that keeps precision at the floor. Pure.
 */
import committed from './name-model.json' with { type: 'json' };
import { NAME_FEATURES, type NameFeatures } from './name-candidates.ts';

/** Weights as `name-model.json` holds them. */
export interface NameModel {
  note: string;
  features: string[];
  weights: number[];
  bias: number;
  /** Probability from which a candidate is an actor. */
  threshold: number;
}

let model: NameModel | null = null;

/** The committed model, read at the first call. */
export function nameModel(): NameModel {
  model ??= committed as NameModel;
  if (model.features.join() !== NAME_FEATURES.join())
    throw new Error("name-model.json: its features are not the model's");
  return model;
}

/** The probability that a candidate with these measures is an actor, under `weights` (the committed model by default). */
export function nameProbability(features: NameFeatures, weights: NameModel = nameModel()): number {
  let z = weights.bias;
  NAME_FEATURES.forEach((name, i) => (z += weights.weights[i]! * features[name]));
  return 1 / (1 + Math.exp(-z));
}
