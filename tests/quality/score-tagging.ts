/** Quality: scores the tag stage's output against the labelled set (precision, recall and F1 per kind of tag). Pure. */
import { scoreCounts, type PrecisionRecall } from '../../src/quality/precision-recall.ts';
import type { AnalyzedArticle } from '../../src/types.ts';

/** One labelled article of `tagging-labels.json`. */
export interface TaggingLabel {
  file: string;
  primaryCountries: string[];
  /** Every country the article names, primary ones included. */
  mentionedCountries: string[];
  /** Actor ids; those missing from the actors file are left out of the score. */
  actors: string[];
  /** People and organisations the labeller saw whom the actors file does not hold. */
  otherActors: string[];
}

/** Precision, recall and F1 of one kind of tag over the whole set (micro-averaged). */
export type Score = PrecisionRecall;

export type ScoreKind = 'primaryCountries' | 'mentionedCountries' | 'actors';

/** A tag the pipeline gave and the labels do not (`extra`) or the other way round (`missing`). */
export interface TagError {
  file: string;
  kind: ScoreKind;
  error: 'extra' | 'missing';
  id: string;
}

export interface TaggingScores {
  scores: Record<ScoreKind, Score>;
  errors: TagError[];
  /** Labelled actor ids left out because the actors file does not know them. */
  unknownActorIds: string[];
  /**
   * Discovered actors per file, scored separately: a name is expected when the labeller listed it in `otherActors`
   * or labelled an id the actors file lacks that matches it (`discovered:evgeny-naumov` for `evgeny-naumov`).
   */
  discovered: Array<{ file: string; name: string; labelled: boolean }>;
}

/** What the pipeline found for one article, in the terms the labels use. */
function found(article: AnalyzedArticle): Record<ScoreKind, Set<string>> {
  return {
    primaryCountries: new Set(article.countries.filter((c) => c.primary).map((c) => c.code)),
    mentionedCountries: new Set(article.countries.map((c) => c.code)),
    actors: new Set(article.actors.filter((a) => !a.discovered).map((a) => a.id)),
  };
}

/**
 * Scores analysed articles against their labels.
 * @param knownActorIds ids in the actors file: labelled ids outside it cannot be found and are not counted.
 */
export function scoreTagging(
  pairs: Array<{ label: TaggingLabel; article: AnalyzedArticle }>,
  knownActorIds: Set<string>,
): TaggingScores {
  const kinds: ScoreKind[] = ['primaryCountries', 'mentionedCountries', 'actors'];
  const counts = Object.fromEntries(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ScoreKind,
    { tp: number; fp: number; fn: number }
  >;
  const errors: TagError[] = [];
  const unknown = new Set<string>();
  const discovered: TaggingScores['discovered'] = [];
  for (const { label, article } of pairs) {
    const got = found(article);
    for (const kind of kinds) {
      const expected = new Set(kind === 'actors' ? label.actors.filter((id) => knownActorIds.has(id)) : label[kind]);
      for (const id of got[kind]) {
        if (expected.has(id)) counts[kind].tp++;
        else {
          counts[kind].fp++;
          errors.push({ file: label.file, kind, error: 'extra', id });
        }
      }
      for (const id of expected) {
        if (got[kind].has(id)) continue;
        counts[kind].fn++;
        errors.push({ file: label.file, kind, error: 'missing', id });
      }
    }
    for (const id of label.actors) if (!knownActorIds.has(id)) unknown.add(id);
    const others = new Set(label.otherActors.map((n) => n.toLowerCase()));
    for (const actor of article.actors.filter((a) => a.discovered)) {
      const labelled =
        others.has(actor.name.toLowerCase()) || label.actors.includes(actor.id.replace(/^discovered:/, ''));
      discovered.push({ file: label.file, name: actor.name, labelled });
    }
  }
  const scores = Object.fromEntries(
    kinds.map((k) => [k, scoreCounts(counts[k].tp, counts[k].fp, counts[k].fn)]),
  ) as Record<ScoreKind, Score>;
  return { scores, errors, unknownActorIds: [...unknown].sort(), discovered };
}
