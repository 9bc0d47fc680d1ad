/** Quality: precision, recall and F1 from counts of hits, false alarms and misses, shared by every scoring script. Pure. */

export interface PrecisionRecall {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A ratio that counts as perfect when nothing was asked (no labels, no predictions). */
function ratio(hits: number, total: number): number {
  return total === 0 ? 1 : hits / total;
}

export function scoreCounts(truePositives: number, falsePositives: number, falseNegatives: number): PrecisionRecall {
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}
