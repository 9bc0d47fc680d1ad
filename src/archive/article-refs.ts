/** Archive stage: the order of article lists, and the short reference to an article that lists hold. Pure. */
import type { ArchiveArticle, ArticleRef } from './model.ts';

/** Newest first; undated after dated, by title; ties by URL so the order never depends on input order. */
export function compareArticles(a: { date: { iso: string } | null; title: string; url: string }, b: typeof a): number {
  if (a.date && b.date)
    return b.date.iso.localeCompare(a.date.iso) || a.title.localeCompare(b.title) || a.url.localeCompare(b.url);
  if (a.date) return -1;
  if (b.date) return 1;
  return a.title.localeCompare(b.title) || a.url.localeCompare(b.url);
}

/** Each article's reference, made once: an article is listed on many pages, and the lists share it. */
const refs = new WeakMap<ArchiveArticle, ArticleRef>();

/** The reference to `article` that lists show. */
export function refOf(article: ArchiveArticle): ArticleRef {
  let ref = refs.get(article);
  if (!ref) {
    ref = {
      url: article.url,
      title: article.title,
      dateLabel: article.dateLabel,
      date: article.date?.iso ?? null,
      month: article.date && article.date.precision !== 'year' ? article.date.iso.slice(0, 7) : null,
      outlet: article.outlet?.name ?? null,
      summary: article.summary,
      topics: article.topics.map((t) => ({ id: t.id, name: t.title })),
    };
    refs.set(article, ref);
  }
  return ref;
}

/** `article` with other links (related articles, neighbours, country pages): a copy that lists refer to as to it. */
export function relinked(article: ArchiveArticle, links: Partial<ArchiveArticle>): ArchiveArticle {
  const copy = { ...article, ...links };
  refs.set(copy, refOf(article));
  return copy;
}
