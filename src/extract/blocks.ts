/** Extract stage: groups the kept lines of an article into paragraphs, headings and lists. Pure. */
import type { Block } from '../types.ts';
import type { Line } from './lines.ts';

const BULLET = /^[•●▪◦*–-]\s+/;
const NUMBERED = /^(\d{1,2})[.)]\s+/;

/**
 * Repairs that are always safe: a missing space after a sentence end ("to.In fact").
 * Written with lookarounds so that it stays linear on a very long run of letters.
 */
export function repairText(text: string): string {
  return text.replace(/(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])/g, ' ');
}

function isHeading(line: Line, next: Line | undefined): boolean {
  return line.words <= 10 && !line.sentenceEnd && !/[,;:]$/.test(line.text) && next !== undefined && next.words > line.words;
}

/** True when a run of lines is hard-wrapped prose (wire copy) rather than one paragraph per line. */
function isHardWrapped(lines: Line[]): boolean {
  if (lines.length < 3) return false;
  const wrapped = lines.slice(0, -1).filter((l) => l.text.length >= 40 && l.text.length <= 90 && !l.sentenceEnd);
  return wrapped.length >= (lines.length - 1) * 0.5;
}

/** Turns lines into blocks: list items become lists, short unpunctuated lines headings, the rest paragraphs. */
export function buildBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  const wrapped = isHardWrapped(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = repairText(line.text);
    const bullet = BULLET.exec(text);
    const numbered = NUMBERED.exec(text);
    const last = blocks[blocks.length - 1];
    if (bullet || numbered) {
      const ordered = !bullet;
      const item = text.slice((bullet ?? numbered)![0].length);
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(item);
      else blocks.push({ kind: 'list', ordered, items: [item] });
    } else if (wrapped && !line.afterBlank && !/^\s{3,}/.test(line.text) && last?.kind === 'paragraph') {
      last.text = `${last.text} ${text}`;
    } else if (isHeading(line, lines[i + 1])) {
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
