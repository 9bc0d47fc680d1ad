/** Test helpers: many small distinct articles, for archives too big to commit as fixtures. */

/** `count` Markdown articles, one a day from 2020-01-01, each with its own title and text. */
export function manyArticles(count: number, prefix = 'article'): Record<string, string> {
  const articles: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const date = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    articles[`${prefix}-${String(i).padStart(5, '0')}.md`] =
      `---\ntitle: Talks in Moscow, round ${i}\ndate: ${date}\n---\n` +
      `Russia and China held round ${i} of their talks in Moscow on Friday, said Wang Yi.\n\nSanctions were discussed at length.\n`;
  }
  return articles;
}
