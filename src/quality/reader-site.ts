/**
 * Measuring: what a reader of a built site sees of related articles, sources and lists, read from its HTML pages (the
 * figures the reader's-site issue is done by): on how many pages the most suggested article is suggested, which
 * sources are shown as an address or a file name instead of an outlet, which list items lack a summary, which
 * article pages are empty, and where Markdown syntax shows as text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { listFiles } from './site-files.ts';

/** How often the most suggested article is suggested, over the article pages that list related articles. */
export interface RelatedShare {
  /** Article pages with a "Related articles" list. */
  pagesWithList: number;
  /** The most suggested article's URL, and on how many pages it is suggested. */
  top: { url: string; pages: number } | null;
  /** `top.pages` over `pagesWithList` (0 without lists). */
  maxShare: number;
}

/** What the site shows of its articles' sources and lists. */
export interface ReaderSiteFigures {
  articlePages: number;
  related: RelatedShare;
  /** Sources shown (article meta lines, "Also published by", list items), each with the page it is on. */
  sourcesShown: Array<{ page: string; text: string }>;
  /** Sources shown as an address or a file name rather than an outlet's name. */
  sourcesNotOutlets: Array<{ page: string; text: string }>;
  /** Article pages naming their outlet. */
  pagesWithOutlet: number;
  /** Article pages linking to the original: the page, the outlet named and the original's address. */
  originals: Array<{ page: string; outlet: string; url: string }>;
  /** List items on topic, country, actor and archive pages, and those without a summary. */
  listItems: number;
  listItemsWithoutSummary: Array<{ page: string; title: string }>;
  /** Article pages whose text has no paragraph. */
  emptyArticlePages: string[];
  /** Markdown syntax a reader sees as text in an article's body or a list's summary, with the words around it. */
  markdownShown: Array<{ page: string; text: string }>;
}

/**
 * Markdown a reader would see as characters: bold, a link or image, a heading mark or rule opening a paragraph, an
 * `<excerpt/>` marker, inline code, italics by underscores around capitalised words.
 */
const MARKDOWN =
  /\*\*\S|\S\*\*|!?\[[^\]\n]*\]\((?:https?:|\/)|^\s*(?:#{1,6} |(?:---|\*\*\*|___)\s*$)|<\/?excerpt|`[^`\n]+`|(?<![\w/])_[A-Z][^_\n]{3,}_(?!\w)/;

/** The first Markdown syntax in the elements' text, with up to 40 characters either side; null without any. */
function markdownIn(elements: Iterable<Element>): string | null {
  for (const element of elements) {
    const text = element.textContent ?? '';
    const found = MARKDOWN.exec(text);
    if (found) return text.slice(Math.max(0, found.index - 40), found.index + found[0].length + 40);
  }
  return null;
}

/** A source that is not a name a reader knows: an address, a domain path or a file name. */
const NOT_AN_OUTLET = /^(?:https?:|www\.)|\/|\.(?:txt|md|markdown|html?)$/i;

const pageUrl = (file: string) => `/${file.replace(/index\.html$/, '')}`;

function documentOf(siteDir: string, file: string): Document {
  return parseHTML(readFileSync(path.join(siteDir, file), 'utf8')).document as unknown as Document;
}

/** The share of pages the most suggested article is suggested on, from the pages' "Related articles" lists. */
function measureRelatedShare(lists: Map<string, string[]>): RelatedShare {
  const counts = new Map<string, number>();
  let pagesWithList = 0;
  for (const links of lists.values()) {
    if (!links.length) continue;
    pagesWithList++;
    for (const url of new Set(links)) counts.set(url, (counts.get(url) ?? 0) + 1);
  }
  let top: RelatedShare['top'] = null;
  for (const [url, pages] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!top || pages > top.pages) top = { url, pages };
  }
  return { pagesWithList, top, maxShare: top && pagesWithList ? top.pages / pagesWithList : 0 };
}

/** Reads every page of a built site and measures what a reader sees of related articles, sources and lists. */
export function measureReaderSite(siteDir: string): ReaderSiteFigures {
  const pages = listFiles(siteDir).filter((f) => f.endsWith('index.html'));
  const articleFiles = pages.filter((f) => f.startsWith('articles/') && f.split('/').length > 3);
  const listFilesToRead = pages.filter((f) => /^(?:topics|countries|actors|archive)\/./.test(f) || f === 'index.html');
  const relatedLists = new Map<string, string[]>();
  const sourcesShown: ReaderSiteFigures['sourcesShown'] = [];
  const emptyArticlePages: string[] = [];
  const originals: ReaderSiteFigures['originals'] = [];
  const markdownShown: ReaderSiteFigures['markdownShown'] = [];
  let pagesWithOutlet = 0;
  for (const file of articleFiles) {
    const document = documentOf(siteDir, file);
    const page = pageUrl(file);
    if (!document.querySelector('article.article')) continue;
    relatedLists.set(
      page,
      [...document.querySelectorAll('section.related a[href]')].map((a) => a.getAttribute('href')!),
    );
    for (const outlet of document.querySelectorAll('.article-header .outlet, section.also-published .outlet')) {
      if (!outlet.classList.contains('unnamed')) sourcesShown.push({ page, text: outlet.textContent!.trim() });
    }
    const outlet = document.querySelector('.article-header .outlet')?.textContent?.trim();
    if (outlet) pagesWithOutlet++;
    const original = document.querySelector('.article-header a.original')?.getAttribute('href');
    if (original) originals.push({ page, outlet: outlet ?? '', url: original });
    const paragraphs = [...document.querySelectorAll('.article-body > p, .article-body > blockquote')];
    if (!paragraphs.some((p) => p.textContent!.trim())) emptyArticlePages.push(page);
    const markdown = markdownIn(document.querySelectorAll('.article-body > *'));
    if (markdown) markdownShown.push({ page, text: markdown });
  }
  let listItems = 0;
  const listItemsWithoutSummary: ReaderSiteFigures['listItemsWithoutSummary'] = [];
  for (const file of listFilesToRead) {
    const document = documentOf(siteDir, file);
    const page = pageUrl(file);
    for (const item of document.querySelectorAll('main ul.article-list > li')) {
      listItems++;
      const summary = item.querySelector('p.summary')?.textContent?.trim();
      if (!summary) listItemsWithoutSummary.push({ page, title: item.querySelector('a')?.textContent?.trim() ?? '' });
      const markdown = markdownIn(item.querySelectorAll('a, p.summary'));
      if (markdown) markdownShown.push({ page, text: markdown });
      const outlet = item.querySelector('.outlet')?.textContent?.trim();
      if (outlet) sourcesShown.push({ page, text: outlet });
    }
  }
  return {
    articlePages: relatedLists.size,
    related: measureRelatedShare(relatedLists),
    sourcesShown,
    sourcesNotOutlets: sourcesShown.filter((s) => NOT_AN_OUTLET.test(s.text)),
    pagesWithOutlet,
    originals,
    listItems,
    listItemsWithoutSummary,
    emptyArticlePages,
    markdownShown,
  };
}
