/**
 * Normalised mutual information with the arithmetic-mean normaliser, scikit-learn's default
 * (`average_method='arithmetic'`, equal to the V-measure with β = 1):
 *   NMI = I(C; L) / ((H(C) + H(L)) / 2),
 * natural logarithms (the base cancels out).
 *
 * Conventions (sklearn's): when both partitions have a single block (also n = 1) or there are no
 * documents, NMI = 1: neither labelling splits the data, so they agree. Otherwise, when the mutual
 * information is 0 (e.g. one side is a single block and the other is not) NMI = 0. Floating-point
 * error can push the ratio a few ulps above 1; it is capped at 1, the mathematical bound.
 */
import type { ContingencyTable } from './contingency.js';

export function normalizedMutualInformation(table: ContingencyTable): number {
  const rows = table.rowSums.length;
  const columns = table.columnSums.length;
  if ((rows === 1 && columns === 1) || (rows === 0 && columns === 0)) return 1;
  const mutual = mutualInformation(table);
  if (mutual === 0) return 0;
  const normaliser = (entropy(table.rowSums, table.n) + entropy(table.columnSums, table.n)) / 2;
  return Math.min(1, mutual / normaliser);
}

/** I(C; L) = Σ (n_ij / n) · ln(n · n_ij / (a_i · b_j)), clipped at 0 against rounding. */
export function mutualInformation(table: ContingencyTable): number {
  const { n } = table;
  let sum = 0;
  for (const { row, column, count } of table.cells) {
    const a = table.rowSums[row] ?? count;
    const b = table.columnSums[column] ?? count;
    sum += (count / n) * (Math.log(n) + Math.log(count) - Math.log(a) - Math.log(b));
  }
  return Math.max(0, sum);
}

/** Shannon entropy (nats) of a partition given its block sizes. */
export function entropy(sizes: readonly number[], n: number): number {
  let sum = 0;
  for (const size of sizes) if (size > 0) sum -= (size / n) * Math.log(size / n);
  return sum;
}
