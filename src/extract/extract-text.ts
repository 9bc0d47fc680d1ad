/** Extract stage: raw scraped text → clean article (title, date, author, source, blocks, what was dropped). Pure. */
import type { ExtractedArticle, RemovedBlock } from '../types.ts';
import { DEBRIS_REASONS } from './boilerplate.ts';
import { blocksToText, buildBlocks, isHardWrapped } from './blocks.ts';
import {
  agencyCredit,
  authorBesideDate,
  isName,
  isRoleLine,
  nameAfterBy,
  nameWithAffiliation,
  parseByline,
  parseHeaderByline,
  parseNameLine,
} from './byline.ts';
import { classifyLines, type LabelledLine } from './classify-lines.ts';
import { findDateInLine, isEmptyDateLabel, wireDatelineDate, yearlessDatelineDate, type FoundDate } from './date.ts';
import { splitLines, type Line } from './lines.ts';
import { FUNCTION_WORDS, lineFeatures, teaserPairSeries } from './line-features.ts';
import {
  chooseArticleRun,
  committedLineModel,
  lineProbability,
  type ArticleRun,
  type LineModel,
} from './line-model.ts';
import { findBodyRange, widenBodyRange } from './locate-body.ts';
import { plainMarkdownBlock, plainMarkdownText } from './markdown-inline.ts';
import { readCaptureHeader, type CaptureHeader } from './capture.ts';
import {
  findHintedTitle,
  findTitleIndex,
  findTitlePart,
  headlineHints,
  hintedHeadlineLine,
  isHeadlineShaped,
  normalizeTitle,
  stripSiteName,
} from './title.ts';
import { titleCandidates, type TitleCandidate } from './title-features.ts';
import { bestTitleCandidate, committedTitleModel, type TitleModel } from './title-model.ts';
import { bylineCandidates, dateCandidates, type HeaderCandidate } from './header-features.ts';
import { committedHeaderModels, type HeaderModel, type HeaderModels } from './header-model.ts';
import { bestScored } from './linear-model.ts';

export interface ExtractOptions {
  /** ISO date the page was retrieved: anchors relative dates such as "2 years ago". */
  retrieved: string | null;
  /** The line model that chooses the article's lines; the committed one when not given. */
  lineModel?: LineModel;
  /** The title model that chooses a dump's headline among its candidates; the committed one when not given. */
  titleModel?: TitleModel;
  /** The header models that choose a dump's date and author among their candidates; the committed ones when not given. */
  headerModels?: HeaderModels;
}

/** Why the headline's line is not in the text. */
const TITLE_REASON = 'the headline, taken as the title';
/** Why a line inside the article's run was dropped. */
const LOW_PROBABILITY = 'inside the text, but shaped like page furniture to the line model (teaser, caption, comment)';
const REPEATED =
  "inside the text, but shown again on the page (another story's teaser, a section's name, a picture's caption)";

/**
 * Most lines of a scraper's dump follow the line above with no blank line between: one block a line. Text laid out
 * in paragraphs (wire copy, the seeds, saved articles) has a blank line before a good share of its lines.
 */
const MAX_BLANK_SHARE_OF_DUMP = 0.05;

/**
 * True when the page is laid out as a scraper dumps one, the layout the line model was trained on. Hard-wrapped wire
 * copy has few blank lines too, but its lines are pieces of sentences, which the model would weigh one by one.
 */
function isDumpLayout(lines: LabelledLine[]): boolean {
  return (
    lines.filter((l) => l.afterBlank).length <= Math.max(1, lines.length * MAX_BLANK_SHARE_OF_DUMP) &&
    !isHardWrapped(lines)
  );
}

/** Longest heading, in words, taken for the heading of a dropped block when it ends the article's run. */
const MAX_TRAILING_HEADING_WORDS = 6;

/**
 * The heading of a page's comments ("Comments", "[ 167 comments ]", "Top Rated Comments", "34 responses to “…”"), or a
 * comment form ("Leave a Reply"): what follows is the readers', not the article's.
 */
