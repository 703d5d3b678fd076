/**
 * BCubed precision, recall and F1 (Bagga & Baldwin 1998), in the extended form of Amigó, Gonzalo,
 * Artiles & Verdejo (2009), "A comparison of extrinsic clustering evaluation metrics based on
 * formal constraints", Information Retrieval 12(4).
 *
 * For every item e, precision(e) averages over the items e′ that share at least one predicted
 * cluster with e (e′ = e included) the multiplicity precision
 *   min(|C(e) ∩ C(e′)|, |L(e) ∩ L(e′)|) / |C(e) ∩ C(e′)|,
 * and recall(e) averages over the items sharing at least one gold category
 *   min(|C(e) ∩ C(e′)|, |L(e) ∩ L(e′)|) / |L(e) ∩ L(e′)|.
 * The totals average over items. For hard clusterings (one cluster and one category per item) this
 * is standard BCubed; `bcubedScores` computes that case from the contingency table in O(cells).
 *
 * Convention: with no items, precision = recall = F1 = 1 (empty partitions are identical).
 */
import type { ContingencyTable } from './contingency.js';
import { ClusteringError } from '../errors.js';
import { f1Score } from './f1.js';

export interface BcubedScores {
  precision: number;
  recall: number;
  f1: number;
}

/** One item of a possibly overlapping clustering: its predicted clusters and gold categories. */
export interface BcubedItem {
  clusters: readonly string[];
  categories: readonly string[];
}

/** Standard BCubed of a hard clustering: P = Σ n_ij² / a_i / n, R = Σ n_ij² / b_j / n. */
export function bcubedScores(table: ContingencyTable): BcubedScores {
  if (table.n === 0) return { precision: 1, recall: 1, f1: 1 };
  let precisionSum = 0;
  let recallSum = 0;
  for (const { row, column, count } of table.cells) {
    precisionSum += (count * count) / (table.rowSums[row] ?? count);
    recallSum += (count * count) / (table.columnSums[column] ?? count);
  }
  const precision = precisionSum / table.n;
  const recall = recallSum / table.n;
  return { precision, recall, f1: f1Score(precision, recall) };
}

/** A group of items with identical cluster and category sets: they score identically. */
interface Signature {
  clusters: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  count: number;
}

/**
 * Extended BCubed for overlapping clusterings and/or multi-category gold. Every item needs at
 * least one cluster and one category (otherwise the per-item averages are undefined): throws a
 * ClusteringError `INVALID_INPUT` naming the item index. Items with identical sets are grouped, so a hard clustering
 * costs O(Σ over clusters of (distinct cells in it)²), not O(n²).
 */
export function extendedBcubed(items: readonly BcubedItem[]): BcubedScores {
  if (items.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const signatures = groupSignatures(items);
  const byCluster = indexBy(signatures, (s) => s.clusters);
  const byCategory = indexBy(signatures, (s) => s.categories);
  let precisionSum = 0;
  let recallSum = 0;
  for (const s of signatures) {
    precisionSum += s.count * averageMultiplicity(s, neighbours(s.clusters, byCluster), 'clusters');
    recallSum += s.count * averageMultiplicity(s, neighbours(s.categories, byCategory), 'categories');
  }
  const precision = precisionSum / items.length;
  const recall = recallSum / items.length;
  return { precision, recall, f1: f1Score(precision, recall) };
}

function groupSignatures(items: readonly BcubedItem[]): Signature[] {
  const groups = new Map<string, Signature>();
  items.forEach((item, index) => {
    if (item.clusters.length === 0 || item.categories.length === 0) {
      throw new ClusteringError('INVALID_INPUT', `extendedBcubed: items[${index}] needs at least one cluster and one category`);
    }
    const clusters = new Set(item.clusters);
    const categories = new Set(item.categories);
    const key = JSON.stringify([[...clusters].sort(), [...categories].sort()]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { clusters, categories, count: 1 });
    else group.count += 1;
  });
  return [...groups.values()];
}

function indexBy(signatures: readonly Signature[], labels: (s: Signature) => ReadonlySet<string>): Map<string, Signature[]> {
  const index = new Map<string, Signature[]>();
  for (const s of signatures) {
    for (const label of labels(s)) {
      const list = index.get(label);
      if (list === undefined) index.set(label, [s]);
      else list.push(s);
    }
  }
  return index;
}

function neighbours(labels: ReadonlySet<string>, index: ReadonlyMap<string, Signature[]>): Set<Signature> {
  const found = new Set<Signature>();
  for (const label of labels) for (const s of index.get(label) ?? []) found.add(s);
  return found;
}

/** Mean multiplicity precision (side 'clusters') or recall (side 'categories') of `s` over its neighbours. */
function averageMultiplicity(s: Signature, others: ReadonlySet<Signature>, side: 'clusters' | 'categories'): number {
  let weighted = 0;
  let total = 0;
  for (const other of others) {
    const sharedClusters = intersectionSize(s.clusters, other.clusters);
    const sharedCategories = intersectionSize(s.categories, other.categories);
    const denominator = side === 'clusters' ? sharedClusters : sharedCategories;
    weighted += (other.count * Math.min(sharedClusters, sharedCategories)) / denominator;
    total += other.count;
  }
  return weighted / total;
}

function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let size = 0;
  for (const value of a) if (b.has(value)) size += 1;
  return size;
}
