/**
 * `npm run agreement:tagging [-- --against-labels FILE]`: how far the two labellers of the corpus set agree on the
 * articles both labelled (tests/quality/tagging/labeller-a.json and labeller-b.json, as they delivered them): F1 of one
 * labelling against the other per kind of tag (symmetric, pooled over the articles), and per topic the agreement and
 * Cohen's kappa. With `--against-labels FILE` (a later labeller's file in the same folder), FILE's records of articles
 * that the first two labellers labelled against their adjudicated records in `labels.json` (A the adjudicated record,
 * B the later labeller's), which that labeller did not see.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/build/index.ts';
import { scoreCounts } from '../src/quality/precision-recall.ts';
import { comparableName } from '../src/tag/names.ts';
import { actorIdsByName, type TaggingLabel } from '../src/quality/score-tagging.ts';
import { LABELLED_TOPICS } from '../src/quality/labelled-topics.ts';
import { loadTaxonomy } from '../src/taxonomy/index.ts';

const DIR = path.join(REPO_ROOT, 'tests', 'quality', 'tagging');
const read = (name: string) => JSON.parse(readFileSync(path.join(DIR, name), 'utf8')) as TaggingLabel[];

/**
 * The actors file's ids by name: a name labelled in `otherActors` that the actors file lists is that actor, as the
 * scorer reads it (a label written before the file listed the actor, or written by its name).
 */
const idsByName = actorIdsByName(loadTaxonomy(path.join(REPO_ROOT, 'content', 'taxonomy'), 'content/taxonomy').actors);

/** The tags of one kind in a label, as comparable strings. */
const KINDS: Record<string, (l: TaggingLabel) => string[]> = {
  'primary countries': (l) => l.primaryCountries,
  'mentioned countries': (l) => l.mentionedCountries,
  'actors (ids)': (l) => l.actors,
  'actors (other, by name)': (l) => l.otherActors.map(comparableName),
  'actors (all)': (l) => [...l.actors, ...l.otherActors.map(comparableName)],
  'actors (all, ids by name)': (l) => [
    ...l.actors,
    ...l.otherActors.map((name) => idsByName.get(comparableName(name)) ?? comparableName(name)),
  ],
};

function kappa(both: number, onlyA: number, onlyB: number, neither: number): number {
  const n = both + onlyA + onlyB + neither;
  const observed = (both + neither) / n;
  const expected = ((both + onlyA) * (both + onlyB) + (neither + onlyA) * (neither + onlyB)) / (n * n);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

function main(): void {
  const at = process.argv.indexOf('--against-labels');
  const [first, second] = [read('labeller-a.json'), read('labeller-b.json')];
  const fromFirstTwo = new Set([...first, ...second].map((l) => l.file));
  const [labelsA, nameB] =
    at < 0
      ? [first, 'labeller-b.json']
      : [read('labels.json').filter((l) => fromFirstTwo.has(l.file)), process.argv[at + 1]!];
  const a = new Map(labelsA.map((l) => [l.file, l]));
  const pairs = read(nameB).flatMap((b) => (a.has(b.file) ? [[a.get(b.file)!, b] as const] : []));
  const out = [
    at < 0
      ? `${pairs.length} articles labelled by both labellers`
      : `${pairs.length} articles of ${nameB} against their adjudicated records in labels.json (A: labels.json, B: ${nameB})`,
  ];
  for (const [name, tags] of Object.entries(KINDS)) {
    let tp = 0;
    let onlyA = 0;
    let onlyB = 0;
    let same = 0;
    for (const [la, lb] of pairs) {
      const ta = new Set(tags(la));
      const tb = new Set(tags(lb));
      const common = [...ta].filter((t) => tb.has(t)).length;
      tp += common;
      onlyA += ta.size - common;
      onlyB += tb.size - common;
      if (common === ta.size && common === tb.size) same++;
    }
    const s = scoreCounts(tp, onlyB, onlyA);
    out.push(
      `  ${name.padEnd(26)} F1 ${s.f1.toFixed(3)}  (both ${tp}, A only ${onlyA}, B only ${onlyB}; identical in ${same} of ${pairs.length})`,
    );
  }
  for (const topic of LABELLED_TOPICS) {
    const has = (l: TaggingLabel) => l.topics.includes(topic);
    const count = (x: boolean, y: boolean) => pairs.filter(([la, lb]) => has(la) === x && has(lb) === y).length;
    const [both, onlyA, onlyB, neither] = [
      count(true, true),
      count(true, false),
      count(false, true),
      count(false, false),
    ];
    out.push(
      `  topic ${topic.padEnd(24)} agree on ${both + neither} of ${pairs.length} (both ${both}, A only ${onlyA}, B only ${onlyB}), kappa ${kappa(both, onlyA, onlyB, neither).toFixed(3)}`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
