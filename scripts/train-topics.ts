/**
 * `npm run train:topics`: learns the term weights, the word weights and the threshold of each labelled topic from the
 * tuning part of the labelled articles only (never the held-out part), the topic-only labels' tuning articles
 * included, and writes the term weights and threshold into content/taxonomy/topics.yaml and the word weights into
 * src/classify/topic-words.json.
 * Each tuning article whose country conditions hold is an example. Its features are what each of the topic's terms
 * counted (within its cap, the headline twice, divided by the length factor), exactly as the classifier counts them,
 * and, beside them, each lower-cased word and pair of adjacent words it holds (1 when present) among those that at
 * least `MIN_ARTICLES` of the learning articles hold, the terms' own phrases left out.
 * Logistic regression with an L2 penalty, fitted by gradient descent, with the terms' weights kept at zero or above so
 * that each reads as the points a term gives, and the words' drawn towards 0 (a word weighing under
 * `SMALLEST_WORD_WEIGHT` either way is dropped). The cut comes from the out-of-fold log-odds of five-fold
 * cross-validation repeated over `FOLD_DRAWS` draws of the folds, pooled: a logistic calibration of them (Platt's)
 * turns each into a probability, and the cut is where that probability is half the best F1 any cut reaches on them
 * (for calibrated probabilities the cut that maximises F1 is half the F1 it gives: Lipton, Elkan and
 * Naryanaswamy, 2014). The calibration is fitted to every out-of-fold score, so the cut does not turn on the few
 * articles that sit near it or on which articles share a fold, as the F1 of one draw's cuts did. Each fold learns its
 * own words from its own articles. The topic's decision, weighted sum ≥ threshold, is then the model's: the script
 * writes each term's weight and the threshold back into topics.yaml in place (comments kept), removes the terms whose
 * weight comes out 0 and lists them, and prints the cross-validated F1. The prior of the terms is the weights written by hand
 * (content/taxonomy/topic-priors.json): fitting starts from them and is drawn towards them, so a term the tuning
 * articles seldom show keeps about the weight the archivist gave it. The prior is never the last run's output, so a
 * second run on the same labels writes the same files. A term new to topics.yaml enters the prior with the weight
 * written for it. Deterministic. Every tuning article is learned from.
 * With `--check`, writes nothing and exits 1 when a committed file differs from what the script would write. With
 * `--errors`, also lists, for each topic, the tuning articles its cross-validated model gets wrong (each with the
 * probability given by the model learned without its fold, in the first draw of the folds) and those in the topic its
 * conditions keep out, each with its label's note: the tuning part's errors, to read by kind before changing the model.
 */
import { readScriptOptions } from '../src/cli/args.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createAnalysisContext } from '../src/analyze/index.ts';
import { DEFAULT_CONTENT_DIR, REPO_ROOT } from '../src/build/index.ts';
import { measureTopicTerms } from '../src/classify/index.ts';
import { articleWords, type TopicWordsFile } from '../src/classify/topic-words.ts';
import {
  fitLogistic,
  fitSparseLogistic,
  logOddsOfSparse,
  type LogisticWeights,
  type SparseRow,
} from '../src/quality/fit-logistic.ts';
import { scoreCounts } from '../src/quality/precision-recall.ts';
import { sigmoid } from '../src/sigmoid.ts';
import { crossValidationFold } from '../src/quality/tagging-split.ts';
import { analyzeLabels, topicLabelParts, type TopicLabel } from '../src/quality/labelled-set.ts';
import { LABELLED_TOPICS } from '../src/quality/labelled-topics.ts';
import { writeOrCheck } from '../src/quality/write-model-file.ts';
import { createDocument } from '../src/tag/index.ts';
import { loadDefaultTaxonomy, type TopicEntry } from '../src/taxonomy/index.ts';

/** The script's options: a wrong one is said in one line, before any work. */
const options = readScriptOptions('npm run train:topics', { check: { type: 'boolean' }, errors: { type: 'boolean' } });

/**
 * L2 penalty towards the prior: the weights and threshold topics.yaml holds, one point a unit of log-odds, so a term
 * the tuning articles never or seldom show keeps about the weight the archivist gave it.
 */
const L2 = 0.05;
/** Topics learned. China–Russia relations is not: its country conditions leave too few articles to learn from. */
const LEARNED_TOPICS = LABELLED_TOPICS.filter((id) => id !== 'china-russia-relations');
const STEPS = 3000;
const LEARNING_RATE = 0.2;
const FOLDS = 5;
/**
 * How many times the cross-validation is repeated with the folds drawn anew: on the tuning part, the cut from one
 * draw's calibration moved between 0.357 and 0.369 for sanctions and between 0.293 and 0.320 for diplomacy over four
 * draws, where the cut with the best F1 of one draw moved from 0.18 to 0.28 and from 0.19 to 0.53 (2026-12-07).
 */
