import { kmeans } from 'ml-kmeans';

/**
 * k-means (ml-kmeans, k-means++ start with a fixed seed) over each document's row of the pair-probability
 * similarity matrix: documents are near when they are similar to the same documents, so the
 * cross-language signals carry over, which plain TF-IDF vectors would lose. Deterministic for a
 * given seed; clusters are returned as sorted index arrays.
 */
export function kmeansClusters(similarity: (i: number, j: number) => number, n: number, k: number, seed: number): number[][] {
  if (n === 0) return [];
  if (k >= n) return Array.from({ length: n }, (_, i) => [i]);
  if (k === 1) return [Array.from({ length: n }, (_, i) => i)];
  const rows = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : similarity(i, j))));
  const { clusters: labels } = kmeans(rows, k, { seed, initialization: 'kmeans++', maxIterations: 300 });
  const groups = new Map<number, number[]>();
  labels.forEach((label, i) => {
    const group = groups.get(label) ?? [];
    group.push(i);
    groups.set(label, group);
  });
  return [...groups.values()];
}
