/**
 * Bench: archives of any size made from real articles (a corpus folder whose files have the headline on line 1,
 * a blank line, then the body). Articles are reused in turn with a numbered title and a spread of dates, so every
 * generated file is distinct and dated. Touches the disk.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Corpus folders in the "headline, blank line, body" layout (the scraped pages are raw and left out). */
export const BENCH_CORPUS_FOLDERS = ['bbc-news-2004-2005', 'reuters-21578', 'ukraine-crisis-2014'];
/** First day of the generated dates, and how many days they spread over (20 years). */
const FIRST_DAY = Date.UTC(2006, 0, 1);
const DAY_SPREAD = 365 * 20;
/** A prime step, so consecutive articles land on far-apart days. */
const DAY_STEP = 7919;

export interface CorpusArticle {
  headline: string;
  body: string;
}

/** Reads the corpus articles, in a stable order. */
export function readCorpus(corpusDir: string): CorpusArticle[] {
  return BENCH_CORPUS_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(corpusDir, folder))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => {
        const [headline = '', ...rest] = readFileSync(path.join(corpusDir, folder, name), 'utf8').split('\n');
        return { headline: headline.trim(), body: rest.join('\n').trim() };
      })
      .filter((a) => a.headline && a.body),
  );
}

/** The text of generated article number `n`: headline (numbered when the corpus is reused), ISO date, body. */
export function benchArticleText(corpus: CorpusArticle[], n: number): string {
  const source = corpus[n % corpus.length]!;
  const round = Math.floor(n / corpus.length);
  const day = new Date(FIRST_DAY + ((n * DAY_STEP) % DAY_SPREAD) * 86_400_000).toISOString().slice(0, 10);
  return `${source.headline}${round ? ` (${round + 1})` : ''}\n\n${day}\n\n${source.body}\n`;
}

/** The file name of generated article number `n`. */
export function benchArticleFile(n: number): string {
  return `bench-${String(n).padStart(6, '0')}.txt`;
}

/** Writes `count` generated articles into `articlesDir`. */
export function writeBenchArticles(corpus: CorpusArticle[], count: number, articlesDir: string): void {
  mkdirSync(articlesDir, { recursive: true });
  for (let n = 0; n < count; n++) writeFileSync(path.join(articlesDir, benchArticleFile(n)), benchArticleText(corpus, n));
}

/** Edits generated article `n` the way an archivist fixes a text: one more sentence at the end. */
export function editBenchArticle(articlesDir: string, n: number, edit: number): void {
  appendFileSync(path.join(articlesDir, benchArticleFile(n)), `\nCorrection ${edit}: an earlier version of this article misspelt a name.\n`);
}