const COMMENTS_HEADING =
  /^\[?\s*(?:\d+\s+)?(?:top rated |top |reader |readers' |latest |recent )?(?:comments?|responses?|replies|discussion)\b(?:\s*\(\d+\)|\s+(?:to|on)\b.*|\s+feed for comments)?\s*\]?$/i;
/** Words the run must keep before a comments heading for the heading to end the article rather than stand in its header. */
const MIN_WORDS_BEFORE_COMMENTS = 30;

/** Ends `run` before its line `line`: that line and those after it are not kept. */
function endRunBefore(run: ArticleRun, line: number): void {
  for (let j = line; j <= run.end; j++) run.keep[j] = false;
  run.end = line - 1;
}

/** Ends the line model's run before the page's comments, when the run holds article text before their heading. */
function endBeforeComments(lines: LabelledLine[], run: ArticleRun): void {
  let kept = 0;
  for (let i = run.start; i <= run.end; i++) {
    const line = lines[i]!;
    if (kept >= MIN_WORDS_BEFORE_COMMENTS && (line.kind === 'form' || COMMENTS_HEADING.test(line.text))) {
      endRunBefore(run, i);
      return;
    }
    if (run.keep[i]) kept += line.words;
  }
}

/**
 * Most words the run may keep after a heading of teasers ("More from Business", "Related stories"), as a share of
 * those before it, for the heading to end the article: a box of related stories in the middle of an article has
 * more of the article after it.
 */
const MAX_WORDS_AFTER_TEASER_HEADING = 0.25;

/** Ends the line model's run before a heading of teasers that only a little of what the run keeps follows. */
function endBeforeTeasers(lines: LabelledLine[], run: ArticleRun): void {
  let total = 0;
  for (let i = run.start; i <= run.end; i++) if (run.keep[i]) total += lines[i]!.words;
  let before = 0;
  for (let i = run.start; i <= run.end; i++) {
    const line = lines[i]!;
    if (line.kind === 'teaser-heading' && before > 0 && total - before < before * MAX_WORDS_AFTER_TEASER_HEADING) {
      endRunBefore(run, i);
      return;
    }
    if (run.keep[i]) before += line.words;
  }
}

/**
 * Fewest teaser pairs (a headline, then its summary) in a row that end the article as a box of other stories: two
 * may be an article's last sections under their subheadings.
 */
const MIN_TRAILING_TEASER_PAIRS = 3;
/** A sentence ending inside a line: a summary of one sentence has none, an article's paragraph mostly has. */
const INNER_SENTENCE_END = /[.!?]["”’)]?\s+\p{Lu}/u;

/**
 * Ends the line model's run before a series of teaser pairs that closes it, each summary a single sentence: a box
 * of other stories with no heading. Left alone when the series makes the whole run.
 */
function endBeforeTeaserPairs(lines: LabelledLine[], run: ArticleRun): void {
  const series = teaserPairSeries(lines);
  let first = run.end;
  while (first > run.start && series[first - 1]) first--;
  const pairs = lines.slice(first, run.end + 1);
  if (
    !series[run.end] ||
    first === run.start ||
    pairs.length / 2 < MIN_TRAILING_TEASER_PAIRS ||
    pairs.some((line) => line.sentenceEnd && INNER_SENTENCE_END.test(line.text))
  )
    return;
  endRunBefore(run, first);
}

/**
 * Lines of a table or a list: a list marker or a figure in their first two words ("June 9 – Tampa, FL", "3. Oslo
 * 2:03:45"), where a headline holds its figures further on ("Top 10 initial public offers"), and no more words than a
 * row holds.
 */
const DATA_ROW = /^(?:[•●▪◦*–-]\s|\S*\d|\S+\s\S*\d)/;
const MAX_DATA_ROW_WORDS = 20;
/** Fewest rows in a row that make a table or a list. */
const MIN_DATA_ROWS = 3;

/**
 * Widens the line model's run to a table or a list that ends the article (tour dates, results): rows of plain text
 * with figures, one after another, right after the run or after a short heading that ends it ("Tour dates").
 */
function extendToDataList(lines: LabelledLine[], run: ArticleRun): void {
  const isRow = (line: LabelledLine | undefined) =>
    line !== undefined && line.kind === 'text' && line.words <= MAX_DATA_ROW_WORDS && DATA_ROW.test(line.text);
  let first = run.end + 1;
  const heading = lines[first];
  if (heading && !isRow(heading) && heading.kind === 'text' && heading.words <= MAX_TRAILING_HEADING_WORDS) first++;
  let last = first - 1;
  while (isRow(lines[last + 1])) last++;
  if (last - first + 1 < MIN_DATA_ROWS) return;
  for (let i = run.end + 1; i <= last; i++) run.keep[i] = true;
  run.end = last;
}

/**
 * The line that closes a post embedded from a social network, as the page's dump shows it: its author, handle and day
 * ("— The Nigerian Senate (@NGRSenate) October 9, 2018"). The post quoted above it is the article's.
 */
const EMBEDDED_POST_CLOSE = /^[—–-]\s.{1,80}\(@\w{1,30}\)\s+(?:\p{L}+\.? \d{1,2}, \d{4}|\d{1,2} \p{L}+\.? \d{4})$/u;
/** Most lines a post embedded in the article holds above its closing line. */
const MAX_EMBEDDED_POST_LINES = 4;

/**
 * Keeps the posts the article quotes from social networks: each post's closing line inside the run, with the lines of
 * plain text above it back to the last line kept, and the posts that follow the run, one after another.
 */
function keepEmbeddedPosts(lines: LabelledLine[], run: ArticleRun): void {
  const keepPost = (close: number) => {
    run.keep[close] = true;
    const first = Math.max(run.start, close - MAX_EMBEDDED_POST_LINES);
    for (let j = close - 1; j >= first && !run.keep[j] && lines[j]!.kind === 'text'; j--) run.keep[j] = true;
  };
  for (let i = run.start; i <= run.end; i++) if (EMBEDDED_POST_CLOSE.test(lines[i]!.text)) keepPost(i);
  for (;;) {
    let close = run.end + 1;
    while (
      close <= run.end + 1 + MAX_EMBEDDED_POST_LINES &&
      lines[close]?.kind === 'text' &&
      !EMBEDDED_POST_CLOSE.test(lines[close]!.text)
    )
      close++;
    if (!lines[close] || !EMBEDDED_POST_CLOSE.test(lines[close]!.text)) return;
    run.end = close;
    keepPost(close);
  }
}

/**
 * Least probability the line model gives an item of a list that the article's last line introduces with a colon: the
 * items of a list are short lines it mostly leaves out (0.08 to 0.3 on the tuning part's page with one), the teasers
 * of other stories after them it gives almost nothing (0.01 to 0.05).
 */
const MIN_LIST_ITEM_PROBABILITY = 0.06;
/** Fewest items that make the list. */
const MIN_LIST_ITEMS = 2;

/**
 * Widens the line model's run to the list its last kept line introduces with a colon ("The game includes:"): the
 * short lines of plain text right after it, items with no list marker or figure, that the model does not take for
 * furniture.
 */
function extendToIntroducedList(lines: LabelledLine[], run: ArticleRun, probabilities: number[]): void {
  let introduction = run.end;
  while (introduction > run.start && !run.keep[introduction]) introduction--;
  if (!run.keep[introduction] || !/[:：]$/.test(lines[introduction]!.text)) return;
  let last = introduction;
  for (
    let line = lines[last + 1];
    line !== undefined &&
    line.kind === 'text' &&
    line.words <= MAX_DATA_ROW_WORDS &&
    probabilities[last + 1]! >= MIN_LIST_ITEM_PROBABILITY;
    line = lines[last + 1]
  )
    last++;
  if (last - introduction < MIN_LIST_ITEMS) return;
  for (let i = introduction + 1; i <= last; i++) run.keep[i] = true;
  run.end = Math.max(run.end, last);
}

/** Times a line with no sentence end stands in the article's run for it to be furniture the page repeats. */
const MIN_REPEATS_INSIDE_THE_RUN = 2;

/**
 * The article's run of lines and which lines in it to keep. In a scraper's dump, by the line model; in text laid out
 * in paragraphs, or when the model finds no run, the rules' densest run of prose, widened to whole blocks. `repeated`:
 * the lines of the run dropped because the page shows them again outside it.
 */
function chooseBody(
  lines: LabelledLine[],
  capture: CaptureHeader | null,
  model: LineModel,
): ArticleRun & { repeated: Set<number>; learned: boolean } {
  const ruleRange = findBodyRange(lines);
  const probabilities = isDumpLayout(lines)
    ? lineFeatures(lines, ruleRange, hintedHeadlineLine(lines, capture)).map((f) => lineProbability(model, f))
    : null;
  const chosen = probabilities
    ? chooseArticleRun(
        model,
        probabilities,
        lines.map((l) => l.words),
      )
    : null;
  if (probabilities && chosen) {
    endBeforeComments(lines, chosen);
    endBeforeTeasers(lines, chosen);
    endBeforeTeaserPairs(lines, chosen);
    keepEmbeddedPosts(lines, chosen);
    extendToIntroducedList(lines, chosen, probabilities);
    extendToDataList(lines, chosen);
    // A line of the run that the page shows again outside it belongs to another story's teaser (its headline, its
    // section's name) or to the page's furniture; so does one with no sentence end that the run itself holds twice or
    // more: a caption repeated under each picture, a tile's headline on its picture and its text, "Advert" (an
    // interview's repeated questions end in "?").
    const outside = new Set(lines.filter((_, i) => i < chosen.start || i > chosen.end).map((l) => l.text));
    const inside = new Map<string, number>();
    for (let i = chosen.start; i <= chosen.end; i++) inside.set(lines[i]!.text, (inside.get(lines[i]!.text) ?? 0) + 1);
    const repeated = new Set<number>();
    for (let i = chosen.start; i <= chosen.end; i++) {
      const caption =
        !lines[i]!.sentenceEnd &&
        inside.get(lines[i]!.text)! >= MIN_REPEATS_INSIDE_THE_RUN &&
        !EMBEDDED_POST_CLOSE.test(lines[i]!.text);
      if (!outside.has(lines[i]!.text) && !caption) continue;
      repeated.add(i);
      chosen.keep[i] = false;
    }
    // A heading left at the run's end introduces what was dropped after it ("More from Business").
    let last = chosen.end;
    while (last > chosen.start && !chosen.keep[last]) last--;
    if (last > chosen.start && !lines[last]!.sentenceEnd && lines[last]!.words <= MAX_TRAILING_HEADING_WORDS)
      chosen.keep[last] = false;
    return { ...chosen, repeated, learned: true };
  }
  const range = widenBodyRange(lines, ruleRange ?? { start: 0, end: lines.length - 1 });
  return { ...range, keep: lines.map(() => true), repeated: new Set(), learned: false };
}

/** Lines of prose after the headline that may still precede the byline and dateline: a standfirst. */
const HEADER_BODY_LINES = 1;
/**
 * Lines of prose after the headline that may precede a "By" line when the header named no one: a standfirst and a lead
 * picture's caption ("President Trump at the Economic Club … Credit...Anna Moneymaker/The New York Times", then "By
 * Ana Swanson").
 */
const MAX_PROSE_ABOVE_BYLINE = 3;
/** Longest line, in words, that is not prose: a place, an agency's name, a photo credit between headline and date. */
const MAX_HEADER_LABEL_WORDS = 10;

/** Most short lines that stand between the headline and its byline or dateline as the header's labels. */
const MAX_HEADER_LABELS = 2;
/** Why a short line between the headline and its byline or dateline was dropped. */
const HEADER_LABEL =
  "page header between the headline and its byline or dateline (a place, an agency, a picture's credit)";

/** True for a line that reads as prose rather than a label of the page's header. */
function isProse(line: Line): boolean {
  return line.words > MAX_HEADER_LABEL_WORDS || line.sentenceEnd;
}

/**
 * Drops the lines kept so far below the headline when they are one or two labels and nothing else (a place, an
 * agency): the byline or dateline that follows makes them its header's. More short lines are a table's rows, and in
 * hard-wrapped copy a short line is a piece of a sentence.
 */
function dropHeaderLabels(lines: LabelledLine[], body: Line[], reasons: Map<Line, string>): void {
  if (body.length > MAX_HEADER_LABELS || body.some(isProse) || isHardWrapped(lines)) return;
  for (const label of body.splice(0)) reasons.set(label, HEADER_LABEL);
}

/** A byline's opening on a line of its own, the name on the next: "By", "Posted by", "Author:". */
const BY_ALONE = /^(?:(?:(?:written|posted|words|story|text|reported)\s+)?by|authors?):?$/i;
/** A line of its own that is a handle ("@catherineshu"). */
const HANDLE_LINE = /^@\w+$/;

/**
 * The author that line `i` of the header names on a line not classed as a byline: a byline only a header prints so
 * ("| BY: Beachbody"); a wire agency's name alone ("REUTERS"); a name or agency a separator opens under a dateline
 * ("/ CBS News"); a name with its outlet or role after a comma above a dateline ("VICTOR TANGERMANN, FUTURISM"); a
 * person's name alone marked as a byline by a handle or a separator left at its end, or followed by a dateline, a role
 * or the name and a role ("Debbie White" above "18 Nov 2019, 19:09"); a name above its handle ("Catherine Shu",
 * "@catherineshu") or a name or desk under a "By", "Posted by" or "Author:" alone, the two lines then making the
 * byline.
 */
function authorWithoutBy(
  lines: LabelledLine[],
  i: number,
  isDateLine: (line: LabelledLine) => boolean,
  belowHeadline: boolean,
): { author: string; lines: 1 | 2 } | null {
  const line = lines[i]!;
  if (BY_ALONE.test(line.text.trim())) {
    const author = lines[i + 1] ? nameAfterBy(lines[i + 1]!.text) : null;
    return author ? { author, lines: 2 } : null;
  }
  // A line any page prints as a byline and that is not classed as one is a piece of a sentence ("by Dudley Taft.").
  const headerByline = parseByline(line.text) ? null : parseHeaderByline(line.text);
  const credit = headerByline?.author ?? agencyCredit(line.text) ?? afterDateline(lines, i, isDateLine);
  if (credit) return { author: credit, lines: 1 };
  const next = lines[i + 1];
  const affiliated = nameWithAffiliation(line.text);
  if (affiliated && next !== undefined && isDateLine(next)) return { author: affiliated, lines: 1 };
  const name = parseNameLine(line.text);
  // Under another line of names, it is a row of a list ("Miguel Bernal North Diving", "Ben Patton Trinity") or an
  // outlet under its byline ("Lisa Kaczke and Trevor J. Mitchell", "Sioux Falls Argus Leader").
  if (!name || (!belowHeadline && i > 0 && isName(lines[i - 1]!.text))) return null;
  if (next !== undefined && HANDLE_LINE.test(next.text)) return { author: name.author, lines: 2 };
  const cue =
    next !== undefined &&
    (isDateLine(next) ||
      isRoleLine(next.text) ||
      (next.text === line.text && lines[i + 2] !== undefined && isRoleLine(lines[i + 2]!.text)));
  return name.marked || cue ? { author: name.author, lines: 1 } : null;
}

/** A line that a separator opens, as a dump leaves the credit printed after a dateline: "/ CBS News". */
const AFTER_SEPARATOR = /^[|/•·]\s*(.+)$/;

/**
 * The name or agency line `i` credits right under a dateline, after the separator the page printed between them
 * ("Updated on: November 19, 2019 / 10:07 AM", then "/ CBS News"). Null for any other line.
 */
function afterDateline(lines: LabelledLine[], i: number, isDateLine: (line: LabelledLine) => boolean): string | null {
  const rest = AFTER_SEPARATOR.exec(lines[i]!.text.trim())?.[1]?.trim();
  if (!rest || i === 0 || !isDateLine(lines[i - 1]!)) return null;
  return isName(rest) ? rest : agencyCredit(rest);
}

/** What a note about the author says after the name: "Phil Helsel is a reporter for NBC News.". */
const ABOUT_THE_NAME = /^\s+(?:is|was|has|writes|covers)\s/;

/**
 * The author a note about the author names, below the headline when the header named no one: a person's name alone on
 * a line, then a line that opens with that name and says who the person is ("Pamela Wilson", then "Pamela Wilson is
 * an online educator, author, keynote speaker, and the founder of BIG Brand System."). Null when no such note stands.
 */
function authorOfNote(lines: LabelledLine[], from: number): string | null {
  for (let i = Math.max(0, from); i < lines.length - 1; i++) {
    const next = lines[i + 1]!.text;
    // The name opens both lines: most lines are passed over here, before they are read as a name.
    if (next.slice(0, 3) !== lines[i]!.text.slice(0, 3)) continue;
    const name = parseNameLine(lines[i]!.text)?.author;
    if (name && next.startsWith(name) && ABOUT_THE_NAME.test(next.slice(name.length))) return name;
  }
  return null;
}

/** Why a line of the article's run was not kept; `repeated` when the page shows it again outside the run. */
function dropReason(line: LabelledLine, repeated: boolean): string {
  if (line.kind === 'source') return 'source line';
  if (line.kind === 'text' || line.kind === 'byline') return repeated ? REPEATED : LOW_PROBABILITY;
  return DEBRIS_REASONS[line.kind];
}

/** Why the line that gave the article its date was dropped, before what chose it among the page's dates. */
const DATES_THE_ARTICLE = "dateline, the article's date";
/** The same for a byline that gave it. */
const BYLINE_WITH_DATE = "byline with the article's date";

/**
 * Lines below the headline searched for a dateline when the header holds none: a standfirst, a newsletter's sign-up
 * or a photo's caption may stand between them ("Breaking News Emails … SUBSCRIBE", then "Nov. 19, 2019, 8:41 AM UTC").
 */
const DATELINE_SEARCH_LINES = 8;

/**
 * The first line within `DATELINE_SEARCH_LINES` below the headline that is a dateline, taken out of the body and
 * listed as a dateline. Null when there is none.
 */
function datelineBelowHeadline(
  lines: LabelledLine[],
  titleIndex: number,
  dateOf: (line: LabelledLine) => FoundDate | null,
  body: Line[],
  reasons: Map<Line, string>,
): FoundDate | null {
  for (const line of lines.slice(titleIndex + 1, titleIndex + 1 + DATELINE_SEARCH_LINES)) {
    const found = dateOf(line);
    if (!found?.date) continue;
    const kept = body.indexOf(line);
    if (kept >= 0) body.splice(kept, 1);
    reasons.set(line, `${DATES_THE_ARTICLE}: none in the header, the first dateline below the headline`);
    return found;
  }
  return null;
}

/** The nearest line above line `from`, down to `pageStart`, that is a dateline, listed as a dateline; null when none is. */
function datelineAboveText(
  lines: LabelledLine[],
  from: number,
  pageStart: number,
  dateOf: (line: LabelledLine) => FoundDate | null,
  reasons: Map<Line, string>,
): FoundDate | null {
  for (let i = from - 1; i >= pageStart; i--) {
    const found = dateOf(lines[i]!);
    if (!found?.date) continue;
    reasons.set(lines[i]!, `${DATES_THE_ARTICLE}: none in the header, the nearest dateline above the text`);
    return found;
  }
  return null;
}

/**
 * The date of a page whose header holds none: a wire dateline opening the text ("WASHINGTON, April 28 (RIA Novosti)
 * -"), in the year of a full date the text states nearby; else a dateline just below the headline; else the nearest
 * dateline above the article's text, wherever the page's header put it (a breadcrumb or a teaser block may cut it off
 * from a headline taken from the page's title or outline); else a dateline in the text's opening third (a header
 * after a standfirst); else the wire dateline in the year up to the day a crawler captured the page (`crawled`); else
 * a dateline with no year by the headline, in the year the text states.
 */
function dateOutsideHeader(
  lines: LabelledLine[],
  article: { body: Line[]; titleIndex: number; pageStart: number; crawled: string | null },
  dateOf: (line: LabelledLine) => FoundDate | null,
  reasons: Map<Line, string>,
): FoundDate | null {
  const { body, titleIndex, pageStart, crawled } = article;
  const text = body.map((l) => l.text);
  const wire = wireDatelineDate(text);
  if (wire?.date) return wire;
  const below = titleIndex >= 0 ? datelineBelowHeadline(lines, titleIndex, dateOf, body, reasons) : null;
  if (below) return below;
  const above = body[0]
    ? datelineAboveText(
        lines,
        lines.findIndex((l) => l === body[0]),
        pageStart,
        dateOf,
        reasons,
      )
    : null;
  return (
    above ??
    datelineInOpening(lines, body, dateOf, reasons) ??
    wireDatelineDate(text, crawled) ??
    yearlessDatelineNearHeadline(lines, article, reasons)
  );
}

/**
 * Share of the text's words before which a dateline inside it still dates the article: a header the page put after a
 * standfirst or a lead picture's caption, not a comment's or an embedded post's date further on.
 */
const OPENING_SHARE = 1 / 3;

/**
 * The first dateline among the kept lines of the text's opening third, in words (`OPENING_SHARE`), taken out of the
 * body and listed. Null when there is none.
 */
function datelineInOpening(
  lines: LabelledLine[],
  body: Line[],
  dateOf: (line: LabelledLine) => FoundDate | null,
  reasons: Map<Line, string>,
): FoundDate | null {
  // In hard-wrapped copy a short line is a piece of a sentence ("April 1, 1994, the company said.").
  if (isHardWrapped(lines)) return null;
  const kept = new Set(body);
  const total = body.reduce((sum, line) => sum + line.words, 0);
  let before = 0;
  for (const line of lines) {
    if (!kept.has(line)) continue;
    if (before >= total * OPENING_SHARE) return null;
    const found = dateOf(line);
    if (found?.date) {
      body.splice(body.indexOf(line), 1);
      reasons.set(line, `${DATES_THE_ARTICLE}: none in the header, the first dateline in the opening of the text`);
      return found;
    }
    before += line.words;
  }
  return null;
}

/**
 * The first dateline with no year ("Feb 26 | 9:05 AM") in the header around the headline, from the last furniture
 * block above it to `DATELINE_SEARCH_LINES` below it, dated in the year the text states or up to the crawl day
 * (`yearlessDatelineDate`), taken out of the body and listed. Null when there is none, or no year is stated.
 */
function yearlessDatelineNearHeadline(
  lines: LabelledLine[],
  article: { body: Line[]; titleIndex: number; crawled: string | null },
  reasons: Map<Line, string>,
): FoundDate | null {
  const { body, titleIndex, crawled } = article;
  // In hard-wrapped copy a short line is a piece of a sentence ("Payment date is" / "March 19.").
  if (titleIndex < 0 || isHardWrapped(lines)) return null;
  const above = lines.slice(headerStartAbove(lines, titleIndex), titleIndex);
  for (const line of [...above, ...lines.slice(titleIndex + 1, titleIndex + 1 + DATELINE_SEARCH_LINES)]) {
    if ((line.kind !== 'text' && line.kind !== 'widget') || line.sentenceEnd) continue;
    // The year is the text's, not of the line after the dateline ("Tuesday, 1 March" then "2000 GMT", a kick-off).
    const text = body
      .filter((l) => l !== line)
      .map((l) => l.text)
      .join('\n');
    const found = yearlessDatelineDate(line.text, text, crawled);
    if (!found) continue;
    const kept = body.indexOf(line);
    if (kept >= 0) body.splice(kept, 1);
    reasons.set(
      line,
      `${DATES_THE_ARTICLE}: none with its year, a dateline by the headline in the year the text states`,
    );
    return found;
  }
  return null;
}

/** Groups consecutive dropped lines with the same reason into one block, in page order. */
function collectRemoved(lines: Line[], reasons: Map<Line, string>): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  let lastReason: string | null = null;
  for (const line of lines) {
    const reason = reasons.get(line) ?? null;
    const last = removed[removed.length - 1];
    if (reason && last && reason === lastReason) last.text += `\n${line.text}`;
    else if (reason) removed.push({ text: line.text, reason });
    lastReason = reason;
  }
  return removed;
}

/** Share of English function words below which a page's prose is in another language. */
const MAX_ENGLISH_SHARE_OF_DAY_FIRST = 0.1;
/** Fewest words of prose that tell the page's language. */
const MIN_WORDS_FOR_LANGUAGE = 50;

/**
 * True when the page's prose is not English ("a equipe do Serviço …"): its dates with slashes are read day first,
 * "05/10/2018 - Publicado por: …" the 5th of October, as all but American pages write them. An English page is read
 * month first (a British one writing "05/10/2018" is read as May 10, "13/06/2014" day first all the same).
 */
function writesDayFirst(lines: LabelledLine[]): boolean {
  let words = 0;
  let english = 0;
  for (const line of lines) {
    if (line.kind !== 'text' || !line.sentenceEnd) continue;
    for (const word of line.text.split(' ')) {
      words++;
      if (FUNCTION_WORDS.has(word.toLowerCase())) english++;
    }
  }
  return words >= MIN_WORDS_FOR_LANGUAGE && english < words * MAX_ENGLISH_SHARE_OF_DAY_FIRST;
}

/** Shortest line, in characters, that a sentence wrapped onto the next line fills ("… for five pct stock dividend in"). */
const MIN_WRAPPED_CHARS = 40;
/** The end of a line whose sentence runs on: a lower-case word, a comma or a figure ("… ended", "… Ltd>,", "… 58.18"). */
const RUNS_ON = /(?:^|\s)\p{Ll}[\p{L}'’-]*$|[,\d]$/u;

/** True when `line` is as long as a wrapped line and its sentence runs on into the next. */
function isWrappedOn(line: LabelledLine): boolean {
  return line.text.length >= MIN_WRAPPED_CHARS && !line.sentenceEnd && RUNS_ON.test(line.text);
}

/**
 * The lines that carry on a sentence wrapped from the line above: no blank line between, the line above wrapped on
 * (`isWrappedOn`), and the line itself opening in lower case, ending the sentence or wrapped on too ("… stock dividend
 * in" / "December 1986."; "… for the nine months ended" / "December 31, 1986 increased to 7.7 mln dlrs from a loss of
 * 1.7"). Such a line is no dateline; a date alone or a byline under a headline is ("… Anniversary of War in Ukraine" /
 * "Feb 27, 2026 10:13"; "… commercial lunar lander program" / "by Jeff Foust — November 18, 2019").
 */
function piecesOfWrappedSentences(lines: LabelledLine[]): Set<LabelledLine> {
  const pieces = new Set<LabelledLine>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const above = lines[i - 1]!;
    if (
      !line.afterBlank &&
      isWrappedOn(above) &&
      (/^\p{Ll}/u.test(line.text) || line.sentenceEnd || isWrappedOn(line)) &&
      !parseByline(line.text)
    )
      pieces.add(line);
  }
  return pieces;
}

/**
 * The date each line holds, read once per line; a date line holds a date or is an empty date label. `dayFirst`: whether
 * the page's dates with slashes are read day first, decided at the first line that holds one.
 */
function createDateReader(retrieved: string | null, lines: LabelledLine[]) {
  let readsDayFirst: boolean | undefined;
  const dayFirst = () => (readsDayFirst ??= writesDayFirst(lines));
  const dates = new Map<LabelledLine, FoundDate | null>();
  const pieces = piecesOfWrappedSentences(lines);
  const dateOf = (line: LabelledLine): FoundDate | null => {
    if (!dates.has(line))
      dates.set(
        line,
        (line.kind === 'text' || line.kind === 'widget') && !pieces.has(line)
          ? findDateInLine(line.text, retrieved, dayFirst)
          : null,
      );
    return dates.get(line)!;
  };
  const isDateLine = (line: LabelledLine) => isEmptyDateLabel(line.text) || dateOf(line) !== null;
  return { dateOf, isDateLine, dayFirst };
}

/** Where the page header starts: the line after the last furniture block above line `from` (the headline). */
function headerStartAbove(lines: LabelledLine[], from: number): number {
  let start = from;
  while (start > 0 && lines[start - 1]!.kind !== 'truncated' && lines[start - 1]!.kind !== 'nav') start--;
  return start;
}

/**
 * Gives every line neither kept, nor the headline, nor already dropped its reason to be dropped: its kind of
 * furniture, or where it stands, above the article (`bodyStart`) or after it.
 */
function labelOtherLines(
  lines: LabelledLine[],
  kept: Set<Line>,
  reasons: Map<Line, string>,
  titleIndex: number,
  bodyStart: number,
): void {
  lines.forEach((line, i) => {
    if (i === titleIndex || kept.has(line) || reasons.has(line)) return;
    if (line.kind === 'source') reasons.set(line, 'source line');
    else if (line.kind !== 'text' && line.kind !== 'byline') reasons.set(line, DEBRIS_REASONS[line.kind]);
    else if (i < bodyStart) reasons.set(line, 'page header above the headline (site name, labels, other headlines)');
    else reasons.set(line, 'page trailer after the article (headlines of other stories, bios, notices)');
  });
}

/** The strongest source statement among the lines, or null. */
function strongestSource(lines: LabelledLine[]): LabelledLine['source'] {
  return lines.reduce<LabelledLine['source']>(
    (best, l) => (l.source && (!best || l.source.strength > best.strength) ? l.source : best),
    null,
  );
}

/** The kept lines as blocks, without the inline Markdown a scraper left in them; blocks left empty go. */
function readerBlocks(body: Line[]) {
  return buildBlocks(body)
    .map(plainMarkdownBlock)
    .filter((b) => (b.kind === 'list' ? b.items.length > 0 : b.text !== ''));
}

/** True when the two texts share a word of four letters or more. */
function sharesWord(a: string, b: string): boolean {
  const words = new Set(
    normalizeTitle(b)
      .split(' ')
      .filter((w) => w.length >= 4),
  );
  return normalizeTitle(a)
    .split(' ')
    .some((w) => words.has(w));
}

/**
 * The headline's line (-1 when the page says it only outside its text) and its words, and the first line of the
 * page itself. What a page says its headline is outside its text points to it: a crawler capture's outline and
 * `<title>`, or the first line of a scraper's dump, which is the page's `<title>` ("Headline | Site") when the
 * headline comes again below it. Failing that the headline is read by its shape, and failing that a first line
 * shaped as a headline is one, less a site's name after it.
 */
function locateHeadline(
  lines: LabelledLine[],
  capture: CaptureHeader | null,
  range: { start: number; end: number },
  isDateLine: (line: LabelledLine) => boolean,
): { titleIndex: number; title: string; pageStart: number; hinted: boolean } {
  const bodyStart = range.start;
  const { hints, pageStart, from } = headlineHints(lines, capture);
  const first = lines[pageStart];
  // In hard-wrapped copy a line that nearly says the first line is a piece of a sentence ("U.S. Joint venture in
  // China to make rinsing agents, the"), not the headline said again: the headline is read by its shape.
  const wrapped = !capture && isHardWrapped(lines);
  // A capture's outline names its h1 wherever it stands; a dump's first line repeated after the text is a footer.
  const hinted = wrapped
    ? null
    : findHintedTitle(lines, hints, { from, bodyStart, last: capture ? lines.length - 1 : range.end });
  if (hinted) return { titleIndex: hinted.index, title: hinted.text, pageStart, hinted: true };
  const part = wrapped ? null : findTitlePart(lines, hints, { from, last: bodyStart + TITLE_PART_LINES_INTO_THE_TEXT });
  if (part) return { titleIndex: part.index, title: part.text, pageStart, hinted: true };
  const titleIndex = findTitleIndex(lines, bodyStart, isDateLine);
  // A first line that names a site after its headline is the page's <title>: a line found by its shape that shares
  // no word with it is a caption or a credit above the dateline ("REUTERS / POOL"), not the headline.
  const pageTitle =
    !capture && first && pageStart < bodyStart && isHeadlineShaped(first) ? stripSiteName(first.text, null) : null;
  const unlikeTitle = (line: LabelledLine) =>
    pageTitle !== null && pageTitle !== first!.text && !sharesWord(line.text, pageTitle);
  if (titleIndex >= 0 && !unlikeTitle(lines[titleIndex]!))
    return { titleIndex, title: lines[titleIndex]!.text, pageStart, hinted: false };
  if (pageTitle !== null) {
    // Its repeat below, whatever the line was taken for (a menu's item), is where the article's header stands.
    const wanted = normalizeTitle(pageTitle);
    const repeat = lines.findIndex((l, i) => i > pageStart && i <= range.end && normalizeTitle(l.text) === wanted);
    return { titleIndex: repeat >= 0 ? repeat : pageStart, title: pageTitle, pageStart, hinted: false };
  }
  return { titleIndex: -1, title: '', pageStart, hinted: false };
}

/** Lines into the article's text where a line saying a part of the `<title>` is still its headline. */
const TITLE_PART_LINES_INTO_THE_TEXT = 5;

/** The rules' headline as `locateHeadline` gives it. */
type RulesHeadline = ReturnType<typeof locateHeadline>;

/** The candidates for a dump's headline (`titleCandidates`), read against its run and the rules' choice. */
function headlineCandidates(
  lines: LabelledLine[],
  capture: CaptureHeader | null,
  range: ArticleRun,
  isDateLine: (line: LabelledLine) => boolean,
  rules: RulesHeadline,
): TitleCandidate[] {
  return titleCandidates(lines, {
    pageStart: rules.pageStart,
    titleLine: rules.pageStart < lines.length ? rules.pageStart : -1,
    headings: capture?.headings ?? [],
    url: capture?.url ?? null,
    run: range,
    rules: { index: rules.titleIndex, text: rules.title },
    isDateLine,
  });
}

/**
 * A dump's headline, with why. A line that says what the page's `<title>` or outline names is the headline; failing
 * one, the title model chooses among the candidates. The rules' line stays the headline's when the model says its
 * words; a headline the page's `<title>` line or outline says is placed at the first line below that repeats it,
 * where the article's header stands, else at that line or outline.
 */
function chooseHeadline(
  lines: LabelledLine[],
  candidates: () => TitleCandidate[],
  rules: RulesHeadline,
  model: TitleModel,
): RulesHeadline & { why: string } {
  if (rules.hinted)
    return { ...rules, why: `${TITLE_REASON}: the line that says what the page's <title> or outline names` };
  const all = candidates();
  const best = bestTitleCandidate(model, all);
  if (!best || normalizeTitle(best.text) === normalizeTitle(rules.title))
    return { ...rules, why: `${TITLE_REASON}: the rules' choice, ranked first of ${all.length} by the title model` };
  const wanted = normalizeTitle(best.text);
  const repeat =
    best.index < 0 || best.index === rules.pageStart
      ? lines.findIndex((l, i) => i > rules.pageStart && normalizeTitle(l.text) === wanted)
      : -1;
  return {
    ...rules,
    titleIndex: repeat >= 0 ? repeat : best.index,
    title: best.text,
    why: `${TITLE_REASON}: ranked first of ${all.length} by the title model, over the rules' choice ${JSON.stringify(rules.title)}`,
  };
}

/**
 * True when a date found later in the header replaces the one taken before: the first date wins, except that a
 * resolved date beats an unresolved one and a date not labelled as an update beats one that is ("Updated: March 5"
 * above "Published: March 1").
 */
function outranks(found: FoundDate, taken: FoundDate | null): boolean {
  if (!taken) return true;
  if (!found.date) return false;
  return !taken.date || (taken.updated === true && !found.updated);
}

/**
 * The header's author and date as its lines are read: `takeDate` keeps a line's date when it outranks the one taken,
 * with the line and whether it replaced an update's date, to say why it was taken; `inferAuthor` keeps the first author
 * read from a line with no "By", until a byline with one names another.
 */
function createHeader() {
  const header = {
    date: null as FoundDate | null,
    dateLine: null as Line | null,
    afterUpdate: false,
    author: null as string | null,
    /** True when the author was read from a line with no "By" on it, which a byline with one replaces. */
    authorInferred: false,
    inferAuthor: (author: string | null) => {
      if (header.author !== null || author === null) return;
      header.author = author;
      header.authorInferred = true;
    },
    takeDate: (found: FoundDate | null, line: Line) => {
      if (!found || !outranks(found, header.date)) return;
      header.afterUpdate = header.date?.updated === true;
      header.date = found;
      header.dateLine = line;
    },
  };
  return header;
}

/**
 * Says of the header's line that gave the article its date (a dateline or a byline) why its date was taken: the first
 * of the header, or the first not labelled as an update after one that is, or the only one, labelled as an update.
 */
function explainHeaderDate(date: FoundDate, line: Line, afterUpdate: boolean, reasons: Map<Line, string>): void {
  const why = date.updated
    ? "the header's only date, labelled as an update"
    : afterUpdate
      ? "the header's first date not labelled as an update"
      : "the header's first date";
  const kind = reasons.get(line) === 'byline' ? BYLINE_WITH_DATE : DATES_THE_ARTICLE;
  reasons.set(line, `${kind}: ${why}`);
}

/**
 * Reads the lines from below the headline to the article's end: the header's bylines and datelines give the author and
 * date, the run's kept text lines make the body (returned), and every other line is dropped with its reason.
 */
function readBelowHeadline(
  lines: LabelledLine[],
  where: { titleIndex: number; pageStart: number; range: ReturnType<typeof chooseBody> },
  reader: ReturnType<typeof createDateReader> & { retrieved: string | null },
  header: ReturnType<typeof createHeader>,
  reasons: Map<Line, string>,
): Line[] {
  const { titleIndex, pageStart, range } = where;
  const { dateOf, isDateLine, dayFirst, retrieved } = reader;
  const takeDate = header.takeDate;
  const body: Line[] = [];
  const namesAlone: Line[] = [];
  let prose = 0;
  for (let i = titleIndex >= 0 ? titleIndex + 1 : pageStart; i <= range.end; i++) {
    const line = lines[i]!;
    const inHeader = prose <= HEADER_BODY_LINES;
    const authorAlone =
      inHeader && header.author === null && (line.kind === 'text' || line.kind === 'nav')
        ? authorWithoutBy(lines, i, isDateLine, i - 1 === titleIndex)
        : null;
    if (line.kind === 'byline' && (inHeader || (header.author === null && prose <= MAX_PROSE_ABOVE_BYLINE))) {
      if (header.author === null || header.authorInferred) header.author = line.byline!.author;
      header.authorInferred = false;
      // A name alone it replaces was a label of the header ("Thomson Reuters" above "By Anna Hirtenstein").
      for (const label of namesAlone.splice(0)) reasons.set(label, HEADER_LABEL);
      if (line.byline!.rest) takeDate(findDateInLine(line.byline!.rest, retrieved, dayFirst), line);
      reasons.set(line, 'byline');
      if (titleIndex >= 0) dropHeaderLabels(lines, body, reasons);
    } else if (inHeader && isDateLine(line)) {
      takeDate(dateOf(line), line);
      header.inferAuthor(authorBesideDate(line.text));
      reasons.set(line, 'dateline');
      if (titleIndex >= 0) dropHeaderLabels(lines, body, reasons);
    } else if (authorAlone) {
      header.inferAuthor(authorAlone.author);
      namesAlone.push(line);
      reasons.set(line, 'byline');
      if (authorAlone.lines === 2) reasons.set(lines[++i]!, 'byline');
      if (titleIndex >= 0) dropHeaderLabels(lines, body, reasons);
    } else if ((line.kind === 'text' || line.kind === 'byline') && range.keep[i]) {
      body.push(line);
      if (isProse(line)) prose++;
    } else reasons.set(line, dropReason(line, range.repeated.has(i)));
  }
  return body;
}

/** Lines below the headline that the header models count as the page's header. */
const HEADER_ZONE_LINES = 12;

/** The candidates for a dump's date and author. */
export interface HeaderCandidates {
  dates: Array<HeaderCandidate<FoundDate>>;
  bylines: Array<HeaderCandidate<string>>;
}

/**
 * The candidates for the date and the author of a dump: every date the date readers find on a line the text does not
 * keep, every name read on such a line as a byline or a name without "By", and the rules' choices wherever they found
 * them; the header zone (from the last furniture above the headline to `HEADER_ZONE_LINES` below it) is where the
 * features say each stands.
 */
function headerCandidates(
  lines: LabelledLine[],
  read: {
    titleIndex: number;
    zone: { start: number; end: number };
    body: Line[];
    header: ReturnType<typeof createHeader>;
    reader: ReturnType<typeof createDateReader> & { retrieved: string | null };
    reasons: Map<Line, string>;
  },
): HeaderCandidates {
  const { titleIndex, zone, body, header, reader, reasons } = read;
  const kept = new Set(body);
  const textStart = body[0] ? lines.findIndex((l) => l === body[0]) : lines.length;
  const inHeader = (i: number) => i >= zone.start && i <= zone.end;
  const context = { lines, titleIndex, textStart, inHeader, isDateLine: reader.isDateLine };
  const notKept = lines.map((_, i) => i).filter((i) => !kept.has(lines[i]!));

  type Dated = FoundDate & { date: NonNullable<FoundDate['date']> };
  const isDated = (found: FoundDate | null): found is Dated => found?.date != null;
  const rulesDateLine = lines.findIndex((l) => isDateReason(reasons.get(l)));
  const dates: Array<{ value: Dated; index: number; rules: boolean }> = [];
  for (const i of notKept) {
    const line = lines[i]!;
    const found =
      i === rulesDateLine
        ? header.date
        : line.kind === 'byline'
          ? line.byline!.rest
            ? findDateInLine(line.byline!.rest, reader.retrieved, reader.dayFirst)
            : null
          : reader.dateOf(line);
    if (isDated(found)) dates.push({ value: found, index: i, rules: i === rulesDateLine });
  }
  const ruleDate = header.date;
  if (isDated(ruleDate) && !dates.some((c) => c.rules)) dates.push({ value: ruleDate, index: -1, rules: true });

  const bylines: Array<{ value: string; index: number; rules: boolean }> = [];
  for (const i of notKept) {
    const line = lines[i]!;
    const name =
      line.kind === 'byline'
        ? line.byline!.author
        : line.kind === 'text' || line.kind === 'nav'
          ? (authorWithoutBy(lines, i, reader.isDateLine, i - 1 === titleIndex)?.author ??
            (reader.isDateLine(line) ? authorBesideDate(line.text) : null))
          : null;
    if (name) bylines.push({ value: name, index: i, rules: false });
  }
  const ruleAuthor = header.author;
  const ruleLine = bylines.find((c) => c.value === ruleAuthor);
  if (ruleLine) ruleLine.rules = true;
  else if (ruleAuthor !== null) bylines.push({ value: ruleAuthor, index: -1, rules: true });
  return {
    dates: dateCandidates(dates, context),
    bylines: bylineCandidates(bylines, context, (name) => agencyCredit(name) !== null),
  };
}

/** True for the reason the line that gave the article its date was dropped with. */
const isDateReason = (reason: string | undefined) =>
  reason !== undefined && (reason.startsWith(DATES_THE_ARTICLE) || reason.startsWith(BYLINE_WITH_DATE));

/**
 * The rules' candidate and the model's best, with the words saying how the best was ranked; null when the model does
 * not choose (the rules took none, or theirs is the only candidate).
 */
function modelChoice<T>(candidates: Array<HeaderCandidate<T>>, model: HeaderModel, name: string) {
  const rules = candidates.find((c) => c.rules);
  const best = bestScored(model, candidates);
  if (!rules || !best || candidates.length < 2) return null;
  return { rules, best, ranked: `ranked first of ${candidates.length} by the ${name} model` };
}

/**
 * The dump's date as the date model chooses it among the candidates, with why on its line; null when the model does
 * not choose (see `modelChoice`). A date the rules took and the model passes over is listed again as a plain dateline
 * or byline.
 */
function chooseHeaderDate(
  lines: LabelledLine[],
  candidates: Array<HeaderCandidate<FoundDate>>,
  model: HeaderModel,
  reasons: Map<Line, string>,
): FoundDate | null {
  const choice = modelChoice(candidates, model, 'date');
  if (!choice) return null;
  const { rules, best, ranked } = choice;
  if (best === rules) {
    if (rules.index >= 0) reasons.set(lines[rules.index]!, `${reasons.get(lines[rules.index]!)}, ${ranked}`);
    return best.value;
  }
  if (rules.index >= 0) {
    const line = lines[rules.index]!;
    reasons.set(line, line.kind === 'byline' ? 'byline' : 'dateline');
  }
  const line = lines[best.index]!;
  const kind = line.kind === 'byline' ? BYLINE_WITH_DATE : DATES_THE_ARTICLE;
  reasons.set(line, `${kind}: ${ranked}, over the rules' choice ${JSON.stringify(rules.value.text)}`);
  return best.value;
}

/**
 * The dump's author as the byline model chooses it among the candidates, with why on its line; null when the model
 * does not choose (see `modelChoice`).
 */
function chooseHeaderAuthor(
  lines: LabelledLine[],
  candidates: Array<HeaderCandidate<string>>,
  model: HeaderModel,
  reasons: Map<Line, string>,
): string | null {
  const choice = modelChoice(candidates, model, 'byline');
  if (!choice) return null;
  const { rules, best, ranked } = choice;
  if (best.index >= 0)
    reasons.set(
      lines[best.index]!,
      best === rules
        ? `byline, the article's author: the rules' choice, ${ranked}`
        : `byline, the article's author: ${ranked}, over the rules' choice ${JSON.stringify(rules.value)}`,
    );
  return best.value;
}

/** A raw page's lines, its capture header, its date reader, the article's run and the headline the rules find. */
function readRawPage(raw: string, options: ExtractOptions) {
  const lines = classifyLines(splitLines(raw));
  const capture = readCaptureHeader(raw);
  const retrieved = capture?.crawled ?? options.retrieved;
  const reader = { ...createDateReader(retrieved, lines), retrieved };
  const range = chooseBody(lines, capture, options.lineModel ?? committedLineModel());
  return { lines, capture, reader, range, rules: locateHeadline(lines, capture, range, reader.isDateLine) };
}

/**
 * The candidates for a raw page's headline, as extraction weighs them with the title model (what it is trained on);
 * null when the model does not choose: the page is not laid out as a scraper's dump, or a line says what its `<title>`
 * or outline names.
 */
export function headlineCandidatesOfText(raw: string, options: ExtractOptions): TitleCandidate[] | null {
  const { lines, capture, reader, range, rules } = readRawPage(raw, options);
  return range.learned && !rules.hinted ? headlineCandidates(lines, capture, range, reader.isDateLine, rules) : null;
}

/** The article a raw page gives by its rules, with what the header models read it with. */
function readRawArticle(raw: string, options: ExtractOptions) {
  const { lines, capture, reader, range, rules } = readRawPage(raw, options);
  const { dateOf, isDateLine } = reader;
  const chosen = range.learned
    ? chooseHeadline(
        lines,
        () => headlineCandidates(lines, capture, range, isDateLine, rules),
        rules,
        options.titleModel ?? committedTitleModel(),
      )
    : null;
  const { titleIndex, title, pageStart } = chosen ?? rules;
  const reasons = new Map<Line, string>();
  if (chosen && titleIndex >= 0) reasons.set(lines[titleIndex]!, chosen.why);
  const header = createHeader();
  const takeDate = header.takeDate;

  // The header: from the last furniture block above the headline down to the article's first prose.
  const headline = titleIndex >= 0 ? titleIndex : range.start;
  const headerStart = Math.max(pageStart, headerStartAbove(lines, headline));
  for (const line of lines.slice(headerStart, headline)) {
    if (isDateLine(line)) {
      takeDate(dateOf(line), line);
      header.inferAuthor(authorBesideDate(line.text));
      reasons.set(line, 'dateline');
    }
  }

  const body = readBelowHeadline(lines, { titleIndex, pageStart, range }, reader, header, reasons);
  header.author ??= authorOfNote(lines, Math.max(titleIndex, range.start));
  if (header.date?.date) explainHeaderDate(header.date, header.dateLine!, header.afterUpdate, reasons);
  else
    header.date =
      dateOutsideHeader(lines, { body, titleIndex, pageStart, crawled: capture?.crawled ?? null }, dateOf, reasons) ??
      header.date;
  labelOtherLines(lines, new Set(body), reasons, titleIndex, Math.max(titleIndex, range.start));
  const zone = { start: headerStart, end: headline + HEADER_ZONE_LINES };
  // Made only when asked for: extraction needs them only where the rules took a date or an author.
  const candidates = range.learned
    ? () => headerCandidates(lines, { titleIndex, zone, body, header, reader, reasons })
    : null;
  return { lines, title, header, body, reasons, candidates };
}

/**
 * The candidates for a raw page's date and author, as extraction weighs them with the header models (what they are
 * trained on); null when the models do not choose: the page is not laid out as a scraper's dump.
 */
export function headerCandidatesOfText(raw: string, options: ExtractOptions): HeaderCandidates | null {
  return readRawArticle(raw, options).candidates?.() ?? null;
}

/**
 * Extracts the article from a raw page: the densest run of prose is the text, the headline stands above it,
 * bylines and datelines between them are the header, and everything else is furniture, recorded with its reason.
 * In a scraper's dump, the header models choose the date and the author among the header's candidates.
 */
export function extractFromText(raw: string, options: ExtractOptions): Omit<ExtractedArticle, 'diagnostics'> {
  const { lines, title, header, body, reasons, candidates } = readRawArticle(raw, options);
  let { date, author } = header;
  // The models choose only among candidates that hold the rules' choice: with no date and no author taken, none does.
  if (candidates && (date?.date != null || author !== null)) {
    const found = candidates();
    const models = options.headerModels ?? committedHeaderModels();
    date = chooseHeaderDate(lines, found.dates, models.date, reasons) ?? date;
    author = chooseHeaderAuthor(lines, found.bylines, models.byline, reasons) ?? author;
  }
  const blocks = readerBlocks(body);
  const source = strongestSource(lines);
  return {
    title: plainMarkdownText(title),
    date: date?.date ?? null,
    dateText: date?.text ?? null,
    author,
    source: source?.source ?? null,
    blocks,
    text: blocksToText(blocks),
    removed: collectRemoved(lines, reasons),
  };
}
