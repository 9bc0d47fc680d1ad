/** Classify stage: compares predicted topics with labelled ones → precision, recall and F1 per topic. Pure. */

/** One labelled article: the topics the labellers gave it and the topics the pipeline found. */
export interface LabelledPrediction {
  file: string;
  expected: string[];
  predicted: string[];
}

/** How well one topic is found over a labelled set. */
export interface TopicScore {
  topic: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Files found but not labelled with the topic. */
  extra: string[];
  /** Files labelled with the topic but not found. */
  missed: string[];
}

/** A ratio that counts as perfect when nothing was asked (no labels, no predictions). */
const ratio = (hits: number, total: number) => (total === 0 ? 1 : hits / total);

/** Precision, recall and F1 for each of `topics` over the labelled predictions. */
export function measureTopics(cases: LabelledPrediction[], topics: string[]): TopicScore[] {
  return topics.map((topic) => {
    const extra = cases.filter((c) => c.predicted.includes(topic) && !c.expected.includes(topic)).map((c) => c.file);
    const missed = cases.filter((c) => !c.predicted.includes(topic) && c.expected.includes(topic)).map((c) => c.file);
    const truePositives = cases.filter((c) => c.predicted.includes(topic) && c.expected.includes(topic)).length;
    const precision = ratio(truePositives, truePositives + extra.length);
    const recall = ratio(truePositives, truePositives + missed.length);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { topic, truePositives, falsePositives: extra.length, falseNegatives: missed.length, precision, recall, f1, extra, missed };
  });
}
