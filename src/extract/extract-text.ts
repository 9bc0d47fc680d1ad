/** Extract stage: raw scraped text → clean article (title, date, author, source, blocks, what was dropped). Pure. */
import type { ExtractedArticle, RemovedBlock } from '../types.ts';
import { isTrailerStart, isWidgetLine } from './boilerplate.ts';
import { blocksToText, buildBlocks } from './blocks.ts';
import { parseByline, parseSourceLine } from './byline.ts';
import { findDateInLine, type FoundDate } from './date.ts';
import { splitLines, type Line } from './lines.ts';
import { findTitleIndex } from './title.ts';

export interface ExtractOptions {
  /** ISO date the page was retrieved: anchors relative dates such as "2 years ago". */
  retrieved: string | null;
}

/** How many lines after the headline still count as the page's header (byline, dateline, standfirst). */
const HEADER_LINES = 4;

export function extractFromText(raw: string, options: ExtractOptions): Omit<ExtractedArticle, 'diagnostics'> {
  const lines = splitLines(raw);
  const removed: RemovedBlock[] = [];
  const drop = (from: Line[], reason: string) => {
    if (from.length) removed.push({ text: from.map((l) => l.text).join('\n'), reason });
  };
  const dateCache = new Map<Line, FoundDate | null>();
  const dateOf = (line: Line) => {
    if (!dateCache.has(line)) dateCache.set(line, line.words <= 12 ? findDateInLine(line.text, options.retrieved) : null);
    return dateCache.get(line)!;
  };

  const titleIndex = findTitleIndex(lines, (l) => dateOf(l) !== null);
  const title = titleIndex >= 0 ? lines[titleIndex]!.text : '';
  const before = titleIndex >= 0 ? lines.slice(0, titleIndex) : [];
  let date: FoundDate | null = null;
  const beforeKept: Line[] = [];
  for (const line of before) {
    const found = dateOf(line);
    if (found && !date) date = found;
    else if (!found) beforeKept.push(line);
  }
  drop(beforeKept, 'page header before the headline (navigation, teasers of other stories)');

  let author: string | null = null;
  let source: string | null = null;
  const body: Line[] = [];
  const rest = lines.slice(titleIndex + 1);
  let seenProse = false;
  for (let i = 0; i < rest.length; i++) {
    const line = rest[i]!;
    const inHeader = !seenProse && i < HEADER_LINES;
    if (seenProse && isTrailerStart(line)) {
      drop(rest.slice(i), 'page trailer after the article (teasers of other stories, comment form)');
      break;
    }
    const byline = inHeader ? parseByline(line.text) : null;
    if (byline) {
      author ??= byline.author;
      const found = byline.rest ? findDateInLine(byline.rest, options.retrieved) : null;
      if (found && !date) date = found;
      drop([line], 'byline');
      continue;
    }
    const found = inHeader ? dateOf(line) : null;
    if (found) {
      date ??= found;
      drop([line], 'dateline');
      continue;
    }
    const sourceName = parseSourceLine(line.text);
    if (sourceName && i >= rest.length - 3) {
      source ??= sourceName;
      drop([line], 'source line');
      continue;
    }
    if (isWidgetLine(line) || line.truncated) {
      drop([line], line.truncated ? 'truncated teaser snippet' : 'share or comment widget');
      continue;
    }
    if (line.words > 12) seenProse = true;
    body.push(line);
  }
  const blocks = buildBlocks(body);
  return {
    title,
    date: date?.date ?? null,
    dateText: date?.text ?? null,
    author,
    source,
    blocks,
    text: blocksToText(blocks),
    removed,
  };
}
