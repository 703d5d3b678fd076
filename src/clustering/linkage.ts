import type { Linkage } from '../options.js';
import { assertUnreachable } from '../errors.js';

/**
 * What two clusters know about the document pairs between them, enough to update any linkage
 * after a merge (cf. ml-hclust's agnes update rules) and to name the strongest link.
 */
export interface LinkAggregate {
  /** Sum of pair scores (missing pairs count 0). */
  sum: number;
  /** Number of pairs with a score. */
  count: number;
  max: number;
  min: number;
  /** The strongest document pair (indices) between the two clusters. */
  bestA: number;
  bestB: number;
}

export function pairAggregate(score: number, a: number, b: number): LinkAggregate {
  return { sum: score, count: 1, max: score, min: score, bestA: a, bestB: b };
}

export function mergeAggregates(x: LinkAggregate | undefined, y: LinkAggregate | undefined): LinkAggregate {
  if (x === undefined) return y as LinkAggregate;
  if (y === undefined) return x;
  const best = y.max > x.max || (y.max === x.max && (y.bestA < x.bestA || (y.bestA === x.bestA && y.bestB < x.bestB))) ? y : x;
  return { sum: x.sum + y.sum, count: x.count + y.count, max: Math.max(x.max, y.max), min: Math.min(x.min, y.min), bestA: best.bestA, bestB: best.bestB };
}

/** Linkage similarity of two clusters of the given sizes; pairs without a score count as 0. */
export function linkageScore(linkage: Linkage, agg: LinkAggregate, sizeA: number, sizeB: number): number {
  const pairs = sizeA * sizeB;
  switch (linkage) {
    case 'average':
      return agg.sum / pairs;
    case 'single':
      return agg.max;
    case 'complete':
      return agg.count < pairs ? 0 : agg.min;
    default:
      return assertUnreachable(linkage);
  }
}
