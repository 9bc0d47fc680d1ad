/** Quality: scores the tag stage's output against labelled articles (precision, recall and F1 per kind of tag). Pure. */
import { scoreCounts, type PrecisionRecall } from './precision-recall.ts';
import { comparableName } from '../tag/names.ts';
import type { ActorEntry } from '../taxonomy/index.ts';
import type { ActorTag, AnalyzedArticle } from '../types.ts';

/** One labelled article (see `tagging/labelling-guide.md`). */
export interface TaggingLabel {
  file: string;
  primaryCountries: string[];
  /** Every country the article names, primary ones included. */
  mentionedCountries: string[];
  /** Ids of the actors file. */
  actors: string[];
  /** People and organisations the labeller saw whom the actors file does not hold, by name. */
  otherActors: string[];
  topics: string[];
  note?: string;
}

/** Precision, recall and F1 of one kind of tag over a set of articles (micro-averaged). */
export type Score = PrecisionRecall;

/**
 * `actors`: every actor a reader is shown, known or discovered, against the labelled ids and `otherActors` names;
 * a tag whose name (or an alias) is a labelled name under the name rules counts as found. `knownActors`: only ids of
 * the actors file, as the first scorer counted them.
 */
export type ScoreKind = 'primaryCountries' | 'mentionedCountries' | 'actors' | 'knownActors';

export const SCORE_KINDS: ScoreKind[] = ['primaryCountries', 'mentionedCountries', 'actors', 'knownActors'];

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
}

type Counts = { tp: number; fp: number; fn: number };

/** Compares two sets of ids, counting into `counts` and listing the differences. */
function compareSets(kind: ScoreKind, file: string, got: Set<string>, expected: Set<string>, counts: Counts) {
  const errors: TagError[] = [];
  for (const id of got) {
    if (expected.has(id)) counts.tp++;
    else errors.push({ file, kind, error: 'extra', id });
  }
  for (const id of expected) if (!got.has(id)) errors.push({ file, kind, error: 'missing', id });
  counts.fp += errors.filter((e) => e.error === 'extra').length;
  counts.fn += errors.filter((e) => e.error === 'missing').length;
  return errors;
}

/** The comparable forms of every name a tag goes by: its name, its actors-file aliases, a discovered acronym. */
function tagNames(tag: ActorTag, actorsById: Map<string, ActorEntry>): Set<string> {
  const entry = tag.discovered ? undefined : actorsById.get(tag.id);
  return new Set([tag.name, ...(entry?.aliases ?? []), ...(tag.aliases ?? [])].map(comparableName));
}

/** Scores the article's actors, known and discovered, against the labelled ids and names. */
function compareActors(label: TaggingLabel, article: AnalyzedArticle, byId: Map<string, ActorEntry>, counts: Counts) {
  const errors: TagError[] = [];
  const ids = new Set(label.actors.filter((id) => byId.has(id)));
  // A labelled id the actors file lacks is a name to find ("evgeny-naumov" is "evgeny naumov").
  const names = [
    ...label.otherActors,
    ...label.actors.filter((id) => !byId.has(id)).map((id) => id.replace(/-/g, ' ')),
  ];
  // "China's Ministry of Emergency Management" is also the Ministry of Emergency Management the text names.
  const wanted = names.map((n) => new Set([n, n.replace(/^\p{Lu}[\p{L}.]*['’]s\s+/u, '')].map(comparableName)));
  const found = new Set<number>();
  for (const tag of article.actors) {
    if (!tag.discovered && ids.delete(tag.id)) {
      counts.tp++;
      continue;
    }
    const forms = tagNames(tag, byId);
    const index = wanted.findIndex((w, i) => !found.has(i) && [...w].some((form) => forms.has(form)));
    if (index >= 0) {
      found.add(index);
      counts.tp++;
    } else errors.push({ file: label.file, kind: 'actors', error: 'extra', id: tag.id });
  }
  for (const id of ids) errors.push({ file: label.file, kind: 'actors', error: 'missing', id });
  names.forEach((name, i) => {
    if (!found.has(i)) errors.push({ file: label.file, kind: 'actors', error: 'missing', id: name });
  });
  counts.fp += errors.filter((e) => e.error === 'extra').length;
  counts.fn += errors.filter((e) => e.error === 'missing').length;
  return errors;
}

/** The actors file's ids by the comparable form of each name and alias (`comparableName`). */
export function actorIdsByName(actors: ActorEntry[]): Map<string, string> {
  return new Map(actors.flatMap((a) => [a.name, ...a.aliases].map((n) => [comparableName(n), a.id] as const)));
}

/**
 * Scores analysed articles against their labels.
 * @param actors the actors file: known ids, and the aliases a labelled name may match.
 */
export function scoreTagging(
  pairs: Array<{ label: TaggingLabel; article: AnalyzedArticle }>,
  actors: ActorEntry[],
): TaggingScores {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const idsByName = actorIdsByName(actors);
  const counts = Object.fromEntries(SCORE_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<ScoreKind, Counts>;
  const errors: TagError[] = [];
  for (const { label, article } of pairs) {
    const primary = new Set(article.countries.filter((c) => c.primary).map((c) => c.code));
    const mentioned = new Set(article.countries.map((c) => c.code));
    const known = new Set(article.actors.filter((a) => !a.discovered).map((a) => a.id));
    // A name labelled before the actors file listed it ("Interfax" in otherActors) is that actor's id now.
    const knownLabelled = new Set([
      ...label.actors.filter((id) => byId.has(id)),
      ...label.otherActors.flatMap((name) => idsByName.get(comparableName(name)) ?? []),
    ]);
    errors.push(
      ...compareSets('primaryCountries', label.file, primary, new Set(label.primaryCountries), counts.primaryCountries),
      ...compareSets(
        'mentionedCountries',
        label.file,
        mentioned,
        new Set(label.mentionedCountries),
        counts.mentionedCountries,
      ),
      ...compareActors(label, article, byId, counts.actors),
    );
    compareSets('knownActors', label.file, known, knownLabelled, counts.knownActors);
  }
  const scores = Object.fromEntries(
    SCORE_KINDS.map((k) => [k, scoreCounts(counts[k].tp, counts[k].fp, counts[k].fn)]),
  ) as Record<ScoreKind, Score>;
  return { scores, errors };
}
