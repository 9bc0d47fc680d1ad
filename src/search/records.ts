/** Search stage: the Pagefind record of each article, built from the archive model (no HTML parsing). Pure. */
import type { ArchiveArticle } from '../archive/index.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Only the title and body are searchable; tags are filters, shown in results as metadata. */
export function buildSearchRecord(article: ArchiveArticle): SearchRecord {
  const filters: Record<string, string[]> = {
    country: article.countries.filter((c) => c.primary).map((c) => c.name),
    actor: article.actors.filter((a) => !a.discovered).map((a) => a.name),
    topic: article.topics.map((t) => t.title),
    year: article.date ? [article.date.iso.slice(0, 4)] : ['Undated'],
  };
  if (article.source) filters.source = [article.source];
  return {
    url: article.url,
    content: `${article.title}\n\n${article.text}`,
    language: 'en',
    meta: {
      title: article.title,
      date: article.dateLabel,
      ...(article.source ? { source: article.source } : {}),
      topics: article.topics.map((t) => t.title).join(', '),
    },
    filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length)),
    // Undated articles sort as oldest.
    sort: { date: article.date?.iso ?? '0000-00-00' },
  };
}
