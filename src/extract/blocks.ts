/** Extract stage: groups the kept lines of an article into paragraphs, headings and lists. Pure. */
import type { Block } from '../types.ts';
import type { Line } from './lines.ts';
import { repairText } from './repair.ts';

const BULLET = /^[•●▪◦*–-]\s+/;
const NUMBERED = /^(\d{1,2})[.)]\s+/;
/** Longest heading, in words. */
const MAX_HEADING_WORDS = 10;
/** Share of lines that must look wrapped (mid-length, no sentence end) for a text to count as hard-wrapped. */
const WRAPPED_SHARE = 0.5;
/** Line lengths, in characters, of hard-wrapped wire copy (Reuters wraps at about 65). */
const WRAP_MIN_CHARS = 40;
const WRAP_MAX_CHARS = 90;

function isHeading(line: Line, next: Line | undefined): boolean {
  return (
    line.words <= MAX_HEADING_WORDS &&
    !line.sentenceEnd &&
    !/[,;:]$/.test(line.text) &&
    next !== undefined &&
    next.words > line.words
  );
}

/** Lines of wrapped prose whose sentence runs on into the next line that a text with a table must show. */
const MIN_RUN_ON_LINES = 2;

/** True when `line` is as long as a wrapped line and its sentence runs on. */
function isWrappedLine(line: Line): boolean {
  return line.text.length >= WRAP_MIN_CHARS && line.text.length <= WRAP_MAX_CHARS && !line.sentenceEnd;
}

/**
 * True when lines are hard-wrapped prose (wire copy) rather than one paragraph per line: most lines look wrapped,
 * or, in copy that holds a table (a wire's supply figures: rows short or ending in a figure's point), no line is
 * longer than the wrap's width (a scraper's dump writes each paragraph on one line), most lines as long as a
 * wrapped one look wrapped, and some sentences run on into a line opening in lower case.
 */
export function isHardWrapped(lines: Line[]): boolean {
  if (lines.length < 3) return false;
  const wrapped = lines.slice(0, -1).filter(isWrappedLine);
  if (wrapped.length >= (lines.length - 1) * WRAPPED_SHARE) return true;
  if (lines.some((l) => l.text.length > WRAP_MAX_CHARS)) return false;
  const longLines = lines.filter((l) => l.text.length >= WRAP_MIN_CHARS);
  const runOn = lines.filter((l, i) => isWrappedLine(l) && /^\p{Ll}/u.test(lines[i + 1]?.text ?? ''));
  return wrapped.length >= longLines.length * WRAPPED_SHARE && runOn.length >= MIN_RUN_ON_LINES;
}

/** In wire copy a paragraph starts after a blank line or on an indented line; any other line continues it. */
function continuesParagraph(line: Line, previous: Line | undefined): boolean {
  return previous !== undefined && !line.afterBlank && line.indent === 0 && line.index === previous.index + 1;
}

/**
 * Turns lines into blocks: list items become lists, short unpunctuated lines headings, the rest paragraphs.
 * Hard-wrapped wire copy is joined back into its paragraphs (where a leading "- " continues a sentence).
 */
export function buildBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  const wrapped = isHardWrapped(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = repairText(line.text);
    const last = blocks[blocks.length - 1];
    if (wrapped && last?.kind === 'paragraph' && continuesParagraph(line, lines[i - 1])) {
      last.text = `${last.text} ${text}`;
      continue;
    }
    const marker = wrapped ? null : (BULLET.exec(text) ?? NUMBERED.exec(text));
    if (marker) {
      const ordered = !BULLET.test(text);
      const item = text.slice(marker[0].length);
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(item);
      else blocks.push({ kind: 'list', ordered, items: [item] });
    } else if (!wrapped && isHeading(line, lines[i + 1])) {
      blocks.push({ kind: 'heading', text });
    } else {
      blocks.push({ kind: 'paragraph', text });
    }
  }
  return blocks;
}

/** The plain text of blocks: blank lines between blocks, one line per list item. */
export function blocksToText(blocks: Block[]): string {
  return blocks.map((b) => (b.kind === 'list' ? b.items.join('\n') : b.text)).join('\n\n');
}
