/** Extract stage: a saved web page → clean article: page markup first, then Readability's main content and the text rules. Pure. */
import { htmlLibraries } from '../libraries.ts';
import type { Block, ExtractedArticle, RemovedBlock } from '../types.ts';
import { blocksToText } from './blocks.ts';
import { parseByline, parseSourceLine } from './byline.ts';
import { findDateInLine, type FoundDate } from './date.ts';
import { extractFromText, type ExtractOptions } from './extract-text.ts';
import { collectBlocks } from './html-blocks.ts';
import { readPageMetadata, removeOverNestedJsonLd } from './html-metadata.ts';
import { pageText } from './html-text.ts';
import { limitNesting } from './limit-nesting.ts';
import { DEBRIS_REASONS, type DebrisKind } from './boilerplate.ts';
import { classifyLines, type LineKind } from './classify-lines.ts';
import { countWords, SENTENCE_END, splitLines } from './lines.ts';

/**
 * How many leading blocks may hold the byline and dateline (as in raw text: headline, byline, date, standfirst); so
 * may any block above the story's first prose, in a page's header of many short blocks ("Updated", "10:01", "pm PST,
 * Tuesday, November 19, 2019").
 */
const HEADER_BLOCKS = 4;
/** Fewest words of a paragraph ending a sentence that opens the story's prose, below the page's header. */
const MIN_PROSE_WORDS = 10;
/** Most blocks a page's header holds: a text of short lines only (a poem, a list of results) has no header below. */
const MAX_HEADER_BLOCKS = 20;
/** How many closing blocks may hold a "Source: …" line. */
const TRAILER_BLOCKS = 3;
/** Longest section label ("Education", "World news") standing above the story, in words. */
const MAX_LABEL_WORDS = 3;
/** A reading time above the story: "5 min read", "Reading time: 3 minutes", "Tempo de leitura: 1 minuto". */
const READING_TIME =
  /^(?:(?:estimated )?read(?:ing)? time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit)\s*:?\s*\d+\s*\p{L}+\.?$|^\d+\s*min(?:ute)?s?\.?\s+read$/iu;

/**
 * Parses a page; a fragment (or text saved as .html) is wrapped in a document first, as a browser would.
 * Elements nested deeper than any real page's are unwrapped first (see `limit-nesting.ts`).
 */
function parseDocument(html: string): Document {
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return htmlLibraries().parseHTML(limitNesting(page)).document as unknown as Document;
}

/** Removes a headline repeated at the top of the content, and a site name glued to it ("Title | Site"). */
function cleanTitle(title: string, source: string | null): string {
  if (!source) return title;
  const escaped = source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return title.replace(new RegExp(`\\s+[|–—-]\\s+${escaped}$`, 'i'), '').trim() || title;
}

/** What the text rules found in the content's blocks, and the blocks left as the article. */
interface HeaderFacts {
  author: string | null;
  date: FoundDate | null;
  source: string | null;
  blocks: Block[];
  removed: RemovedBlock[];
}

/** Applies the text rules to the content's first and last blocks: byline, dateline and source lines are metadata. */
function readHeaderBlocks(blocks: Block[], title: string, options: ExtractOptions): HeaderFacts {
  let author: string | null = null;
  let date: FoundDate | null = null;
  let source: string | null = null;
  const removed: RemovedBlock[] = [];
  const kept: Block[] = [];
  let proseSeen = false;
  blocks.forEach((block, i) => {
    if (block.kind === 'list') return kept.push(block);
    const words = countWords(block.text);
    const inHeader = (i < HEADER_BLOCKS || !proseSeen) && words <= 16;
    if (inHeader && block.text === title)
      return removed.push({ text: block.text, reason: 'headline repeated in the content' });
    const byline = inHeader ? parseByline(block.text) : null;
    if (byline) {
      author ??= byline.author;
      date ??= byline.rest ? findDateInLine(byline.rest, options.retrieved) : null;
      return removed.push({ text: block.text, reason: 'byline' });
    }
    const found = inHeader && block.kind === 'paragraph' ? findDateInLine(block.text, options.retrieved) : null;
    if (found) {
      date ??= found;
      return removed.push({ text: block.text, reason: 'dateline' });
    }
    if (!proseSeen && READING_TIME.test(block.text))
      return removed.push({ text: block.text, reason: 'reading time above the story' });
    if (!proseSeen && block.kind === 'paragraph' && words <= MAX_LABEL_WORDS && !SENTENCE_END.test(block.text)) {
      return removed.push({ text: block.text, reason: 'section label above the story' });
    }
    const sourceName = i >= blocks.length - TRAILER_BLOCKS ? parseSourceLine(block.text) : null;
    if (sourceName) {
      source ??= sourceName.source;
      return removed.push({ text: block.text, reason: 'source line' });
    }
    if (
      i >= MAX_HEADER_BLOCKS ||
      (block.kind === 'paragraph' && words >= MIN_PROSE_WORDS && SENTENCE_END.test(block.text))
    )
      proseSeen = true;
    kept.push(block);
  });
  return { author, date, source, blocks: kept, removed };
}

