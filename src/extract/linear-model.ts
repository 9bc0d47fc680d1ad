/**
 * Extract stage: what the learned line and title models share, a committed model's check against the code's
 * features and the weighted sum of standardised features they score by. Pure.
 */

/** A linear model's weights: each feature is standardised by `mean` and `scale` before it is weighed. */
export interface StandardisedWeights {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
}

/**
 * A reader of a committed model that checks, at its first call, that the model was trained on the code's `features`
 * (names in order); a model trained on others throws, naming its `file` and the `command` that trains it again.
 */
export function committedModel<M extends StandardisedWeights>(
  model: M,
  features: readonly string[],
  file: string,
  command: string,
): () => M {
  let checked: M | null = null;
  return () => {
    if (!checked && model.features.join('\n') !== features.join('\n'))
      throw new Error(`${file} was trained on other features: run ${command}`);
    checked = model;
    return checked;
  };
}

/** `start` plus each feature, standardised, times its weight. */
export function standardisedSum(model: StandardisedWeights, features: number[], start: number): number {
  let z = start;
  for (let k = 0; k < features.length; k++)
    z += (model.weights[k]! * (features[k]! - model.mean[k]!)) / model.scale[k]!;
  return z;
}

/** The candidate whose features score highest under `model` (the first of equals), or null when there is none. */
export function bestScored<C extends { features: number[] }>(model: StandardisedWeights, candidates: C[]): C | null {
  let best: C | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const score = standardisedSum(model, candidate.features, 0);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}
