/**
 * Tag stage: whether a candidate name (`name-candidates.ts`) is an actor, by boosted decision trees over its measures
 * (`boosted-trees.ts`). The trees (`name-model.json`) are learned by `npm run train:tagging-names` on the tuning part of
 * the labelled articles only; the threshold is the cross-validated one that keeps precision at the floor. Pure.
 */
import committed from './name-model.json' with { type: 'json' };
import { NAME_FEATURES, type NameFeatures } from './name-candidates.ts';
import { boostedProbability, checkedTrees, type BoostedTrees } from './boosted-trees.ts';

/** Trees as `name-model.json` holds them; its threshold keeps cross-validated precision at the floor. */
export type NameModel = BoostedTrees;

let model: NameModel | null = null;

/** The committed model, read at the first call. */
export function nameModel(): NameModel {
  return (model ??= checkedTrees(committed, NAME_FEATURES, 'name-model.json'));
}

/** The probability that a candidate with these measures is an actor, under `trees` (the committed model by default). */
export function nameProbability(features: NameFeatures, trees: NameModel = nameModel()): number {
  return boostedProbability(features, trees);
}
