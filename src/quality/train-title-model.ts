/**
 * Quality: learning the title model (`src/extract/title-model.ts`) from real pages. Each page's raw text dump gives its
 * candidates for the headline (`headlineCandidatesOfText`), each right when it says a title the page's markup gives
 * (`DevPage.titles`); a conditional logit (`fit-conditional-logit.ts`) is fitted to them. Deterministic.
 */
import { headlineCandidatesOfText } from '../extract/extract-text.ts';
import type { LineModel } from '../extract/line-model.ts';
import { plainMarkdownText } from '../extract/markdown-inline.ts';
import { TITLE_FEATURES } from '../extract/title-features.ts';
import type { TitleModel } from '../extract/title-model.ts';
import { rawTextDump, type DevPage } from './extraction-dev.ts';
import { fitConditionalLogit } from './fit-conditional-logit.ts';

/** One page's candidates as examples. */
export interface PageCandidates {
  key: string;
  texts: string[];
  features: number[][];
  right: boolean[];
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The candidates of one page's dump read with `lineModel` (the committed one when not given), and which are right;
 * with `withoutTitleLine`, of the dump without its first line, the page's `<title>`, as a scraper that drops it makes.
 * Null when the model does not choose the page's headline (a line says what its `<title>` names).
 */
export function pageCandidates(page: DevPage, lineModel?: LineModel, withoutTitleLine = false): PageCandidates | null {
  const dump = rawTextDump(page.html);
  const text = withoutTitleLine ? dump.slice(dump.indexOf('\n') + 1) : dump;
  const candidates = headlineCandidatesOfText(text, { retrieved: null, lineModel });
  if (!candidates) return null;
  return {
    key: page.key,
    texts: candidates.map((c) => c.text),
    features: candidates.map((c) => c.features),
    right: candidates.map((c) => page.titles.includes(squeeze(plainMarkdownText(c.text)))),
  };
}

/** Fits the title model to the pages' candidates; `note` says how it was made. */
export function fitTitleModel(pages: PageCandidates[], note: string): TitleModel {
  return { note, ...fitConditionalLogit(pages, TITLE_FEATURES) };
}

/**
 * The examples the title model is fitted on: each page's dump, and the same dump without its `<title>` line, where the
 * rules have no hint and the model must tell the headline by its shape and place (a scraper may drop the `<title>`).
 */
export function trainingCandidates(pages: DevPage[], lineModel?: LineModel): PageCandidates[] {
  return pages
    .flatMap((page) => [pageCandidates(page, lineModel), pageCandidates(page, lineModel, true)])
    .filter((page): page is PageCandidates => page !== null);
}

/** Title models for cross-validation: for each fold, one fitted on the other folds' pages read with that fold's line model. */
export function foldTitleModels(pages: Array<DevPage & { fold: number }>, lineModels: LineModel[]): TitleModel[] {
  return lineModels.map((lineModel, f) =>
    fitTitleModel(
      trainingCandidates(
        pages.filter((p) => p.fold !== f),
        lineModel,
      ),
      `cross-validation model for fold ${f}`,
    ),
  );
}
