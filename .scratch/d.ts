import { readFileSync } from 'node:fs';
import { analyzeText } from '../tests/helpers/pipeline.ts';
import { classifyTopics } from '../src/classify/index.ts';
const labels = JSON.parse(readFileSync('tests/quality/tagging-labels.json', 'utf8'));
const topic = process.argv[2]!;
const rows: string[] = [];
for (const l of labels) {
  const a = analyzeText(readFileSync(l.file, 'utf8'), l.file.split('/').pop());
  const t = a.topics.find((x) => x.id === topic);
  rows.push(`${(t?.score ?? 0).toFixed(2).padStart(6)} ${l.topics.includes(topic) ? 'POS' : 'neg'} ${l.file.split('/').pop()}`);
}
console.log(rows.sort().join('\n'));
