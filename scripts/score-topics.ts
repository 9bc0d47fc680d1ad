/**
 * `npm run score:topics [-- --verbose]`: classifies the labelled set of `tests/quality/tagging-labels.json` through the
 * full pipeline and prints precision, recall and F1 per topic; `--verbose` also lists the articles each topic got wrong.
 */
import path from 'node:path';
import { createAnalysisContext } from '../src/analyze/index.ts';
import { DEFAULT_CONTENT_DIR } from '../src/build/index.ts';
import { measureTopics } from '../src/classify/index.ts';
import { loadTaxonomy } from '../src/taxonomy/index.ts';
import { classifyLabelled, LABELLED_TOPICS } from '../tests/helpers/labelled.ts';

const percent = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const context = createAnalysisContext(loadTaxonomy(path.join(DEFAULT_CONTENT_DIR, 'taxonomy'), 'content/taxonomy'), {
    retrieved: null,
  });
  const cases = classifyLabelled(context);
  const scores = measureTopics(cases, LABELLED_TOPICS);
  console.log(`${cases.length} labelled articles\n`);
  console.log(`${'topic'.padEnd(24)} precision  recall      F1   tp  fp  fn`);
  for (const s of scores) {
    console.log(
      `${s.topic.padEnd(24)} ${percent(s.precision)}  ${percent(s.recall)} ${percent(s.f1)}  ${String(s.truePositives).padStart(3)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}`,
    );
  }
  if (!verbose) return;
  for (const s of scores) {
    for (const file of s.extra) console.log(`${s.topic}: found but not labelled: ${file}`);
    for (const file of s.missed) console.log(`${s.topic}: labelled but missed: ${file}`);
  }
}

main();
