/**
 * Adjusted Rand index (Hubert & Arabie 1985), computed as scikit-learn does from the pair
 * confusion counts: with tp, fp, fn, tn the pairs that are together in both / only the prediction /
 * only gold / neither,
 *   ARI = 2 (tp·tn − fn·fp) / ((tp + fn)(fn + tn) + (tp + fp)(fp + tn)).
 * The products are taken in BigInt so the subtraction is exact for any realistic n.
 *
 * Convention (sklearn's): when fp = fn = 0 the partitions are identical and ARI = 1; this covers
 * n = 0, n = 1, all singletons on both sides and one cluster on both sides, where the classic
 * formula divides 0 by 0. Otherwise the denominator is positive. ARI is 0 in expectation for
 * random labellings and can be negative.
 */
import type { ContingencyTable } from './contingency.js';
import { pairsOf } from './pairCounts.js';
import { pairCounts } from './pairwise.js';

export function adjustedRandIndex(table: ContingencyTable): number {
  const counts = pairCounts(table);
  const tp = BigInt(counts.truePositives);
  const fp = BigInt(counts.predictedPairs - counts.truePositives);
  const fn = BigInt(counts.goldPairs - counts.truePositives);
  if (fp === 0n && fn === 0n) return 1;
  const tn = BigInt(pairsOf(table.n)) - tp - fp - fn;
  const numerator = 2n * (tp * tn - fn * fp);
  const denominator = (tp + fn) * (fn + tn) + (tp + fp) * (fp + tn);
  return Number(numerator) / Number(denominator);
}
