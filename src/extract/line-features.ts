/**
 * Extract stage: what the line model (`line-model.ts`) reads of each line of a raw page: the line's shape (length,
 * sentence punctuation, capitals, figures, list marker, a headline glued to its snippet), its cues (a date, the
 * furniture class the rules give it, repetition on the page), its neighbours' shape and where it stands against
 * the densest run of prose the rules find and against the headline the page's `<title>` or outline names. Pure.
 */
import type { LabelledLine, LineKind } from './classify-lines.ts';

/** The furniture classes of `classify-lines.ts`, each a feature; plain text is the baseline. */
const KIND_FEATURES: Array<Exclude<LineKind, 'text'>> = [
  'byline',
  'source',
  'widget',
  'truncated',
  'teaser-heading',
  'link',
  'form',
  'notice',
  'credit',
  'nav',
];

/** The features' names, in the order of the vector `lineFeatures` returns and of the model's weights. */
export const LINE_FEATURES = [
  'words',
  'sentence end',
  'capitalised share',
  'figure share',
  'list marker',
  'glued words',
  'commas per word',
  'function-word share',
  'date cue',
  'repeated on the page',
  'position on the page',
  'in the prose run',
  'lines before the prose run',
  'lines after the prose run',
  'previous words',
  'next words',
  'previous sentence end',
  'next sentence end',
  'nearby words',
  'nearby sentence ends',
  'nearby plain text',
  'in a series of teaser pairs',
  'above the headline',
  'just below the headline',
  'lines below the headline',
  ...KIND_FEATURES.map((kind) => `furniture: ${kind}`),
] as const;

/** Lines under the headline that hold its header and the article's first lines. */
const JUST_BELOW = 8;
/** How many lines each side count as nearby. */
const NEARBY = 3;
/** Distances to the prose run are counted up to this many lines. */
const MAX_DISTANCE = 20;

const LIST_MARKER = /^(?:[•●▪◦*–-]|\d{1,2}[.)])\s/;
/** A lower-case letter straight before a capital: a teaser's link text run into its description. */
const GLUED = /\p{Ll}\p{Lu}\p{Ll}/u;
const DATE_CUE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:updated|published|posted)\b|\b\d+ (?:hours?|minutes?|days?) ago\b/i;
/** Words English prose is made of and labels, names and headlines mostly are not. */
export const FUNCTION_WORDS = new Set(
  'the a an of to in and or but is are was were be been has have had that this it its for on with as by at from not which who their they he she we said will would'.split(
    ' ',
  ),
);

/** Words of the headline of a teaser pair: a line that a one-sentence description follows. */
const MIN_TEASER_HEADLINE_WORDS = 3;
const MAX_TEASER_HEADLINE_WORDS = 20;

/**
 * For every line, whether it belongs to a series of teaser pairs: a headline (a few words, no sentence end) followed
 * by its description (a sentence), and another such pair right before or after, as a box of other stories lays
 * them out ("Urartu relics unearthed in Iran" / "Archaeological relics … have recently been found …").
 */
export function teaserPairSeries(lines: LabelledLine[]): boolean[] {
  const pairAt = lines.map(
    (line, i) =>
      !line.sentenceEnd &&
      line.words >= MIN_TEASER_HEADLINE_WORDS &&
      line.words <= MAX_TEASER_HEADLINE_WORDS &&
      lines[i + 1]?.sentenceEnd === true,
  );
  const inSeries = (start: number) =>
    pairAt[start] === true && (pairAt[start - 2] === true || pairAt[start + 2] === true);
  return lines.map((_, i) => inSeries(i) || inSeries(i - 1));
}

/** Shape of one line: the features that do not depend on its neighbours. */
interface Shape {
  logWords: number;
  sentenceEnd: number;
  capitalised: number;
  figures: number;
  functionWords: number;
}

function shapeOf(line: LabelledLine): Shape {
  const words = line.text.split(' ');
  let capitalised = 0;
  let functionWords = 0;
  for (const word of words) {
    if (/^\p{Lu}/u.test(word)) capitalised++;
    if (FUNCTION_WORDS.has(word.toLowerCase())) functionWords++;
  }
  let figures = 0;
  for (let i = 0; i < line.text.length; i++) {
    const c = line.text.charCodeAt(i);
    if (c >= 48 && c <= 57) figures++;
  }
  return {
    logWords: Math.log1p(line.words),
    sentenceEnd: line.sentenceEnd ? 1 : 0,
    capitalised: capitalised / words.length,
    figures: figures / line.text.length,
    functionWords: functionWords / words.length,
  };
}

/** Mean of `pick` over the lines within `NEARBY` of `i`, itself excluded. */
function nearby<T>(items: T[], i: number, pick: (item: T) => number): number {
  let sum = 0;
  let count = 0;
  for (let j = Math.max(0, i - NEARBY); j <= Math.min(items.length - 1, i + NEARBY); j++) {
    if (j === i) continue;
    sum += pick(items[j]!);
    count++;
  }
  return count ? sum / count : 0;
}

/**
 * The feature vector of every line, in `LINE_FEATURES` order. `range` is the densest run of prose the rules find
 * (`findBodyRange`), or null when they find none; `headline` the line the page's `<title>` or outline names as its
 * headline (`hintedHeadlineLine`), or -1.
 */
export function lineFeatures(
  lines: LabelledLine[],
  range: { start: number; end: number } | null,
  headline: number,
): number[][] {
  const shapes = lines.map(shapeOf);
  const teaserPairs = teaserPairSeries(lines);
  const seen = new Map<string, number>();
  for (const line of lines) seen.set(line.text, (seen.get(line.text) ?? 0) + 1);
  const n = lines.length;
  return lines.map((line, i) => {
    const shape = shapes[i]!;
    const previous = shapes[i - 1];
    const next = shapes[i + 1];
    const inRange = range !== null && i >= range.start && i <= range.end;
    const before = range && i < range.start ? Math.min(range.start - i, MAX_DISTANCE) / MAX_DISTANCE : 0;
    const after = range && i > range.end ? Math.min(i - range.end, MAX_DISTANCE) / MAX_DISTANCE : 0;
    return [
      shape.logWords,
      shape.sentenceEnd,
      shape.capitalised,
      shape.figures,
      LIST_MARKER.test(line.text) ? 1 : 0,
      GLUED.test(line.text) ? 1 : 0,
      (line.text.split(',').length - 1) / line.words,
      shape.functionWords,
      DATE_CUE.test(line.text) ? 1 : 0,
      seen.get(line.text)! > 1 ? 1 : 0,
      n > 1 ? i / (n - 1) : 0,
      inRange ? 1 : 0,
      before,
      after,
      previous?.logWords ?? 0,
      next?.logWords ?? 0,
      previous?.sentenceEnd ?? 0,
      next?.sentenceEnd ?? 0,
      nearby(shapes, i, (s) => s.logWords),
      nearby(shapes, i, (s) => s.sentenceEnd),
      nearby(lines, i, (l) => (l.kind === 'text' ? 1 : 0)),
      teaserPairs[i] ? 1 : 0,
      headline >= 0 && i < headline ? 1 : 0,
      headline >= 0 && i > headline && i - headline <= JUST_BELOW ? 1 : 0,
      headline >= 0 && i > headline ? Math.min(i - headline, MAX_DISTANCE) / MAX_DISTANCE : 0,
      ...KIND_FEATURES.map((kind) => (line.kind === kind ? 1 : 0)),
    ];
  });
}
