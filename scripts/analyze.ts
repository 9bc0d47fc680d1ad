/**
 * `npm run --silent analyze -- PATH... [--content DIR] [--retrieved YYYY-MM-DD] [--explain]`: prints one JSON array, one
 * object per article file, in path order, with what the pipeline found. A file it cannot read carries an "error" field.
 * With --explain, each object also lists what extraction removed from the page and why (`removed`).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyzeFile, createAnalysisContext, isAnalyzed } from '../src/analyze/index.ts';
import { assignUrls } from '../src/archive/index.ts';
import { taxonomySourcesFor } from '../src/build/index.ts';
import { commonOptions, parseCommand, readArguments } from '../src/cli/args.ts';
import { listArticleFiles } from '../src/read/index.ts';
import { parseTaxonomy } from '../src/taxonomy/index.ts';
import type { AnalyzedArticle } from '../src/types.ts';

function expand(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!statSync(p, { throwIfNoEntry: false })?.isDirectory()) return [p];
    return listArticleFiles(p).files.map((f) => path.join(p, f));
  });
}

function main(): void {
  const { values, positionals, options } = readArguments('npm run analyze', () => {
    const parsed = parseCommand(process.argv.slice(2), { explain: { type: 'boolean' } });
    return { ...parsed, options: commonOptions(parsed.values) };
  });
  const context = createAnalysisContext(parseTaxonomy(taxonomySourcesFor(options.contentDir)), {
    retrieved: options.retrieved,
  });
  const results: Array<{ file: string; article?: AnalyzedArticle; error?: string }> = expand(positionals).map(
    (file) => {
      try {
        const outcome = analyzeFile(path.basename(file), readFileSync(file), context);
        return isAnalyzed(outcome) ? { file, article: outcome } : { file, error: outcome.reason };
      } catch (error) {
        return { file, error: (error as Error).message };
      }
    },
  );
  const urls = assignUrls(results.flatMap((r) => (r.article ? [r.article] : [])));
  const out = results.map(({ file, article, error }) => {
    if (!article) return { file, error };
    const url = urls.get(article)!;
    return {
      file,
      id: url.replace(/^\/articles\//, '').replace(/\/$/, ''),
      url,
      title: article.title,
      date: article.date?.iso ?? null,
      datePrecision: article.date?.precision ?? null,
      author: article.author,
      source: article.source,
      countries: article.countries.map((c) => ({ code: c.code, name: c.name, primary: c.primary })),
      actors: article.actors.map((a) => ({ id: a.id, name: a.name, type: a.type, country: a.country })),
      topics: article.topics.map((t) => ({ id: t.id, score: t.score })),
      words: article.words,
      text: article.text,
      ...(values.explain ? { dateText: article.dateText, removed: article.removed } : {}),
    };
  });
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main();
