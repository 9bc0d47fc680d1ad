/**
 * Quality: fitting a conditional logit, a linear score per candidate compared within its page by a softmax (the title
 * and header models of `src/extract/`). Fitted by gradient descent with an L2 penalty on standardised features, each
 * page weighing one; pages with no right candidate, or no wrong one, teach nothing and are left out. Deterministic.
 */
import type { StandardisedWeights } from '../extract/linear-model.ts';

/** One page's candidates as examples: each candidate's features and whether it is right. */
export interface CandidateExamples {
  features: number[][];
  right: boolean[];
}

const L2 = 0.01;
const STEPS = 800;
const LEARNING_RATE = 0.5;

/** True when the page has a right candidate and a wrong one: something to learn from. */
const teaches = (page: CandidateExamples) => page.right.some(Boolean) && page.right.some((r) => !r);

/** The weights of a conditional logit over `features` (names, in the order of each candidate's vector) fitted to `pages`. */
export function fitConditionalLogit(pages: CandidateExamples[], features: readonly string[]): StandardisedWeights {
  const used = pages.filter(teaches);
  const k = features.length;
  const rows = used.flatMap((p) => p.features);
  const mean = Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / (rows.length || 1));
  const scale = mean.map((m, j) => Math.sqrt(rows.reduce((s, r) => s + (r[j]! - m) ** 2, 0) / (rows.length || 1)) || 1);
  const standardised = used.map((p) => p.features.map((r) => r.map((v, j) => (v - mean[j]!) / scale[j]!)));
  const weights = new Array<number>(k).fill(0);
  const gradient = new Array<number>(k);
  for (let step = 0; step < STEPS; step++) {
    gradient.fill(0);
    used.forEach((page, p) => {
      const x = standardised[p]!;
      const scores = x.map((row) => row.reduce((s, v, j) => s + v * weights[j]!, 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const total = exp.reduce((a, b) => a + b, 0);
      const rightTotal = exp.reduce((a, e, c) => a + (page.right[c] ? e : 0), 0);
      // Gradient of −log P(a right candidate): the model's mean features less the right candidates' mean under it.
      x.forEach((row, c) => {
        const coefficient = exp[c]! / total - (page.right[c] ? exp[c]! / rightTotal : 0);
        for (let j = 0; j < k; j++) gradient[j]! += coefficient * row[j]!;
      });
    });
    for (let j = 0; j < k; j++)
      weights[j] = weights[j]! - LEARNING_RATE * (gradient[j]! / (used.length || 1) + L2 * weights[j]!);
  }
  return { features: [...features], mean, scale, weights };
}
