/** Dedupe: how well a grouping of files matches labelled stories, as pairwise precision and recall. Pure. */
import { scoreCounts } from '../quality/precision-recall.ts';

export interface GroupingScore {
  /** Of the pairs of files grouped together, the share that are the same story. */
  precision: number;
  /** Of the pairs of files that are the same story, the share grouped together. */
  recall: number;
  /** Pairs grouped together that are different stories. */
  falsePairs: Array<[string, string]>;
  /** Pairs of the same story left apart. */
  missedPairs: Array<[string, string]>;
}

/**
 * Scores a grouping against labels. Both map every file to a group key; two files are a pair when they
 * share a key. Pairwise scores count each wrong or missed link, so one misplaced copy of a story of four
 * costs three pairs.
 */
export function scoreGrouping(predicted: Map<string, string>, labels: Map<string, string>): GroupingScore {
  const files = [...labels.keys()].sort();
  let both = 0;
  let groupedPairs = 0;
  let labelledPairs = 0;
  const falsePairs: Array<[string, string]> = [];
  const missedPairs: Array<[string, string]> = [];
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const a = files[i]!;
      const b = files[j]!;
      const grouped = predicted.get(a) === predicted.get(b);
      const same = labels.get(a) === labels.get(b);
      if (grouped) groupedPairs++;
      if (same) labelledPairs++;
      if (grouped && same) both++;
      else if (grouped) falsePairs.push([a, b]);
      else if (same) missedPairs.push([a, b]);
    }
  }
  const { precision, recall } = scoreCounts(both, groupedPairs - both, labelledPairs - both);
  return {
    precision,
    recall,
    falsePairs,
    missedPairs,
  };
}
