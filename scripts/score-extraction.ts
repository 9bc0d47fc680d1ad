/**
 * `npm run score:extraction [-- --verbose]`: scores the extract stage on the labelled set in
 * tests/quality/extraction/ and prints title, date, author and source accuracy and line precision and recall.
 */
import { scoreExtraction } from '../src/quality/score-extraction.ts';

const verbose = process.argv.includes('--verbose');
const { scores, misses } = scoreExtraction();
const rows: Array<[string, number]> = [
  ['title exact match', scores.title],
  ['date accuracy', scores.date],
  ['author accuracy', scores.author],
  ['source accuracy', scores.source],
  ['article-line precision', scores.linePrecision],
  ['article-line recall', scores.lineRecall],
];
for (const [label, value] of rows) process.stdout.write(`${label.padEnd(24)} ${value.toFixed(3)}\n`);
if (verbose) {
  for (const miss of misses) {
    process.stdout.write(`\n${miss.file}\n`);
    for (const field of miss.fields) process.stdout.write(`  ${field}\n`);
    for (const line of miss.lost) process.stdout.write(`  lost:   ${line.slice(0, 100)}\n`);
    for (const line of miss.leaked) process.stdout.write(`  leaked: ${line.slice(0, 100)}\n`);
  }
} else if (misses.length) {
  process.stdout.write(`\n${misses.length} cases with misses (--verbose lists them)\n`);
}
