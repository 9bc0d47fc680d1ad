/** Tag stage: the countries an article is about (primary) and those it only mentions, with evidence. Pure. */
import type { ActorTag, CountryTag } from '../types.ts';
import type { CompiledTaxonomy } from './compile.ts';
import { evidenceAt, type TagDocument } from './document.ts';
import type { CountryMention } from './country-context.ts';
import type { PlaceMention } from './places.ts';
import { primaryFeatures, primaryModel, primaryProbability, type CountryCounts } from './primary-model.ts';
import { sentenceAt } from './sentences.ts';

/**
 * What one mention of an actor of the country weighs against one mention of its name in the country's weight (its
 * score, and the share of the most-named country's that the primary model reads): its officials acting count half.
 */
const ACTOR_WEIGHT = 0.5;
/** What one mention of a place inside the country (a city, a state) weighs against one mention of its name. */
const PLACE_WEIGHT = 1;
/** Evidence kept per tag: enough to show why, not every occurrence. */
export const MAX_EVIDENCE = 3;

/** A population as English writes it ("2,296,224"): `toLocaleString('en')`, whose every call made a formatter anew. */
const ENGLISH_NUMBER = new Intl.NumberFormat('en');

/** How a place was read, for the evidence: "city of 2,296,224 in TX, US", "region of GB". */
function describePlace(place: PlaceMention['place']): string {
  const where = [place.admin, place.country].filter(Boolean).join(', ');
  return place.kind === 'city'
    ? `city of ${ENGLISH_NUMBER.format(place.population)} in ${where}`
    : `${place.kind} of ${where}`;
}

/** What is counted of a country while the article is read: the model's counts, with sentences and offset raw. */
interface Tally extends Pick<
  CountryCounts,
  'mentions' | 'actorMentions' | 'placeMentions' | 'inTitle' | 'inLead' | 'dateline'
> {
  /** Sentence indexes of the body that name the country. */
  sentences: Set<number>;
  /** Offset of the first mention by name or place. */
  first: number;
  tag: CountryTag;
}

/** The index of each sentence of the body by its text (the first, when one repeats). */
function sentenceIndex(doc: TagDocument): Map<string, number> {
  const index = new Map<string, number>();
  doc.sentences.forEach((s, i) => {
    if (s.start > doc.titleEnd && !index.has(s.text)) index.set(s.text, i);
  });
  return index;
}

/** Counts each country's mentions by name, by a place inside it and by its actors, with the first evidence of each. */
function tallyCountries(
  doc: TagDocument,
  compiled: CompiledTaxonomy,
  mentions: CountryMention[],
  actors: ActorTag[],
  places: PlaceMention[],
): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const tally = (code: string) => {
    let t = tallies.get(code);
    if (!t) {
      const name = compiled.countryNames.get(code) ?? code;
      const tag: CountryTag = { code, name, primary: false, score: 0, origin: 'actor', evidence: [] };
      const counts = { mentions: 0, actorMentions: 0, placeMentions: 0, first: doc.text.length };
      t = { ...counts, inTitle: false, inLead: false, dateline: false, sentences: new Set<number>(), tag };
      tallies.set(code, t);
    }
    return t;
  };
  const lead = doc.sentences.find((s) => s.start > doc.titleEnd);
  const leadEnd = lead?.end ?? doc.text.length;
  const mention = (t: Tally, start: number, end: number, inLead: boolean, place?: string) => {
    t.tag.origin = 'text';
    t.first = Math.min(t.first, start);
    if (start >= doc.titleEnd) t.sentences.add(sentenceAt(doc.sentences, start));
    if (start < doc.titleEnd) t.inTitle = true;
    else if (start < leadEnd || inLead) t.inLead = true;
    if (t.tag.evidence.length < MAX_EVIDENCE)
      t.tag.evidence.push({ ...evidenceAt(doc, start, end), ...(place ? { place } : {}) });
  };
  for (const { match, codes } of mentions) {
    for (const code of codes) {
      const t = tally(code);
      t.mentions++;
      mention(t, match.start, match.end, false);
    }
  }
  for (const { match, place, cue } of places) {
    const t = tally(place.country);
    t.placeMentions++;
    if (cue === 'dateline') t.dateline = true;
    mention(t, match.start, match.end, cue === 'dateline', describePlace(place));
  }
  let bodyIndex: Map<string, number> | undefined;
  for (const actor of actors) {
    if (!actor.country || actor.discovered || compiled.countryNotImplied.has(actor.id)) continue;
    const t = tally(actor.country);
    t.actorMentions += actor.mentions ?? 1;
    // One of the country's officials acting in the headline or the lead puts the country in the lead.
    if (actor.evidence.some((e) => e.sentence === lead?.text || doc.text.startsWith(e.sentence))) t.inLead = true;
    for (const e of actor.evidence) {
      const index = (bodyIndex ??= sentenceIndex(doc)).get(e.sentence);
      if (index !== undefined) t.sentences.add(index);
    }
    if (t.tag.evidence.length < MAX_EVIDENCE && actor.evidence[0]) t.tag.evidence.push(actor.evidence[0]);
  }
  return tallies;
}

/**
 * Tags countries from their names, demonyms, capitals and combining forms, from the places inside them, and from the
 * known actors of each country (an actor's country is at least mentioned). Whether the article is about a country
 * (primary) is the primary model's call on what was counted of it; the tag keeps the measures the model read.
 */
export function tagCountries(
  doc: TagDocument,
  compiled: CompiledTaxonomy,
  mentions: CountryMention[],
  actors: ActorTag[],
  places: PlaceMention[],
): CountryTag[] {
  const tallies = [...tallyCountries(doc, compiled, mentions, actors, places).values()];
  const weight = (t: Tally) => t.mentions + ACTOR_WEIGHT * t.actorMentions + PLACE_WEIGHT * t.placeMentions;
  const top = Math.max(0, ...tallies.map(weight));
  const bodySentences = doc.sentences.length - sentenceAt(doc.sentences, doc.titleEnd) - 1;
  const { threshold } = primaryModel();
  return tallies
    .map((t) => {
      t.tag.score = weight(t);
      const counts = { ...t, sentences: t.sentences.size, firstAt: t.first / doc.text.length, share: weight(t) / top };
      const features = primaryFeatures(counts, bodySentences, tallies.length);
      const probability = primaryProbability(features);
      t.tag.primary = probability >= threshold;
      t.tag.primaryModel = { probability: Math.round(probability * 1000) / 1000, features };
      return t.tag;
    })
    .sort((a, b) => Number(b.primary) - Number(a.primary) || b.score - a.score || a.code.localeCompare(b.code));
}
