import fc from 'fast-check';
import { kthLargest } from '../../src/explain/explainCluster.js';
import { RUNS } from './arbitraries.js';

describe('kthLargest (the floor under a cluster label\'s top terms)', () => {
  test('equals the k-th value of a descending sort, repeats counted; −∞ when there are fewer than k', () => {
    // Weights on a coarse grid, so that ties (the case the label's tie-break is for) are common.
    const values = fc.array(fc.integer({ min: 0, max: 20 }).map((v) => v / 4), { maxLength: 60 });
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 12 }), (xs, k) => {
        const sorted = [...xs].sort((x, y) => y - x);
        expect(kthLargest(xs, k)).toBe(sorted.length < k ? Number.NEGATIVE_INFINITY : sorted[k - 1]);
      }),
      { numRuns: RUNS },
    );
  });

  test('asks for nothing when k is 0', () => {
    expect(kthLargest([1, 2, 3], 0)).toBe(Number.POSITIVE_INFINITY);
  });
});
