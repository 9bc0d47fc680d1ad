/** The logistic function: the probability of yes for the log-odds `z`, as every learned model and its fitter read it. Pure. */
export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