const FOLD_DRAWS = 5;
const CALIBRATION_STEPS = 3000;
const CALIBRATION_LEARNING_RATE = 0.5;
/** Weights below this, rounded, are 0: the term is removed. */
const SMALLEST_WEIGHT = 0.05;
/**
 * A word or pair is a feature when at least this many of the articles learned from hold it: one held by one or two
 * articles only learns those articles' labels.
 */
const MIN_ARTICLES = 3;
/**
 * A word weighing less than this either way is dropped from the model, in the folds as in the file: about half the
 * words, which move a score by hundredths (on the tuning part's folds it keeps diplomacy's F1 and raises its
 * precision, npm run train:topics).
 */
const SMALLEST_WORD_WEIGHT = 0.02;
const TOPICS_FILE = path.join(DEFAULT_CONTENT_DIR, 'taxonomy', 'topics.yaml');
const PRIORS_FILE = path.join(DEFAULT_CONTENT_DIR, 'taxonomy', 'topic-priors.json');
const WORDS_FILE = path.join(REPO_ROOT, 'src', 'classify', 'topic-words.json');

const WORDS_NOTE =
  "Each learned topic's words and pairs of adjacent words, lower-cased, with the points an article holding one gets " +
  "(once, wherever it stands), learned beside the topic's terms by npm run train:topics; the threshold in " +
  'content/taxonomy/topics.yaml is learned with them. Written by the script: do not edit by hand.';

/** The weights and threshold written by hand for each learned topic. */
interface Priors {
  note: string;
  topics: Record<string, { threshold: number; weights: Record<string, number> }>;
}

interface Example {
  label: TopicLabel;
  /** What each of the topic's terms counted, in the order of its terms. */
  terms: number[];
  /** The article's words and pairs of words (`articleWords`). */
  words: Set<string>;
  positive: boolean;
}

/** A model learned from some examples: the terms' weights, then those of its words, and its bias. */
interface TopicModel {
  model: LogisticWeights;
  /** Each word's feature, after the terms'. */
  words: Map<string, number>;
}

/** The words and pairs that at least `MIN_ARTICLES` of `examples` hold, less the terms' own phrases, in order. */
function vocabularyOf(examples: Example[], phrases: string[]): Map<string, number> {
  const held = new Map<string, number>();
  for (const e of examples) for (const word of e.words) held.set(word, (held.get(word) ?? 0) + 1);
  const terms = new Set(phrases.map((p) => p.toLowerCase()));
  const words = [...held].filter(([word, n]) => n >= MIN_ARTICLES && !terms.has(word)).map(([word]) => word);
  return new Map(words.sort().map((word, i) => [word, phrases.length + i]));
}

/** An example's features that are not 0, under a model's words. */
function rowOf(e: Example, words: Map<string, number>): SparseRow {
  const row: SparseRow = { indices: [], values: [] };
  const add = (j: number, x: number) => {
    row.indices.push(j);
    row.values.push(x);
  };
  e.terms.forEach((x, i) => {
    if (x) add(i, x);
  });
  for (const word of e.words) {
    const j = words.get(word);
    if (j !== undefined) add(j, 1);
  }
  return row;
}

/**
 * Fits the terms' non-negative weights, the words' weights and a bias to the examples, the terms starting from and
 * drawn towards their prior, the words towards 0; then drops the words that weigh under `SMALLEST_WORD_WEIGHT`.
 */
function fit(examples: Example[], termPrior: LogisticWeights, phrases: string[]): TopicModel {
  const words = vocabularyOf(examples, phrases);
  const prior = { weights: [...termPrior.weights, ...new Array<number>(words.size).fill(0)], bias: termPrior.bias };
  const model = fitSparseLogistic(
    examples.map((e) => rowOf(e, words)),
    examples.map((e) => Number(e.positive)),
    { steps: STEPS, learningRate: LEARNING_RATE, l2: L2, prior, nonNegativeFeatures: phrases.length },
  );
  for (const j of words.values()) if (Math.abs(model.weights[j]!) < SMALLEST_WORD_WEIGHT) model.weights[j] = 0;
  return { model, words };
}

/** An example and its log-odds under a model fitted without its fold. */
interface Scored {
  example: Example;
  z: number;
}

