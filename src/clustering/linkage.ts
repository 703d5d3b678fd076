import type { Linkage } from '../options.js';
import { assertUnreachable } from '../errors.js';

/**
 * What two clusters know about the document pairs between them, enough to update any linkage
 * after a merge (cf. ml-hclust's agnes update rules) and to name the strongest link: the sum,
 * count, max and min of their pair scores (missing pairs count 0) and the strongest document
 * pair. Kept for every linked pair of clusters, so they live in a pool of parallel typed arrays
 * (an aggregate is an index into it), not in millions of small objects.
 */
export class LinkAggregates {
  sum: Float64Array;
  count: Int32Array;
  max: Float64Array;
  min: Float64Array;
  bestA: Int32Array;
  bestB: Int32Array;
  size = 0;

  constructor(capacity: number) {
    const n = Math.max(1, capacity);
    this.sum = new Float64Array(n);
    this.count = new Int32Array(n);
    this.max = new Float64Array(n);
    this.min = new Float64Array(n);
    this.bestA = new Int32Array(n);
    this.bestB = new Int32Array(n);
  }

  /** A new aggregate of one document pair; returns its index. */
  add(score: number, a: number, b: number): number {
    if (this.size === this.sum.length) this.grow();
    const k = this.size++;
    this.sum[k] = score;
    this.count[k] = 1;
    this.max[k] = score;
    this.min[k] = score;
    this.bestA[k] = a;
    this.bestB[k] = b;
    return k;
  }

  /** Folds aggregate `from` into aggregate `into` (the strongest pair wins; ties by smaller indices). */
  absorb(into: number, from: number): void {
    const fromMax = this.max[from] as number;
    const intoMax = this.max[into] as number;
    const fromA = this.bestA[from] as number;
    const intoA = this.bestA[into] as number;
    if (fromMax > intoMax || (fromMax === intoMax && (fromA < intoA || (fromA === intoA && (this.bestB[from] as number) < (this.bestB[into] as number))))) {
      this.bestA[into] = fromA;
      this.bestB[into] = this.bestB[from] as number;
    }
    this.sum[into] = (this.sum[into] as number) + (this.sum[from] as number);
    this.count[into] = (this.count[into] as number) + (this.count[from] as number);
    this.max[into] = Math.max(intoMax, fromMax);
    this.min[into] = Math.min(this.min[into] as number, this.min[from] as number);
  }

  /** Linkage similarity of two clusters of the given sizes linked by aggregate `k`. */
  score(linkage: Linkage, k: number, sizeA: number, sizeB: number): number {
    const pairs = sizeA * sizeB;
    switch (linkage) {
      case 'average': {
        // The mean lies between the smallest score (0 when some pairs are missing) and the
        // largest; the rounded sum can step an ulp outside. Copies of one text, whose pair scores
        // are all equal, would otherwise link a shade below their own score — and split when the
        // threshold is that score.
        const mean = (this.sum[k] as number) / pairs;
        const lowest = (this.count[k] as number) < pairs ? 0 : (this.min[k] as number);
        return Math.min(this.max[k] as number, Math.max(lowest, mean));
      }
      case 'single':
        return this.max[k] as number;
      case 'complete':
        return (this.count[k] as number) < pairs ? 0 : (this.min[k] as number);
      default:
        return assertUnreachable(linkage);
    }
  }

  private grow(): void {
    const n = this.sum.length * 2;
    const copy = <T extends Float64Array | Int32Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.sum = copy(this.sum, new Float64Array(n));
    this.count = copy(this.count, new Int32Array(n));
    this.max = copy(this.max, new Float64Array(n));
    this.min = copy(this.min, new Float64Array(n));
    this.bestA = copy(this.bestA, new Int32Array(n));
    this.bestB = copy(this.bestB, new Int32Array(n));
  }
}
