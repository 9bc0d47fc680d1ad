/**
 * `npm run bench:tagging`: how many articles per second the tag stage handles on one core, over the corpus in
 * ../shared/corpus (relative to the repo root). Articles are read and extracted first; only tagging is timed.
 * Prints the median rate of a few runs; skips with a message when the corpus is absent.
 */
import { readScriptOptions } from '../src/cli/args.ts';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from '../src/build/index.ts';
import { extractArticle } from '../src/extract/index.ts';
import { isRejection, listArticleFiles, readArticle } from '../src/read/index.ts';
import { compileTaxonomy, createDocument, tagArticle } from '../src/tag/index.ts';
import { loadDefaultTaxonomy } from '../src/taxonomy/index.ts';

// It takes no argument: a wrong one is said in one line, before any work.
readScriptOptions('npm run bench:tagging', {});

/** Timed runs over the whole corpus; the median is reported so one slow run (a GC pause, another process) does not count. */
const RUNS = 5;
const CORPUS = path.join(REPO_ROOT, '..', 'shared', 'corpus');

function main(): void {
  if (!existsSync(CORPUS)) {
    process.stdout.write('bench:tagging: no corpus at ../shared/corpus (relative to the repo root); skipped\n');
    return;
  }
  const compiled = compileTaxonomy(loadDefaultTaxonomy());
  const articles = listArticleFiles(CORPUS).files.flatMap((file) => {
    const raw = readArticle(path.basename(file), readFileSync(path.join(CORPUS, file)));
    if (isRejection(raw)) return [];
    const extracted = extractArticle(raw, { retrieved: null });
    return [{ title: extracted.title, text: extracted.text }];
  });
  const rates: number[] = [];
  let tags = 0;
  for (let run = 0; run < RUNS; run++) {
    tags = 0;
    const started = performance.now();
    for (const article of articles) {
      const result = tagArticle(createDocument(article.title, article.text), compiled);
      tags += result.countries.length + result.actors.length;
    }
    rates.push(articles.length / ((performance.now() - started) / 1000));
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(RUNS / 2)]!;
  process.stdout.write(
    `tagged ${articles.length} articles (${tags} tags) ${RUNS} times: median ${Math.round(median)} articles/s ` +
      `(runs ${rates.map((r) => Math.round(r)).join(', ')})\n`,
  );
}

main();
