/**
 * How well pair scores agree with human judgements of pairs: Pearson's r against graded ratings
 * (the SemEval-2022 Task 8 measure) and the ROC AUC of a same/different decision.
 */
import { ClusteringError } from '../errors.js';

/** Pearson's correlation of two equally long series; NaN when either is constant or shorter than 2. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  sameLength(xs, ys);
  const n = xs.length;
  if (n < 2) return Number.NaN;
  const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / n;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/**
 * Area under the ROC curve: the probability that a random positive scores above a random
 * negative, ties counting one half (the Mann–Whitney statistic). NaN without both classes.
 */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number {
  sameLength(scores, positive);
  const order = scores.map((score, i) => ({ score, positive: positive[i] === true })).sort((a, b) => a.score - b.score);
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end < order.length && (order[end] as { score: number }).score === (order[start] as { score: number }).score) end += 1;
    const midRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) {
      if ((order[k] as { positive: boolean }).positive) {
        positives += 1;
        rankSum += midRank;
      }
    }
    start = end;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

function sameLength(a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length) throw new ClusteringError('INVALID_INPUT', `the two series differ in length (${a.length} and ${b.length})`);
}
