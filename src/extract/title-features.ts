/**
 * Extract stage: the lines that may be a raw page's headline and what the title model (`title-model.ts`) reads of
 * each: its shape (length, capitals, final punctuation), where it stands against the article's run, how often the
 * page says it, how much it shares with the page's `<title>` line, with the text's opening and with the other
 * candidates, the header furniture under it, and whether the rules of `title.ts` chose it. Pure.
 */
import type { LabelledLine } from './classify-lines.ts';
import { countWords } from './lines.ts';
import { isHeadlineShaped, normalizeTitle, SITE_SEPARATOR, stripSiteName } from './title.ts';

/** The features' names, in the order of the vector each candidate carries and of the model's weights. */
export const TITLE_FEATURES = [
  "the rules' choice",
  'words',
  'fewer than three words',
  'more than fifteen words',
  'sentence end',
  'question or exclamation',
  'capitalised share',
  'headline shaped',
  "the page's <title> line",
  "an outline's level-1 heading",
  "a site's name removed",
  'share of its words in the <title>',
  "share of the <title>'s words in it",
  'lines above the run',
  "the run's first line",
  'said again on the page',
  "share of its words in the text's opening",
  'most of its words in another candidate',
  "another candidate's words in it",
  'byline or dateline just below',
  'menu item',
] as const;

/** A line, or a hint of the page outside its lines, that may be the headline. */
export interface TitleCandidate {
  /** The headline it would give, a site's name removed. */
  text: string;
  /** Its line's index in the page's lines, or -1 for a capture's outline heading. */
  index: number;
  features: number[];
}

/** What the candidates are read against: where the page's own lines and the article's run stand, and the rules' choice. */
export interface TitleContext {
  /** First line of the page itself (after a capture's header); in a scraper's dump, the `<title>` line. */
  pageStart: number;
  /** The page's `<title>` line, when the page has one: a dump's first line, a capture's first line of content. */
  titleLine: number;
  /** Level-1 headings of a capture's outline. */
  headings: string[];
  url: string | null;
  /** The article's run (the line model's, else the rules' densest run of prose). */
  run: { start: number; end: number; keep: boolean[] };
  /** The headline the rules chose: its line (-1 when only a hint says it) and its words. */
  rules: { index: number; text: string };
  isDateLine: (line: LabelledLine) => boolean;
}

/** Longest candidate, in words; a longer line is a standfirst or a sentence of the text. */
const MAX_CANDIDATE_WORDS = 30;
/** Distances above the run are counted up to this many lines. */
const MAX_DISTANCE = 20;
/** Words of the text's opening its overlap with a candidate is measured on. */
const OPENING_WORDS = 80;
/** Lines below a candidate where a byline or dateline marks it as the header's headline. */
const HEADER_BELOW = 3;
/** Repeats counted, at most. */
const MAX_REPEATS = 3;
/** Share of a candidate's words found in another for the two to say the same headline. */
const SAME_WORDS = 0.8;

const wordsOf = (text: string) => normalizeTitle(text).split(' ').filter(Boolean);

/** Share of `words` found in `other`; 0 for no word. */
function shareIn(words: string[], other: Set<string>): number {
  if (!words.length) return 0;
  let found = 0;
  for (const word of words) if (other.has(word)) found++;
  return found / words.length;
}

/** True when the line may be a headline: plain text or a menu's item, not a snippet, a label or a whole paragraph. */
function mayBeHeadline(line: LabelledLine): boolean {
  return (
    (line.kind === 'text' || line.kind === 'nav') &&
    !line.truncated &&
    line.words >= 2 &&
    line.words <= MAX_CANDIDATE_WORDS &&
    !/:$/.test(line.text)
  );
}

/** A candidate before its features: its headline, its line (null for an outline's heading) and that line's index. */
interface Found {
  text: string;
  index: number;
  line: LabelledLine | null;
  outline: boolean;
}

/**
 * Every line that may be a headline from the page's start to the article's run's first (a line further in would take
 * the text above it out of the article), the page's `<title>`
 * line and its parts either side of a separator, a capture's outline headings, and the rules' choice.
 */
