/** Counting unordered document pairs. */

/** The three pair counts behind pairwise precision and recall. */
export interface PairCounts {
  /** Pairs placed in the same predicted cluster and in the same gold event. */
  truePositives: number;
  /** Pairs placed in the same predicted cluster. */
  predictedPairs: number;
  /** Pairs in the same gold event. */
  goldPairs: number;
}

/** Number of unordered pairs among `k` items: k(k − 1)/2. Exact while k² < 2^53 (k up to about 9·10⁷). */
export function pairsOf(k: number): number {
  return (k * (k - 1)) / 2;
}

/** Σ pairsOf(k) over `sizes`. */
export function sumPairs(sizes: Iterable<number>): number {
  let total = 0;
  for (const size of sizes) total += pairsOf(size);
  return total;
}
