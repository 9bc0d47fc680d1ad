/**
 * Extract stage: the header models of raw text dumps, linear scores over the features of `header-features.ts` that the
 * candidates for a page's date (`date-model.json`) and for its author (`byline-model.json`) are compared by (each a
 * conditional logit: the page's date or author is the candidate with the highest score). Their weights are learned
 * from real pages by `npm run train:extraction-header` (scripts/train-extraction-header.ts), which records in them how
 * they were made. Pure.
 */
import committedDate from './date-model.json' with { type: 'json' };
import committedByline from './byline-model.json' with { type: 'json' };
import { BYLINE_FEATURES, DATE_FEATURES } from './header-features.ts';
import { committedModel, type StandardisedWeights } from './linear-model.ts';

/** Weights as `date-model.json` and `byline-model.json` hold them. */
export interface HeaderModel extends StandardisedWeights {
  /** How the weights were made: data, folds, date. */
  note: string;
}

/** The two models a dump's header is read with. */
export interface HeaderModels {
  date: HeaderModel;
  byline: HeaderModel;
}

const COMMAND = 'npm run train:extraction-header';
const committedDateModel = committedModel(committedDate, DATE_FEATURES, 'src/extract/date-model.json', COMMAND);
const committedBylineModel = committedModel(committedByline, BYLINE_FEATURES, 'src/extract/byline-model.json', COMMAND);

/** The committed models, once checked to read the code's features. */
export function committedHeaderModels(): HeaderModels {
  return { date: committedDateModel(), byline: committedBylineModel() };
}
