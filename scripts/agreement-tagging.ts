/**
 * `npm run agreement:tagging [-- --against-labels FILE | --topics FILE]`: how far the two labellers of the corpus set agree on the
 * articles both labelled (tests/quality/tagging/labeller-a.json and labeller-b.json, as they delivered them): F1 of one
 * labelling against the other per kind of tag (symmetric, pooled over the articles), and per topic the agreement and
 * Cohen's kappa. With `--against-labels FILE` (a later labeller's file in the same folder), FILE's records of articles
 * that the first two labellers labelled against their adjudicated records in `labels.json` (A the adjudicated record,
 * B the later labeller's), which that labeller did not see. With `--topics FILE` (a second reading of the topics alone,
 * in the same folder), FILE's records against the committed topics of the same articles in `labels.json` and
 * `topic-labels.json` (A the committed record, B FILE's): per topic the counts, kappa and F1, over all the articles, in
 * each part of the split and in each corpus folder, then every article the two readings label differently with both
 * notes.
 */
import { readScriptOptions } from '../src/cli/args.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/build/index.ts';
import { scoreCounts } from '../src/quality/precision-recall.ts';
import { comparableName } from '../src/tag/names.ts';
import { actorIdsByName, type TaggingLabel } from '../src/quality/score-tagging.ts';
import { isHeldOut } from '../src/quality/tagging-split.ts';
import { LABELLED_TOPICS } from '../src/quality/labelled-topics.ts';
import type { TopicLabel } from '../src/quality/labelled-set.ts';
import { agreementGroups, pairLabels, topicAgreement, type TopicAgreement } from '../src/quality/topic-agreement.ts';
import { loadDefaultTaxonomy } from '../src/taxonomy/index.ts';

/** The script's options: a wrong one is said in one line, before any work. */
const options = readScriptOptions('npm run agreement:tagging', {
  topics: { type: 'string' },
  'against-labels': { type: 'string' },
});

const DIR = path.join(REPO_ROOT, 'tests', 'quality', 'tagging');
const read = (name: string) => JSON.parse(readFileSync(path.join(DIR, name), 'utf8')) as TaggingLabel[];

/**
 * The actors file's ids by name: a name labelled in `otherActors` that the actors file lists is that actor, as the
 * scorer reads it (a label written before the file listed the actor, or written by its name).
 */
const idsByName = actorIdsByName(loadDefaultTaxonomy().actors);

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

const figure = (x: number | null) => (x === null ? '-' : x.toFixed(3));

/** One topic's agreement on one line: the counts, kappa, and F1 with B's precision and recall against A. */
function agreementLine(name: string, s: TopicAgreement): string {
  return (
    `  ${name.padEnd(26)} ${String(s.articles).padStart(3)} articles: both ${s.both}, A only ${s.onlyA}, ` +
    `B only ${s.onlyB}, neither ${s.neither}; kappa ${s.kappa.toFixed(3)}, F1 ${figure(s.f1)} ` +
    `(B against A: P ${figure(s.precisionOfB)}, R ${figure(s.recallOfB)})`
  );
}

/** `--topics FILE`: a second reading of the topics against the committed topic labels of the same articles. */
function topicsReport(nameB: string): string[] {
  const committed = [...read('labels.json'), ...read('topic-labels.json')] as TopicLabel[];
  const second = read(nameB) as TopicLabel[];
  const pairs = pairLabels(committed, second);
  const out = [
    `${pairs.length} articles of ${nameB} against their committed topics (A: labels.json and topic-labels.json, B: ${nameB}); ` +
      `F1 is the same whichever reading is taken as the truth`,
  ];
  for (const topic of LABELLED_TOPICS) {
    out.push(`topic ${topic}`);
    for (const group of agreementGroups(pairs)) out.push(agreementLine(group.name, topicAgreement(group.pairs, topic)));
  }
  const differing = pairs.filter(([a, b]) =>
    LABELLED_TOPICS.some((t) => a.topics.includes(t) !== b.topics.includes(t)),
  );
  out.push(`${differing.length} articles labelled differently:`);
  const topics = (label: TopicLabel) => label.topics.join(', ') || 'none';
  for (const [a, b] of differing) {
    out.push(`  ${a.file} (${isHeldOut(a.file) ? 'held-out' : 'tuning'})`);
    out.push(`    A: ${topics(a)}. ${a.note ?? ''}`, `    B: ${topics(b)}. ${b.note ?? ''}`);
  }
  return out;
}

function main(): void {
  if (options.topics !== undefined) {
    process.stdout.write(`${topicsReport(options.topics).join('\n')}\n`);
    return;
  }
  const against = options['against-labels'];
  const [first, second] = [read('labeller-a.json'), read('labeller-b.json')];
  const fromFirstTwo = new Set([...first, ...second].map((l) => l.file));
  const [labelsA, nameB] =
    against === undefined
      ? [first, 'labeller-b.json']
      : [read('labels.json').filter((l) => fromFirstTwo.has(l.file)), against];
  const pairs = pairLabels(labelsA, read(nameB)) as Array<readonly [TaggingLabel, TaggingLabel]>;
  const out = [
    against === undefined
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
    const s = topicAgreement(pairs, topic);
    out.push(
      `  topic ${topic.padEnd(24)} agree on ${s.both + s.neither} of ${pairs.length} (both ${s.both}, A only ${s.onlyA}, B only ${s.onlyB}), kappa ${s.kappa.toFixed(3)}`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
