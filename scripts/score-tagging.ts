/**
 * `npm run score:tagging [-- --errors]`: precision, recall and F1 of primary countries, mentioned countries and actors
 * through the full pipeline, on the tuning part and, apart, on the held-out part of the labelled articles
 * (src/quality/labelled-set.ts). `--errors` lists every miss of the tuning part; held-out misses are not listed,
 * so that nobody tunes on them.
 */
import { readScriptOptions } from '../src/cli/args.ts';
import { createDefaultAnalysisContext } from '../src/analyze/index.ts';
import { corpusSetAvailable, labelParts, scoreLabels, type LabelPart } from '../src/quality/labelled-set.ts';
import { SCORE_KINDS, type Score, type ScoreKind } from '../src/quality/score-tagging.ts';

/** The script's options: a wrong one is said in one line, before any work. */
const options = readScriptOptions('npm run score:tagging', { errors: { type: 'boolean' } });

const KIND_NAMES: Record<ScoreKind, string> = {
  primaryCountries: 'primary countries',
  mentionedCountries: 'mentioned countries',
  actors: 'actors',
  knownActors: '  of which known',
};

const pct = (x: number) => x.toFixed(3);
const line = (name: string, s: Score) =>
  `  ${name.padEnd(20)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`;

function main(): void {
  const context = createDefaultAnalysisContext();
  const parts = labelParts();
  const out: string[] = [];
  for (const part of [parts.tuning, parts.heldOut] satisfies LabelPart[]) {
    if (!part.labels.length) {
      out.push(`${part.name}: no articles (the corpus set needs ../shared/corpus beside the repo)`);
      continue;
    }
    const result = scoreLabels(part.labels, context);
    out.push(`${part.name === 'held-out' ? 'HELD-OUT (never tuned on)' : 'tuning'}: ${part.labels.length} articles`);
    for (const kind of SCORE_KINDS) out.push(line(KIND_NAMES[kind], result.scores[kind]));
    if (part.name === 'tuning' && options.errors) {
      for (const e of result.errors)
        out.push(`    ${e.error.padEnd(7)} ${e.kind.padEnd(18)} ${e.id.padEnd(32)} ${e.file}`);
    }
  }
  out.push(
    'actors: known and discovered actors against the labelled ids and names (a discovered actor whose name is a ' +
      'labelled name counts as found); "of which known": ids of the actors file alone.',
  );
  if (!corpusSetAvailable()) out.push('the corpus set is not scored: ../shared/corpus or its labels are missing');
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
