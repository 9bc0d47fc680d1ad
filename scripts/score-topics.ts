/**
 * `npm run score:topics [-- --verbose]`: classifies the labelled articles through the full pipeline and prints
 * precision, recall and F1 per topic, on the tuning part and, apart, on the held-out part
 * (src/quality/labelled-set.ts: the full labels and the topic-only ones); `--verbose` also lists the tuning articles each topic got wrong (held-out misses
 * are not listed, so that nobody tunes on them).
 */
import { readScriptOptions } from '../src/cli/args.ts';
import { createDefaultAnalysisContext } from '../src/analyze/index.ts';
import { measureTopics } from '../src/classify/index.ts';
import { classifyLabelled, LABELLED_TOPICS } from '../src/quality/labelled-topics.ts';
import { topicLabelParts } from '../src/quality/labelled-set.ts';

/** The script's options: a wrong one is said in one line, before any work. */
const options = readScriptOptions('npm run score:topics', { verbose: { type: 'boolean' } });

const percent = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

function main(): void {
  const verbose = options.verbose;
  const context = createDefaultAnalysisContext();
  const parts = topicLabelParts();
  const named = [
    { name: 'tuning', labels: parts.tuning },
    { name: 'held-out', labels: parts.heldOut },
  ];
  for (const part of named) {
    if (!part.labels.length) {
      console.log(`${part.name}: no articles (the corpus set needs ../shared/corpus beside the repo)`);
      continue;
    }
    const cases = classifyLabelled(part.labels, context);
    const scores = measureTopics(cases, LABELLED_TOPICS);
    console.log(`${part.name === 'held-out' ? 'HELD-OUT (never tuned on)' : 'tuning'}: ${cases.length} articles`);
    console.log(`  ${'topic'.padEnd(24)} precision  recall      F1   tp  fp  fn`);
    for (const s of scores) {
      console.log(
        `  ${s.topic.padEnd(24)} ${percent(s.precision)}  ${percent(s.recall)} ${percent(s.f1)}  ${String(s.truePositives).padStart(3)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}`,
      );
    }
    if (!verbose || part.name === 'held-out') continue;
    for (const s of scores) {
      for (const file of s.extra) console.log(`  ${s.topic}: found but not labelled: ${file}`);
      for (const file of s.missed) console.log(`  ${s.topic}: labelled but missed: ${file}`);
    }
  }
}

main();
