/** Extract stage: an HTML page's own metadata (meta tags, JSON-LD, <time>) → title, date, author, source. Pure. */
import { parseFrontMatterDate } from '../read/index.ts';
import type { PublicationDate } from '../types.ts';

/** What a page's markup says about its article; null where it says nothing usable. */
export interface PageMetadata {
  title: string | null;
  date: PublicationDate | null;
  /** The date attribute as written, e.g. "2024-06-20T09:15:00+02:00". */
  dateText: string | null;
  author: string | null;
  source: string | null;
}

/** Schema.org types whose JSON-LD object describes the article itself. */
const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|WebPage)$/;

type Json = Record<string, unknown>;

/**
 * Deepest nesting of arrays and objects read from a JSON-LD block. Real pages nest a handful of levels; a block nested
 * deeper is skipped unparsed, because the parser's time on a block nested a million deep grows faster than its length.
 */
const MAX_JSON_LD_DEPTH = 64;

/** Whether the JSON text `text` nests arrays and objects deeper than `limit`, counting brackets outside strings. */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      if (++depth > limit) return true;
    } else if (char === ']' || char === '}') depth--;
  }
  return false;
}

/**
 * Removes from the page the JSON-LD blocks nested deeper than `MAX_JSON_LD_DEPTH`, which no reader here uses: Mozilla's
 * Readability parses every block again for its own metadata, and would spend the parser's superlinear time on them.
 */
export function removeOverNestedJsonLd(doc: Document): void {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]'))
    if (nestsDeeperThan(script.textContent ?? '', MAX_JSON_LD_DEPTH)) script.remove();
}

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text || null;
}

function metaContent(doc: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = clean(doc.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

/**
 * Every object in the page's JSON-LD blocks, flattening arrays and @graph lists. Broken blocks and blocks nested deeper
 * than `MAX_JSON_LD_DEPTH` are skipped. Walked with a list of values still to visit, not by recursion.
 */
function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (nestsDeeperThan(text, MAX_JSON_LD_DEPTH)) continue;
    let pending: unknown[];
    try {
      pending = [JSON.parse(text)];
    } catch {
      // A page's broken JSON-LD is its own problem: the other markup still counts.
      continue;
    }
    while (pending.length) {
      const value = pending.pop();
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) pending.push(value[i]);
      } else if (value && typeof value === 'object') {
        out.push(value as Json);
        if ('@graph' in value) pending.push((value as Json)['@graph']);
      }
    }
  }
  return out;
}

function isArticleObject(value: Json): boolean {
  const types = Array.isArray(value['@type']) ? value['@type'] : [value['@type']];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

/** A JSON-LD person or organisation (or a list of them) as display text: "Jane Doe and John Roe". */
function namesOf(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list.map((v) =>
    typeof v === 'string' ? clean(v) : v && typeof v === 'object' ? clean((v as Json).name) : null,
  );
  const kept = names.filter((n): n is string => n !== null && !/^https?:/.test(n));
  return kept.length ? kept.join(' and ') : null;
}

/** The first date among `candidates` that parses, with the text it was read from. */
function firstDate(candidates: Array<string | null>): { date: PublicationDate; text: string } | null {
  for (const text of candidates) {
    const date = text ? parseFrontMatterDate(text) : null;
    if (text && date) return { date, text };
  }
  return null;
}

/**
 * Reads the article's metadata from the page's own markup, most specific first: JSON-LD of the article,
 * then Open Graph and article meta tags, then generic meta tags and the first `<time datetime>`.
 */
export function readPageMetadata(doc: Document): PageMetadata {
  const ld = jsonLdObjects(doc).find(isArticleObject) ?? {};
  const timeElement = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  const found = firstDate([
    clean(ld.datePublished),
    metaContent(doc, ['meta[property="article:published_time"]', 'meta[itemprop="datePublished"]']),
    clean(doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime')),
    metaContent(doc, [
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="publish-date"]',
      'meta[name="dc.date"]',
      'meta[name="DC.date.issued"]',
    ]),
    clean(timeElement?.getAttribute('datetime')),
  ]);
  const metaAuthor = metaContent(doc, ['meta[name="author"]', 'meta[property="article:author"]']);
  return {
    title:
      clean(ld.headline) ??
      metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
      clean(doc.querySelector('article h1, h1')?.textContent),
    date: found?.date ?? null,
    dateText: found?.text ?? null,
    author:
      namesOf(ld.author) ??
      (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : null) ??
      clean(doc.querySelector('[rel="author"], [itemprop="author"]')?.textContent),
    source:
      metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? namesOf(ld.publisher),
  };
}
