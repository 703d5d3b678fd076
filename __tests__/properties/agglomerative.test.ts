import fc from 'fast-check';
import { agglomerative } from '../../src/clustering/agglomerative.js';
import { PairList, type ScoredPair } from '../../src/clustering/pairList.js';
import type { Linkage } from '../../src/options.js';
import { topNeighbours } from '../../src/similarity/candidates.js';
import { RUNS } from './arbitraries.js';

/**
 * The heap-and-linked-list agglomerative clustering (typed arrays, built for millions of pairs)
 * against the textbook algorithm on random sparse pair lists: recompute every cluster pair's
 * linkage from the pair matrix (missing pairs count 0), merge the best (ties: smaller cluster
 * ids, a cluster being named by its smallest member) while it reaches the threshold.
 */
function reference(n: number, pairs: readonly ScoredPair[], threshold: number, linkage: Linkage): number[][] {
  const score = new Map<string, number>(); // pairs are distinct: one score per key
  for (const { a, b, score: s } of pairs) score.set(a < b ? `${a}:${b}` : `${b}:${a}`, s);
  const clusters: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const link = (x: number[], y: number[]): number => {
    const values: number[] = [];
    let present = 0;
    for (const p of x) {
      for (const q of y) {
        const key = p < q ? `${p}:${q}` : `${q}:${p}`;
        values.push(score.get(key) ?? 0);
        present += score.has(key) ? 1 : 0;
      }
    }
    if (linkage === 'single') return Math.max(...values);
    if (linkage === 'complete') return present < values.length ? 0 : Math.min(...values);
    return values.reduce((s, v) => s + v, 0) / values.length;
  };
  for (;;) {
    let best: { x: number; y: number; s: number } | undefined;
    for (let x = 0; x < clusters.length; x++) {
      for (let y = x + 1; y < clusters.length; y++) {
        const s = link(clusters[x] as number[], clusters[y] as number[]);
        if (s >= threshold && s > 0 && (best === undefined || s > best.s)) best = { x, y, s }; // ties: the first (x, y)
      }
    }
    if (best === undefined) break;
    clusters[best.x] = [...(clusters[best.x] as number[]), ...(clusters[best.y] as number[])].sort((p, q) => p - q);
    clusters.splice(best.y, 1);
  }
  return clusters.sort((p, q) => (p[0] as number) - (q[0] as number));
}

// Scores are multiples of 1/1024: sums of them are exact whatever the order of addition, so the
// two algorithms see bit-identical linkages, and ties (common on this grid) must be broken the
// same way, by cluster ids. (No chain(): fast-check shrinks a plain tuple quickly.)
const pairLists = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.tuple(fc.nat(8), fc.nat(8), fc.integer({ min: 10, max: 1024 })), { maxLength: 30 }))
  .map(([n, raw]) => {
    const seen = new Set<string>();
    const pairs: ScoredPair[] = [];
    for (const [p, q, s] of raw) {
      const [a, b] = [p % n, q % n];
      const key = a < b ? `${a}:${b}` : `${b}:${a}`;
      if (a === b || seen.has(key)) continue;
      seen.add(key);
      pairs.push({ a, b, score: s / 1024 });
    }
    return { n, pairs };
  });

describe('agglomerative clustering (property-based)', () => {
  test.each(['average', 'single', 'complete'] as const)('%s linkage gives the clusters of the textbook algorithm', (linkage) => {
    fc.assert(
      fc.property(pairLists, fc.integer({ min: 1, max: 64 }), ({ n, pairs }, sixtyFourths) => {
        const threshold = sixtyFourths / 64;
        expect(agglomerative(n, pairs, threshold, linkage).clusters).toEqual(reference(n, pairs, threshold, linkage));
      }),
      { numRuns: RUNS },
    );
  });

  test('takes a PairList or objects alike, and a PairList keeps every pair past its first capacity', () => {
    fc.assert(
      fc.property(pairLists, ({ n, pairs }) => {
        const list = new PairList(1);
        for (const p of pairs) list.push(p.a, p.b, p.score);
        expect(list.toArray()).toEqual(pairs);
        expect(agglomerative(n, list, 0.3, 'average')).toEqual(agglomerative(n, pairs, 0.3, 'average'));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('candidate selection (property-based)', () => {
  test('topNeighbours keeps the same documents as sorting all of them by score, then index', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }), fc.integer({ min: 0, max: 12 }), (raw, k) => {
        // Few distinct scores: ties are common, and must go to the smaller index.
        const score = Float64Array.from(raw, (v) => v / 2);
        const touched = raw.map((_, i) => i).reverse();
        const best = new Int32Array(k);
        const kept = Array.from(best.subarray(0, topNeighbours(touched, score, best))).sort((x, y) => x - y);
        const expected = [...touched].sort((x, y) => (score[y] as number) - (score[x] as number) || x - y).slice(0, k).sort((x, y) => x - y);
        expect(kept).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });
});