/** Each example's log-odds from a model fitted without its fold, the folds drawn by `draw`. */
function crossValidated(examples: Example[], prior: LogisticWeights, phrases: string[], draw: number): Scored[] {
  return Array.from({ length: FOLDS }, (_, k) => {
    const { model, words } = fit(
      examples.filter((e) => crossValidationFold(e.label.file, FOLDS, draw) !== k),
      prior,
      phrases,
    );
    return examples
      .filter((e) => crossValidationFold(e.label.file, FOLDS, draw) === k)
      .map((example) => ({ example, z: logOddsOfSparse(rowOf(example, words), model) }));
  }).flat();
}

const logit = (p: number) => Math.log(p / (1 - p));

/**
 * The cut on the log-odds, from out-of-fold scores pooled over draws of the folds (`positives`: the topic's articles counted
 * once in each draw, those that no score can reach included): where their calibrated probability is half the best F1 a cut
 * reaches on them.
 */
function calibratedCut(pooled: Scored[], positives: number): number {
  const sorted = [...pooled].sort((a, b) => b.z - a.z);
  let truePositives = 0;
  let bestF1 = 0;
  sorted.forEach((s, i) => {
    if (s.example.positive) truePositives++;
    if (sorted[i + 1]?.z === s.z) return;
    bestF1 = Math.max(bestF1, scoreCounts(truePositives, i + 1 - truePositives, positives - truePositives).f1);
  });
  const calibration = fitLogistic(
    pooled.map((s) => [s.z]),
    pooled.map((s) => Number(s.example.positive)),
    { steps: CALIBRATION_STEPS, learningRate: CALIBRATION_LEARNING_RATE, l2: 0, prior: { weights: [1], bias: 0 } },
  );
  const slope = calibration.weights[0]!;
  if (!(slope > 0)) throw new Error(`the out-of-fold scores do not rank the topic's articles (slope ${slope})`);
  return (logit(bestF1 / 2) - calibration.bias) / slope;
}

/** The learned weights of one topic, its threshold on the weighted sum, and the cross-validated F1 that chose it. */
interface Learned {
  weights: Map<string, number>;
  /** The words' weights, heaviest first, those dropped left out. */
  words: Record<string, number>;
  threshold: number;
  note: string;
  /** The tuning articles the cross-validated model of the first draw gets wrong at the cut, most probable first. */
  errors: Scored[];
}

/**
 * Learns one topic from its examples, the `articles` tuning articles learned from that meet the topic's conditions;
 * `unreachable` labelled articles in the topic fail them.
 */
function learnTopic(
  topic: TopicEntry,
  written: Priors['topics'][string],
  articles: number,
  examples: Example[],
  unreachable: number,
): Learned {
  const phrases = topic.terms.map((t) => t.phrase);
  const prior: LogisticWeights = { weights: phrases.map((p) => written.weights[p]!), bias: -written.threshold };
  const draws = Array.from({ length: FOLD_DRAWS }, (_, draw) => crossValidated(examples, prior, phrases, draw));
  const pooled = draws.flat();
  const positives = examples.filter((e) => e.positive).length + unreachable;
  const cut = calibratedCut(pooled, positives * FOLD_DRAWS);
  const found = pooled.filter((s) => s.example.positive && s.z >= cut).length;
  const filed = pooled.filter((s) => s.z >= cut).length;
  const cv = scoreCounts(found, filed - found, positives * FOLD_DRAWS - found);
  const { model, words } = fit(examples, prior, phrases);
  const round = (x: number) => Math.round(x * 100) / 100;
  const wordWeights = [...words]
    .map(([word, j]) => [word, Math.round(model.weights[j]! * 1000) / 1000] as const)
    .filter(([, weight]) => weight !== 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    weights: new Map(phrases.map((p, i) => [p, round(model.weights[i]!)])),
    words: Object.fromEntries(wordWeights),
    threshold: round(cut - model.bias),
    errors: draws[0]!.filter((s) => s.example.positive !== s.z >= cut).sort((a, b) => b.z - a.z),
    note:
      `weights, ${wordWeights.length} words' weights and threshold learned by npm run train:topics on ` +
      `${articles} tuning articles (${positives} in the topic, ${examples.length} meeting its conditions): ` +
      `cross-validated over ${FOLD_DRAWS} draws of the folds at probability cut ${sigmoid(cut).toFixed(2)}, ` +
      `F1 ${cv.f1.toFixed(3)} (P ${cv.precision.toFixed(3)}, R ${cv.recall.toFixed(3)})`,
  };
}

