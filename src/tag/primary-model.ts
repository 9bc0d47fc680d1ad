/**
 * Tag stage: whether the article is about a country (primary) or only mentions it, by a small logistic model over
 * what the tagger counted of the country. Its weights (`primary-model.json`) are learned by
 * `npm run train:primary` on the tuning part of the labelled articles only; each tag keeps the measures it was given,
 * so "Why these tags?" can show what made a country primary. Pure.
 */
import committed from './primary-model.json' with { type: 'json' };
import { checkedModel, logisticProbability, type LogisticModel } from './logistic-model.ts';

/** What the tagger counted of one country in one article. */
export interface CountryCounts {
  mentions: number;
  actorMentions: number;
  placeMentions: number;
  inTitle: boolean;
  inLead: boolean;
  dateline: boolean;
  /** Sentences of the body that name the country (by name, place or one of its actors' names). */
  sentences: number;
  /** Offset of the first mention by name or place, as a share of the text (1 when none). */
  firstAt: number;
  /** Weighted mentions, as the share of the article's most-named country's. */
  share: number;
}

/** The measures the model reads, by name, each from 0 to about 3. */
export type PrimaryFeatures = Record<(typeof FEATURES)[number], number>;

/** The model's features, in the order of its weights. */
export const FEATURES = [
  'title',
  'lead',
  'dateline',
  'mentions',
  'places',
  'actors',
  'share',
  'top',
  'sentences',
  'early',
  'countries',
] as const;

/** The measures of one country, given the article's sentence count and how many countries it names. */
export function primaryFeatures(c: CountryCounts, bodySentences: number, countries: number): PrimaryFeatures {
  return {
    title: Number(c.inTitle),
    lead: Number(c.inLead),
    dateline: Number(c.dateline),
    mentions: Math.log1p(c.mentions),
    places: Math.log1p(c.placeMentions),
    actors: Math.log1p(c.actorMentions),
    share: c.share,
    top: Number(c.share === 1),
    sentences: Math.min(1, c.sentences / Math.max(1, bodySentences)),
    early: 1 - c.firstAt,
    countries: Math.log(Math.max(1, countries)),
  };
}

/** Weights as `primary-model.json` holds them. */
export type PrimaryModel = LogisticModel;

let model: PrimaryModel | null = null;

/** The committed model, read at the first call. */
export function primaryModel(): PrimaryModel {
  return (model ??= checkedModel(committed, FEATURES, 'primary-model.json'));
}

/** The probability that the article is about the country, under `weights` (the committed model by default). */
export function primaryProbability(features: PrimaryFeatures, weights: PrimaryModel = primaryModel()): number {
  return logisticProbability(features, FEATURES, weights);
}
