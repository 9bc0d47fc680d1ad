/**
 * Extract stage: the title model, a linear score over the features of `title-features.ts` that the candidates of one
 * page are compared by (a conditional logit: the page's headline is the candidate with the highest score). Its weights
 * (`title-model.json`) are learned from real pages by `npm run train:extraction-title`
 * (scripts/train-extraction-title.ts), which records in them how they were made. Pure.
 */
import committed from './title-model.json' with { type: 'json' };
import { TITLE_FEATURES, type TitleCandidate } from './title-features.ts';

/** Weights as `title-model.json` holds them; features are standardised by `mean` and `scale` before weighing. */
export interface TitleModel {
  /** How the weights were made: data, folds, date. */
  note: string;
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
}

let checked: TitleModel | null = null;

/** The committed model, once checked to read the code's features. */
export function committedTitleModel(): TitleModel {
  if (!checked && committed.features.join('\n') !== TITLE_FEATURES.join('\n'))
    throw new Error('src/extract/title-model.json was trained on other features: run npm run train:extraction-title');
  checked = committed;
  return checked;
}

/** A candidate's score: the higher, the likelier the page's headline. */
export function titleScore(model: TitleModel, features: number[]): number {
  let z = 0;
  for (let k = 0; k < features.length; k++)
    z += (model.weights[k]! * (features[k]! - model.mean[k]!)) / model.scale[k]!;
  return z;
}

/** The candidate with the highest score (the first of equals), or null when there is none. */
export function bestTitleCandidate(model: TitleModel, candidates: TitleCandidate[]): TitleCandidate | null {
  let best: TitleCandidate | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const score = titleScore(model, candidate.features);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}
