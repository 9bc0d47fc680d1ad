/**
 * `npm run score:tagging [-- --errors]`: precision, recall and F1 of primary countries, mentioned countries and actors
 * on the labelled set (tests/quality/tagging-labels.json), through the full pipeline. `--errors` lists every miss.
 */
import path from 'node:path';
import { createAnalysisContext } from '../src/analyze/index.ts';
import { DEFAULT_CONTENT_DIR } from '../src/build/index.ts';
import { loadTaxonomy } from '../src/taxonomy/index.ts';
import { scoreLabelledSet } from '../tests/quality/labelled-set.ts';
import type { Score } from '../tests/quality/score-tagging.ts';

const pct = (x: number) => x.toFixed(3);
const line = (name: string, s: Score) =>
  `${name.padEnd(20)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`;

function main(): void {
  const taxonomy = loadTaxonomy(path.join(DEFAULT_CONTENT_DIR, 'taxonomy'), 'content/taxonomy');
  const result = scoreLabelledSet(createAnalysisContext(taxonomy, { retrieved: null }));
  const out = [
    line('primary countries', result.scores.primaryCountries),
    line('mentioned countries', result.scores.mentionedCountries),
    line('actors', result.scores.actors),
    `actors are scored on labelled ids that exist in the actors file; ${result.unknownActorIds.length} labelled ids are not in it` +
      (result.unknownActorIds.length ? `: ${result.unknownActorIds.join(', ')}` : ''),
    `discovered actors (not scored above): ${result.discovered.length}, of which ${result.discovered.filter((d) => d.labelled).length} in the labels' otherActors`,
  ];
  if (process.argv.includes('--errors')) {
    for (const e of result.errors) out.push(`  ${e.error.padEnd(7)} ${e.kind.padEnd(18)} ${e.id.padEnd(28)} ${e.file}`);
    for (const d of result.discovered)
      out.push(`  discovered ${d.labelled ? '(labelled)' : '          '} ${d.name.padEnd(28)} ${d.file}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
