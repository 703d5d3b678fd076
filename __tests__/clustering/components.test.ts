import fc from 'fast-check';
import { agglomerative, agglomerativeOver } from '../../src/clustering/agglomerative.js';
import { pairsWithinComponents } from '../../src/clustering/components.js';
import { PairList } from '../../src/clustering/pairList.js';

const listOf = (pairs: readonly [number, number, number][]) => PairList.from(pairs.map(([a, b, score]) => ({ a, b, score })));

describe('pairs that can take part in a merge (connected components at the threshold)', () => {
  test('keeps every pair inside a component, low ones included, and drops the pairs between components', () => {
    // Components at 0.5: {0, 1, 2} (0–1 and 1–2 reach it) and {3, 4}; 5 is alone.
    const pairs = listOf([[0, 1, 0.9], [1, 2, 0.6], [0, 2, 0.1], [3, 4, 0.7], [2, 3, 0.4], [4, 5, 0.2], [1, 5, 0.45]]);
    expect(pairsWithinComponents(6, pairs, 0.5).toArray()).toEqual([
      { a: 0, b: 1, score: 0.9 },
      { a: 1, b: 2, score: 0.6 },
      { a: 0, b: 2, score: 0.1 },
      { a: 3, b: 4, score: 0.7 },
    ]);
  });

  test('hands back the same list when nothing can be dropped', () => {
    const pairs = listOf([[0, 1, 0.9], [1, 2, 0.2]]);
    expect(pairsWithinComponents(3, pairs, 0.1)).toBe(pairs);
    expect(pairsWithinComponents(3, pairs, 0.5).length).toBe(1);
  });

  test('a pair that reaches the threshold exactly joins its documents (the merge test is ≥)', () => {
    expect(pairsWithinComponents(3, listOf([[0, 1, 0.3], [1, 2, 0.2999], [0, 2, 0.1]]), 0.3).toArray()).toEqual([{ a: 0, b: 1, score: 0.3 }]);
  });

  // Random pair lists with many ties (scores on a coarse grid) and duplicate pairs, which the
  // clustering folds together: leaving out the pairs between components must change nothing —
  // clusters, merge records and their order — for every linkage.
  const pairLists = fc.integer({ min: 1, max: 14 }).chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: 10 })), { maxLength: 40 }),
      fc.integer({ min: 0, max: 10 }),
    ),
  );

  test.each(['average', 'single', 'complete'] as const)('%s linkage: same clusters and merges as over every pair (property)', (linkage) => {
    fc.assert(
      fc.property(pairLists, ([n, raw, cut]) => {
        const pairs = raw.filter(([a, b]) => a !== b).map(([a, b, s]) => ({ a, b, score: s / 10 }));
        const threshold = cut / 10;
        const filtered = agglomerative(n, pairs, threshold, linkage);
        const everyPair = agglomerativeOver(n, pairs, threshold, linkage);
        expect(filtered.clusters).toEqual(everyPair.clusters);
        expect([...filtered.merges]).toEqual([...everyPair.merges]);
      }),
      { numRuns: 300 },
    );
  });
});
