/**
 * Extract stage: the title model, a linear score over the features of `title-features.ts` that the candidates of one
 * page are compared by (a conditional logit: the page's headline is the candidate with the highest score). Its weights
 * (`title-model.json`) are learned from real pages by `npm run train:extraction-title`
 * (scripts/train-extraction-title.ts), which records in them how they were made. Pure.
 */
import committed from './title-model.json' with { type: 'json' };
import { bestScored, committedModel, type StandardisedWeights } from './linear-model.ts';
import { TITLE_FEATURES, type TitleCandidate } from './title-features.ts';

/** Weights as `title-model.json` holds them. */
export interface TitleModel extends StandardisedWeights {
  /** How the weights were made: data, folds, date. */
  note: string;
}

/** The committed model, once checked to read the code's features. */
export const committedTitleModel: () => TitleModel = committedModel(
  committed,
  TITLE_FEATURES,
  'src/extract/title-model.json',
  'npm run train:extraction-title',
);

/** The candidate with the highest score (the first of equals), or null when there is none. */
export function bestTitleCandidate(model: TitleModel, candidates: TitleCandidate[]): TitleCandidate | null {
  return bestScored(model, candidates);
}
