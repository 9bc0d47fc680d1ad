/** Classify stage: compares predicted topics with labelled ones → precision, recall and F1 per topic. Pure. */
import { scoreCounts, type PrecisionRecall } from '../quality/precision-recall.ts';

/** One labelled article: the topics the labellers gave it and the topics the pipeline found. */
export interface LabelledPrediction {
  file: string;
  expected: string[];
  predicted: string[];
}

/** How well one topic is found over a labelled set. */
export interface TopicScore extends PrecisionRecall {
  topic: string;
  /** Files found but not labelled with the topic. */
  extra: string[];
  /** Files labelled with the topic but not found. */
  missed: string[];
}

/** Precision, recall and F1 for each of `topics` over the labelled predictions. */
export function measureTopics(cases: LabelledPrediction[], topics: string[]): TopicScore[] {
  return topics.map((topic) => {
    const extra = cases.filter((c) => c.predicted.includes(topic) && !c.expected.includes(topic)).map((c) => c.file);
    const missed = cases.filter((c) => !c.predicted.includes(topic) && c.expected.includes(topic)).map((c) => c.file);
    const truePositives = cases.filter((c) => c.predicted.includes(topic) && c.expected.includes(topic)).length;
    return { topic, ...scoreCounts(truePositives, extra.length, missed.length), extra, missed };
  });
}
