/**
 * Search stage: the word table of a Pagefind index, `words.json` beside it: the words of the indexed titles and
 * texts with how often each occurs, from which the search page suggests a spelling when a search finds nothing
 * ("sanctons": did you mean "sanctions"?). Pagefind keeps its own words stemmed and in binary chunks the search
 * page cannot list, so the table is made from the same records Pagefind is given. It is loaded only for a search
 * that found nothing. Pure.
 */

/** Words shorter than this are not suggested (nor misspelt in a way worth correcting). */
const MIN_LENGTH = 3;
/** A word must occur this often in the index to be suggested: a word seen once is as likely a misspelling itself. */
const MIN_OCCURRENCES = 2;
/** The most words a table keeps, the most frequent first: enough for any reader's word, a bounded file. */
const MAX_WORDS = 50_000;

/** The words of `text` as the table counts them: runs of letters (an apostrophe inside), lowercased. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []).filter((w) => w.length >= MIN_LENGTH);
}

/** Counts the words of the texts added to it, and writes the table. */
export class WordCounter {
  private readonly counts = new Map<string, number>();

  add(text: string): void {
    for (const word of wordsOf(text)) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
  }

  /**
   * The table: each word that occurs at least twice with its count, the most frequent first (ties in the words'
   * order, so the same texts give the same bytes), at most `MAX_WORDS` of them.
   */
  table(limit = MAX_WORDS): Record<string, number> {
    const kept = [...this.counts]
      .filter(([, count]) => count >= MIN_OCCURRENCES)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .slice(0, limit);
    return Object.fromEntries(kept);
  }
}
