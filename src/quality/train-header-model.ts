/**
 * Quality: learning the header models (`src/extract/header-model.ts`) from real pages. Each page's raw text dump gives
 * its candidates for the date and the author (`headerCandidatesOfText`): a date is right when its day is one the
 * page's markup gives (`DevPage.days`), a name when it is the author the markup names, read as a byline prints it and
 * case aside (as `npm run score:extraction` counts them). A conditional logit (`fit-conditional-logit.ts`) is fitted
 * to each. Deterministic.
 */
import { headerCandidatesOfText, type HeaderCandidates } from '../extract/extract-text.ts';
import { BYLINE_FEATURES, DATE_FEATURES } from '../extract/header-features.ts';
import type { HeaderModels } from '../extract/header-model.ts';
import type { LineModel } from '../extract/line-model.ts';
import type { TitleModel } from '../extract/title-model.ts';
import { bylineName, rawTextDump, type DevPage } from './extraction-dev.ts';
import { fitConditionalLogit, type CandidateExamples } from './fit-conditional-logit.ts';

/** One page's date and author candidates as examples. */
export interface PageHeaderExamples {
  dates: CandidateExamples;
  bylines: CandidateExamples;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The candidates of one page's dump read with `lineModel` and `titleModel` (the committed ones when not given). */
export function pageHeaderExamples(page: DevPage, lineModel?: LineModel, titleModel?: TitleModel): PageHeaderExamples {
  const found: HeaderCandidates = headerCandidatesOfText(rawTextDump(page.html), {
    retrieved: null,
    lineModel,
    titleModel,
  }) ?? { dates: [], bylines: [] };
  const author = page.author;
  return {
    dates: {
      features: found.dates.map((c) => c.features),
      right: found.dates.map((c) => page.days.includes(c.value.date!.iso)),
    },
    bylines: {
      features: found.bylines.map((c) => c.features),
      right: found.bylines.map((c) => author !== null && sameName(bylineName(c.value) ?? '', author)),
    },
  };
}

/** Fits both header models to the pages' examples; `note` says how they were made. */
export function fitHeaderModels(pages: PageHeaderExamples[], note: string): HeaderModels {
  return {
    date: {
      note,
      ...fitConditionalLogit(
        pages.map((p) => p.dates),
        DATE_FEATURES,
      ),
    },
    byline: {
      note,
      ...fitConditionalLogit(
        pages.map((p) => p.bylines),
        BYLINE_FEATURES,
      ),
    },
  };
}

/**
 * Header models for cross-validation: for each fold, ones fitted on the other folds' pages read with that fold's line
 * and title models.
 */
export function foldHeaderModels(
  pages: Array<DevPage & { fold: number }>,
  lineModels: LineModel[],
  titleModels: TitleModel[],
): HeaderModels[] {
  return lineModels.map((lineModel, f) =>
    fitHeaderModels(
      pages.filter((p) => p.fold !== f).map((p) => pageHeaderExamples(p, lineModel, titleModels[f])),
      `cross-validation models for fold ${f}`,
    ),
  );
}