/** Kinds of page furniture the text rules find that Readability keeps as paragraphs or headings. */
const FURNITURE_BLOCKS: ReadonlySet<LineKind> = new Set<DebrisKind>(['widget', 'teaser-heading', 'credit']);

/**
 * Drops the paragraphs and headings that the text rules class as furniture: a widget ("Sign In", "comments"), the
 * heading of a block of teasers ("DON'T MISS", "Related news"), credits ("Additional reporting by …", "About the
 * Author"). Each is read as a line of its own, since its block stands apart from its neighbours.
 */
function dropFurnitureBlocks(blocks: Block[]): { blocks: Block[]; removed: RemovedBlock[] } {
  const kept: Block[] = [];
  const removed: RemovedBlock[] = [];
  for (const block of blocks) {
    const kind = block.kind === 'list' ? 'text' : (classifyLines(splitLines(block.text))[0]?.kind ?? 'text');
    if (block.kind !== 'list' && FURNITURE_BLOCKS.has(kind))
      removed.push({ text: block.text, reason: DEBRIS_REASONS[kind as DebrisKind] });
    else kept.push(block);
  }
  return { blocks: kept, removed };
}

/** The last blocks, among which an author's note may stand. */
const TRAILER_NOTE_BLOCKS = 4;
/** Most words of the name above an author's note. */
const MAX_NAME_WORDS = 4;
/** A note about the author after the name alone: "Phil Helsel is a reporter for NBC News.", "Regan is a … native". */
const AUTHOR_NOTE = /^(?:\S+\s+){0,3}(?:is|was|covers|writes|reports|has been|joined)\b/;

/**
 * Drops a note about the author at the end of the text: a short block that is a name ("Phil Helsel"), then a
 * paragraph that opens with that name and says who the author is ("Phil Helsel is a reporter for NBC News.").
 */
function dropAuthorNote(blocks: Block[]): { blocks: Block[]; removed: RemovedBlock[] } {
  for (let i = Math.max(0, blocks.length - TRAILER_NOTE_BLOCKS); i < blocks.length - 1; i++) {
    const name = blocks[i]!;
    const note = blocks[i + 1]!;
    if (name.kind === 'list' || note.kind !== 'paragraph') continue;
    if (countWords(name.text) > MAX_NAME_WORDS || SENTENCE_END.test(name.text)) continue;
    if (!note.text.startsWith(`${name.text.split(' ')[0]!} `) || !AUTHOR_NOTE.test(note.text)) continue;
    return {
      blocks: [...blocks.slice(0, i), ...blocks.slice(i + 2)],
      removed: [{ text: `${name.text}\n${note.text}`, reason: "note about the article's author" }],
    };
  }
  return { blocks, removed: [] };
}

/** Fewest words of a heading opening the content that is the headline again or a standfirst, not a section's label. */
const MIN_OPENING_HEADING_WORDS = 4;

/**
 * Drops the headings of four words or more that open what Readability keeps, above its first paragraph or list: the
 * headline again in other words or a standfirst set as a heading ("CHINA has sent troops to Hong Kong in a bid to
 * restore order …"), or a section's motto ("SmartNews Keeping you current"). A story's own subheadings stand after
 * some of its text; a shorter heading there is a section label ("GIRLS BASKETBALL") and stays.
 */
function dropOpeningHeadings(blocks: Block[]): { blocks: Block[]; removed: RemovedBlock[] } {
  const removed: RemovedBlock[] = [];
  let first = 0;
  while (blocks[first]?.kind === 'heading') first++;
  const kept = blocks.filter((block, i) => {
    if (i >= first || block.kind !== 'heading' || countWords(block.text) < MIN_OPENING_HEADING_WORDS) return true;
    removed.push({ text: block.text, reason: 'headline or standfirst set as a heading above the story' });
    return false;
  });
  return { blocks: kept, removed };
}