/** The phrase a term line of topics.yaml holds, unquoted. */
const TERM_LINE = /^(\s*- \{ phrase: )("[^"]*"|'[^']*'|[^,]+)(, weight: )(-?[\d.]+)(.*)$/;
const unquote = (s: string) => s.replace(/^["']|["']$/g, '');

/** Writes a topic's learned weights, threshold and note into the text of topics.yaml; returns the removed terms. */
function writeTopic(lines: string[], id: string, learned: Learned): string[] {
  const start = lines.indexOf(`- id: ${id}`);
  let end = lines.findIndex((l, i) => i > start && l.startsWith('- id: '));
  if (end < 0) end = lines.length;
  const removed: string[] = [];
  const block = lines.slice(start, end).flatMap((line) => {
    if (/^\s+# weights(, [\d]+ words' weights)? and threshold learned/.test(line)) return [];
    if (/^\s+threshold: /.test(line))
      return [`  # ${learned.note}`, line.replace(/threshold: .*/, `threshold: ${learned.threshold}`)];
    const term = TERM_LINE.exec(line);
    if (!term) return [line];
    const weight = learned.weights.get(unquote(term[2]!.trim())) ?? 0;
    if (weight < SMALLEST_WEIGHT) {
      removed.push(unquote(term[2]!.trim()));
      return [];
    }
    return [`${term[1]}${term[2]}${term[3]}${weight}${term[5]}`];
  });
  lines.splice(start, end - start, ...block);
  return removed;
}

/** Prints a topic's cross-validated errors and the articles in the topic its conditions keep out, with their notes. */
function listErrors(errors: Learned['errors'], keptOut: TopicLabel[]): void {
  const line = (kind: string, label: TopicLabel, p?: number) =>
    `  ${kind.padEnd(13)} ${p === undefined ? '    ' : p.toFixed(2)} ${label.file}: ${label.note ?? ''}\n`;
  for (const { example, z } of errors)
    process.stdout.write(line(example.positive ? 'missed' : 'filed wrongly', example.label, sigmoid(z)));
  for (const label of keptOut) process.stdout.write(line('kept out', label));
}

function main(): void {
  const taxonomy = loadDefaultTaxonomy();
  const context = createAnalysisContext(taxonomy, { retrieved: null });
  const measured = analyzeLabels(topicLabelParts().tuning, context).map(({ label, article }) => {
    const doc = createDocument(article.title, article.text);
    const tags = { countries: article.countries, actors: article.actors };
    return { label, features: measureTopicTerms(doc, tags, context.topics), words: new Set(articleWords(doc).keys()) };
  });
  const lines = readFileSync(TOPICS_FILE, 'utf8').split('\n');
  const priors = JSON.parse(readFileSync(PRIORS_FILE, 'utf8')) as Priors;
  const wordsFile: TopicWordsFile = { note: WORDS_NOTE, topics: {} };
  for (const id of LEARNED_TOPICS) {
    const topic = taxonomy.topics.find((t) => t.id === id)!;
    // A topic or term first seen takes its written threshold and weight as its prior, kept for the runs after.
    const written = (priors.topics[id] ??= { threshold: topic.threshold, weights: {} });
    for (const term of topic.terms) written.weights[term.phrase] ??= term.weight;
    const examples: Example[] = [];
    const keptOut: TopicLabel[] = [];
    for (const { label, features, words } of measured) {
      const f = features.get(id)!;
      if (f.conditionsHold) {
        const terms = topic.terms.map((t) => f.terms.get(t.phrase) ?? 0);
        examples.push({ label, terms, words, positive: label.topics.includes(id) });
      } else if (label.topics.includes(id)) keptOut.push(label);
    }
    const learned = learnTopic(topic, written, measured.length, examples, keptOut.length);
    const removed = writeTopic(lines, id, learned);
    wordsFile.topics[id] = { note: learned.note, words: learned.words };
    process.stdout.write(`${id}: ${learned.note}; threshold ${learned.threshold}\n`);
    if (removed.length) process.stdout.write(`  terms removed (weight 0): ${removed.join(', ')}\n`);
    if (options.errors) listErrors(learned.errors, keptOut);
  }
  const outputs: Array<[string, string]> = [
    [TOPICS_FILE, lines.join('\n')],
    [PRIORS_FILE, `${JSON.stringify(priors, null, 2)}\n`],
    [WORDS_FILE, `${JSON.stringify(wordsFile, null, 2)}\n`],
  ];
  writeOrCheck(outputs, 'npm run train:topics');
}

main();
