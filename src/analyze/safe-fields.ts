/**
 * Analyze: what extraction found made safe before anything else uses it: text that a page's markup decoded (character
 * references, JSON-LD escapes) made well-formed like the file's own text, and titles and other short fields cut to a
 * length a page can show. Pure.
 */
import { anyRepairs, noRepairs, repairsWarning, sanitizeText } from '../read/sanitize.ts';
import type { Block, Diagnostic, ExtractedArticle } from '../types.ts';

/**
 * Longest title, author, source and written date kept, in characters. The longest headline of the labelled sets is
 * under 200 characters; a title is shown on every list that holds its article, so a 2 MB one made a 41 MB site.
 */
const MAX_FIELD_CHARS = { title: 300, author: 200, source: 200, dateText: 100 } as const;

/** `text` cut to at most `max` characters, at a word boundary when one is near, with "…" in place of the rest. */
function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.8 ? cut.slice(0, space) : cut}…`;
}

function sanitizeBlock(block: Block, clean: (text: string) => string): Block {
  return block.kind === 'list' ? { ...block, items: block.items.map(clean) } : { ...block, text: clean(block.text) };
}

/** The extracted article with every text well-formed and its short fields within `MAX_FIELD_CHARS`. */
export function makeFieldsSafe(article: ExtractedArticle): ExtractedArticle {
  const repairs = noRepairs();
  const clean = (text: string) => sanitizeText(text, repairs);
  const diagnostics: Diagnostic[] = [];
  const short = (field: keyof typeof MAX_FIELD_CHARS, value: string | null): string | null => {
    if (value === null) return null;
    const safe = clean(value);
    const max = MAX_FIELD_CHARS[field];
    if (safe.length <= max) return safe;
    diagnostics.push({
      level: 'warning',
      stage: 'extract',
      code: 'field-truncated',
      message: `${field} of ${safe.length} characters cut to ${max}`,
    });
    return truncateText(safe, max);
  };
  const safe: ExtractedArticle = {
    ...article,
    title: short('title', article.title) || 'Untitled',
    author: short('author', article.author),
    source: short('source', article.source),
    dateText: short('dateText', article.dateText),
    blocks: article.blocks.map((block) => sanitizeBlock(block, clean)),
    text: clean(article.text),
    removed: article.removed.map((r) => ({ ...r, text: clean(r.text) })),
  };
  const repaired = anyRepairs(repairs) ? repairsWarning(repairs, "text decoded from the page's markup", 'extract') : [];
  return { ...safe, diagnostics: [...article.diagnostics, ...repaired, ...diagnostics] };
}
