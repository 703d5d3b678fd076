/**
 * Pairwise ("standard") precision, recall and F1 over unordered document pairs, as in the
 * news-clustering literature (Miranda et al. 2018; Priberam's eval script): a pair is predicted
 * when both documents share a predicted cluster and is correct when they also share a gold event.
 *
 * Conventions when a side has no pairs (all singletons, n = 0 or n = 1): a ratio whose
 * denominator is 0 is vacuously 1. So
 * - no predicted pairs → precision 1 (no wrong link was claimed);
 * - no gold pairs → recall 1 (there was nothing to find);
 * - all singletons on both sides (and n ≤ 1) → P = R = F1 = 1, the two partitions are identical;
 * - all singletons predicted but gold has pairs → P = 1, R = 0, F1 = 0;
 * - one predicted cluster but gold all singletons → P = 0, R = 1, F1 = 0.
 * F1 is 0 whenever precision or recall is 0, so the vacuous 1 never rewards a degenerate output.
 */
import type { ContingencyTable } from './contingency.js';
import { f1Score } from './f1.js';
import { type PairCounts, sumPairs } from './pairCounts.js';

export interface PairwiseScores extends PairCounts {
  precision: number;
  recall: number;
  f1: number;
}

/** Pair counts of a contingency table. */
export function pairCounts(table: ContingencyTable): PairCounts {
  return {
    truePositives: sumPairs(table.cells.map((cell) => cell.count)),
    predictedPairs: sumPairs(table.rowSums),
    goldPairs: sumPairs(table.columnSums),
  };
}

/** Precision, recall and F1 from pair counts, with the conventions above. */
export function pairwiseFromCounts(counts: PairCounts): PairwiseScores {
  const precision = counts.predictedPairs === 0 ? 1 : counts.truePositives / counts.predictedPairs;
  const recall = counts.goldPairs === 0 ? 1 : counts.truePositives / counts.goldPairs;
  return { ...counts, precision, recall, f1: f1Score(precision, recall) };
}

/** Pairwise precision, recall and F1 of a contingency table. */
export function pairwiseScores(table: ContingencyTable): PairwiseScores {
  return pairwiseFromCounts(pairCounts(table));
}