function listCandidates(lines: LabelledLine[], context: TitleContext): Found[] {
  const { run, rules, url } = context;
  const last = Math.min(lines.length - 1, run.start);
  const found: Found[] = [];
  for (let i = context.pageStart; i <= last; i++) {
    const line = lines[i]!;
    // The run's first line only when shaped as a headline: a sentence taken there would be lost from the text.
    if (i !== rules.index && !(mayBeHeadline(line) && (i < run.start || isHeadlineShaped(line)))) continue;
    found.push({
      text: i === rules.index ? rules.text : stripSiteName(line.text, url),
      index: i,
      line,
      outline: false,
    });
  }
  // The `<title>` line's parts either side of a separator: a site's name its address does not tell ("4 Things to Do
  // in October - Expert how-to for English Riders", "Opinion | …").
  const titleText = context.titleLine >= 0 ? lines[context.titleLine]!.text : '';
  for (const separator of titleText.matchAll(SITE_SEPARATOR)) {
    for (const part of [titleText.slice(0, separator.index), titleText.slice(separator.index + separator[0].length)])
      if (countWords(part) >= 2 && !found.some((c) => c.text === part))
        found.push({ text: part, index: context.titleLine, line: lines[context.titleLine]!, outline: false });
  }
  for (const heading of context.headings) found.push({ text: heading, index: -1, line: null, outline: true });
  if (rules.index < 0 && rules.text && !found.some((c) => c.index < 0 && c.text === rules.text))
    found.push({ text: rules.text, index: -1, line: null, outline: true });
  return found;
}

/** What the page gives every candidate's features: the `<title>`'s words, the text's opening words, each line's count. */
function pageMeasures(lines: LabelledLine[], context: TitleContext) {
  const { run } = context;
  const titleWords = context.titleLine >= 0 ? wordsOf(stripSiteName(lines[context.titleLine]!.text, context.url)) : [];
  const opening = new Set<string>();
  for (let i = run.start; i <= run.end && opening.size < OPENING_WORDS; i++)
    if (run.keep[i]) for (const word of wordsOf(lines[i]!.text)) opening.add(word);
  const seen = new Map<string, number>();
  for (const line of lines) {
    const key = normalizeTitle(line.text);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return { titleWords, titleSet: new Set(titleWords), opening, seen, ruleText: normalizeTitle(context.rules.text) };
}

/** The feature vector of candidate `c` of `found`, whose words are `words[c]`, in `TITLE_FEATURES` order. */
function candidateFeatures(
  lines: LabelledLine[],
  context: TitleContext,
  found: Found[],
  words: string[][],
  c: number,
  page: ReturnType<typeof pageMeasures>,
): number[] {
  const candidate = found[c]!;
  const own = words[c]!;
  const key = own.join(' ');
  const ownSet = new Set(own);
  const raw = candidate.text.split(' ');
  const capitalised = raw.filter((w) => /^\p{Lu}/u.test(w)).length / (raw.length || 1);
  const line = candidate.line;
  const sentenceEnd = /[.!?。]["'”’)]?$/.test(candidate.text);
  const shaped = line
    ? isHeadlineShaped({ ...line, text: candidate.text, words: raw.length, sentenceEnd })
    : own.length >= 3;
  const i = candidate.index;
  const { run } = context;
  const furnitureBelow =
    i >= 0 && lines.slice(i + 1, i + 1 + HEADER_BELOW).some((l) => l.kind === 'byline' || context.isDateLine(l));
  const others = words.filter((other, o) => o !== c && other.join(' ') !== key);
  return [
    key === page.ruleText ? 1 : 0,
    Math.log1p(own.length),
    own.length < 3 ? 1 : 0,
    own.length > 15 ? 1 : 0,
    /\.["'”’)]?$/.test(candidate.text) ? 1 : 0,
    /[?!]["'”’)]?$/.test(candidate.text) ? 1 : 0,
    capitalised,
    shaped ? 1 : 0,
    i >= 0 && i === context.titleLine ? 1 : 0,
    candidate.outline ? 1 : 0,
    line && candidate.text !== line.text && candidate.text !== context.rules.text ? 1 : 0,
    shareIn(own, page.titleSet),
    shareIn(page.titleWords, ownSet),
    i >= 0 && i < run.start ? Math.min(run.start - i, MAX_DISTANCE) / MAX_DISTANCE : 0,
    i >= run.start ? 1 : 0,
    Math.min((page.seen.get(key) ?? 1) - (line ? 1 : 0), MAX_REPEATS) / MAX_REPEATS,
    shareIn(own, page.opening),
    others.some((other) => shareIn(own, new Set(other)) >= SAME_WORDS) ? 1 : 0,
    others.some((other) => shareIn(other, ownSet) >= SAME_WORDS) ? 1 : 0,
    furnitureBelow ? 1 : 0,
    line?.kind === 'nav' ? 1 : 0,
  ];
}

/**
 * The candidates of a raw page: every line that may be a headline from the page's start to the article's run's first, the page's `<title>` line and its parts, and a capture's outline headings, each with its features.
 */
export function titleCandidates(lines: LabelledLine[], context: TitleContext): TitleCandidate[] {
  const found = listCandidates(lines, context);
  const page = pageMeasures(lines, context);
  const words = found.map((c) => wordsOf(c.text));
  return found.map((candidate, c) => ({
    text: candidate.text,
    index: candidate.index,
    features: candidateFeatures(lines, context, found, words, c, page),
  }));
}
