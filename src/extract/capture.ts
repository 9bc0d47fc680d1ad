/**
 * Extract stage: what a crawler capture says about its page before the page's own lines. A capture opens with a
 * metadata list ("- **URL**: …", "- **Scraped at**: …"), may give the page's outline ("## Page Structure", whose
 * `# …` entries are the page's level-1 headings) and then every visible line under "## Content", the first of them
 * the page's `<title>`. Pure.
 */

export interface CaptureHeader {
  /** The address of the page captured. */
  url: string | null;
  /** The day of the crawl (YYYY-MM-DD): the retrieval date for relative dates, never the publication date. */
  crawled: string | null;
  /** The page's level-1 headings, from its outline, in page order. */
  headings: string[];
  /** The page's `<title>`: the first line of its content. */
  pageTitle: string | null;
  /** Index of the raw text's line where the page's own lines start (after "## Content"). */
  contentStart: number;
}

/** Lines of a capture's metadata list to look through for its fields: the captures hold about a dozen. */
const MAX_METADATA_LINES = 40;
const FIELD = /^-\s+\*\*([^*]+)\*\*:\s*(.*)$/;
const OUTLINE_H1 = /^-\s+#\s+(.+)$/;

/** Reads a crawler capture's header, or null when the text is not one (it has no "## Metadata" list with a URL). */
export function readCaptureHeader(raw: string): CaptureHeader | null {
  const lines = raw.split('\n');
  const metadata = lines.slice(0, MAX_METADATA_LINES).findIndex((l) => l.trim() === '## Metadata');
  const content = lines.findIndex((l) => l.trim() === '## Content');
  if (metadata < 0 || content < metadata) return null;
  const fields = new Map<string, string>();
  let outline = false;
  const headings: string[] = [];
  for (const line of lines.slice(metadata + 1, content)) {
    const text = line.trim();
    if (/^##\s/.test(text)) outline = text === '## Page Structure';
    const field = FIELD.exec(text);
    if (field && !outline) fields.set(field[1]!.trim().toLowerCase(), field[2]!.trim());
    const heading = outline ? OUTLINE_H1.exec(line) : null;
    if (heading) headings.push(heading[1]!.trim());
  }
  if (!fields.has('url')) return null;
  const crawled = /^(\d{4}-\d{2}-\d{2})/.exec(fields.get('scraped at') ?? '')?.[1] ?? null;
  const pageTitle = lines.slice(content + 1).find((l) => l.trim() !== '');
  return {
    url: fields.get('url') || null,
    crawled,
    headings,
    pageTitle: pageTitle?.trim() ?? null,
    contentStart: content + 1,
  };
}