/** The last blocks, among which a line asking readers to follow the site, subscribe or share may stand. */
const TRAILER_CALL_BLOCKS = 3;
/** Most words of such a line ("Email Tariq Malik at … or follow him @tariqjmalik. Follow us on Twitter …"). */
const MAX_CALL_WORDS = 40;
/** A call to follow on a social network or a handle: "Follow Newsbeat on Instagram", "follow him @tariqjmalik". */
const FOLLOW_CALL = /\bfollow\b.{0,60}?(?:@\w|\b(?:twitter|facebook|instagram|youtube|linkedin|tiktok)\b)/i;
/**
 * A call to subscribe, share, join or listen ("Subscribe" and "Join our" opening a sentence): "Click here to subscribe
 * to The Paradigm Newsletter", "Like this story? Share it with a friend!", "Join our Space Forums …", "Listen to
 * Newsbeat live … or listen back here."
 */
const READER_CALL =
  /\bclick here\b|(?:^|[.!?]\s+)(?:subscribe|join (?:our|us))\b|\bshare (?:it|this) with\b|\blisten (?:back|live)\b|\blisten to \S+ live\b/i;

/** Why a paragraph among the last blocks is a call to readers, not article text, or null when it is not one. */
function readerCallReason(text: string): string | null {
  if (countWords(text) > MAX_CALL_WORDS) return null;
  if (FOLLOW_CALL.test(text)) return 'call to follow the site or its author on social networks';
  return READER_CALL.test(text) ? 'call to subscribe, share, join or listen' : null;
}

/**
 * Drops the paragraphs among the last blocks that ask readers to follow the site or its author on social networks,
 * to subscribe, share, join its forums or listen.
 */
function dropReaderCalls(blocks: Block[]): { blocks: Block[]; removed: RemovedBlock[] } {
  const kept: Block[] = [];
  const removed: RemovedBlock[] = [];
  blocks.forEach((block, i) => {
    if (block.kind === 'paragraph' && i >= blocks.length - TRAILER_CALL_BLOCKS) {
      const reason = readerCallReason(block.text);
      if (reason) return removed.push({ text: block.text, reason });
    }
    kept.push(block);
  });
  return { blocks: kept, removed };
}

/** What cleans the blocks Readability keeps, in turn, each listing what it removed and why. */
const BLOCK_CLEANERS: Array<(blocks: Block[]) => { blocks: Block[]; removed: RemovedBlock[] }> = [
  dropOpeningHeadings,
  dropFurnitureBlocks,
  dropAuthorNote,
  dropReaderCalls,
];

/**
 * Extracts the article of a saved web page. Metadata comes from the page's markup (JSON-LD, Open Graph and
 * article meta tags, `<time datetime>`) first, then from the byline and dateline text; the body is the main
 * content found by Mozilla's Readability, with lists of links to other stories dropped.
 */
export function extractFromHtml(html: string, options: ExtractOptions): Omit<ExtractedArticle, 'diagnostics'> {
  // Text saved under an .html name (no tags at all) is read as the text it is.
  if (!/<[a-z!/]/i.test(html)) return extractFromText(html, options);
  const doc = parseDocument(html);
  removeOverNestedJsonLd(doc);
  const meta = readPageMetadata(doc);
  // Readability changes the page it reads: the text of the whole page is taken first, in case it finds no article.
  const wholePage = pageText(doc.body ?? doc.documentElement);
  const parsed = new (htmlLibraries().Readability)(doc, {
    charThreshold: 200,
    serializer: (node: Node) => node,
  }).parse();
  if (!parsed?.content) {
    const found = extractFromText(wholePage, options);
    return {
      ...found,
      title: meta.title ?? found.title,
      date: meta.date ?? found.date,
      dateText: meta.date ? meta.dateText : found.dateText,
      author: meta.author ?? found.author,
      source: meta.source ?? found.source,
    };
  }
  const source = meta.source ?? (parsed.siteName || null);
  const title = cleanTitle(meta.title ?? (parsed.title || ''), source);
  // Its content is read back as a page of its own: parsing it again mends what Readability's changes left invalid.
  const collected = collectBlocks(parseDocument(`<!doctype html><html><body>${parsed.content}</body></html>`).body);
  const header = readHeaderBlocks(collected.blocks, title, options);
  const cleaned = BLOCK_CLEANERS.reduce(
    (done, clean) => {
      const next = clean(done.blocks);
      return { blocks: next.blocks, removed: [...done.removed, ...next.removed] };
    },
    { blocks: header.blocks, removed: [] as RemovedBlock[] },
  );
  return {
    title,
    date: meta.date ?? header.date?.date ?? null,
    dateText: meta.date ? meta.dateText : (header.date?.text ?? null),
    author:
      meta.author ??
      header.author ??
      (parsed.byline ? (parseByline(parsed.byline.replace(/^(by\s+)?/i, 'By '))?.author ?? null) : null),
    source: source ?? header.source,
    blocks: cleaned.blocks,
    text: blocksToText(cleaned.blocks),
    removed: [...collected.removed, ...header.removed, ...cleaned.removed],
  };
}
