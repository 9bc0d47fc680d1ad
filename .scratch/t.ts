import { readFileSync } from 'node:fs';
import { analyzeText } from '../tests/helpers/pipeline.ts';
for (const f of process.argv.slice(2)) {
  const a = analyzeText(readFileSync(f, 'utf8'), f.split('/').pop());
  console.log(f.split('/').pop(), a.words);
  for (const t of a.topics) console.log('  ', t.id, t.score, t.threshold, t.terms.map((x) => `${x.phrase}x${x.count}(${x.points})`).join(', '));
}
