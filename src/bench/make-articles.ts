/**
 * Bench: archives of any size made from real articles (a corpus folder whose files have the headline on line 1,
 * a blank line, then the body). Corpus articles are used as they are while they last; beyond the corpus's size
 * (and in place of a corpus article that repeats an earlier one), an article is a new story put together from
 * thirds of three corpus articles, its headline numbered. Each body is checked against the earlier ones with the
 * build's own duplicate index, so the build publishes nearly every generated article as a story of its own
 * (99.3 % at 10,000: extraction trims a few bodies into near copies), about as many pages as the baseline builds.
 * Every article gets a date from a spread of twenty years. Touches the disk.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addToIndex, createDuplicateIndex, findDuplicates, fingerprintText } from '../dedupe/index.ts';

/** Corpus folders in the "headline, blank line, body" layout (the scraped pages are raw and left out). */
const BENCH_CORPUS_FOLDERS = ['bbc-news-2004-2005', 'reuters-21578', 'ukraine-crisis-2014'];
/** First day of the generated dates, and how many days they spread over (20 years). */
const FIRST_DAY = Date.UTC(2006, 0, 1);
const DAY_SPREAD = 365 * 20;
/** A prime step, so consecutive articles land on far-apart days. */
const DAY_STEP = 7919;
/** A prime distance between the corpus articles a generated body is put together from. */
const MIX_STEP = 1009;

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

/** The `part`-th of three consecutive runs of the lines of `body`, or of its words when it has fewer than three lines. */
function thirdOf(body: string, part: number): string {
  const lines = body.split('\n').filter((line) => line.trim());
  const [pieces, separator] = lines.length >= 3 ? [lines, '\n'] : [body.split(/\s+/), ' '];
  const size = Math.ceil(pieces.length / 3);
  return pieces.slice(part * size, (part + 1) * size).join(separator);
}

/** Attempts at a mix that begins with article `n`'s own first third, before the first third is taken from another. */
const OWN_START_ATTEMPTS = 8;

/**
 * Body number `attempt` for article `n`: the corpus article itself first, then mixes of thirds of three. Some
 * corpus articles begin like many others (wire results tables): after a few attempts the first third changes too.
 */
function candidateBody(corpus: CorpusArticle[], n: number, attempt: number): string {
  const at = (offset: number) => corpus[(n + offset) % corpus.length]!.body;
  if (attempt === 0) return at(0);
  const first = attempt < OWN_START_ATTEMPTS ? 0 : attempt * 7;
  return [thirdOf(at(first), 0), thirdOf(at(attempt * MIX_STEP), 1), thirdOf(at(attempt * MIX_STEP * 2 + 1), 2)].join(
    '\n\n',
  );
}

export interface BenchArticles {
  /** The file name and text of the next article: headline, blank line, ISO date, blank line, body. */
  next(): { file: string; text: string };
}

/** The articles of a bench archive, in order; article `n` is the same in every run. */
export function createBenchArticles(corpus: CorpusArticle[]): BenchArticles {
  const seen = createDuplicateIndex<number>();
  let n = 0;
  return {
    next() {
      const round = Math.floor(n / corpus.length);
      let attempt = round;
      let body = candidateBody(corpus, n, attempt);
      let fingerprint = fingerprintText(body);
      while (findDuplicates(seen, fingerprint).length) {
        body = candidateBody(corpus, n, ++attempt);
        fingerprint = fingerprintText(body);
      }
      addToIndex(seen, n, fingerprint);
      const day = new Date(FIRST_DAY + ((n * DAY_STEP) % DAY_SPREAD) * 86_400_000).toISOString().slice(0, 10);
      const headline = `${corpus[n % corpus.length]!.headline}${attempt ? ` (no. ${n + 1})` : ''}`;
      const article = { file: benchArticleFile(n), text: `${headline}\n\n${day}\n\n${body}\n` };
      n++;
      return article;
    },
  };
}

/** The file name of generated article `n`. */
export function benchArticleFile(n: number): string {
  return `bench-${String(n).padStart(6, '0')}.txt`;
}

/** Writes the first `count` articles of `articles` into `articlesDir`. */
export function writeBenchArticles(articles: BenchArticles, count: number, articlesDir: string): void {
  mkdirSync(articlesDir, { recursive: true });
  for (let n = 0; n < count; n++) {
    const { file, text } = articles.next();
    writeFileSync(path.join(articlesDir, file), text);
  }
}

/** Edits generated article `n` the way an archivist fixes a text: one more sentence at the end. */
export function editBenchArticle(articlesDir: string, n: number, edit: number): void {
  appendFileSync(
    path.join(articlesDir, benchArticleFile(n)),
    `\nCorrection ${edit}: an earlier version of this article misspelt a name.\n`,
  );
}
