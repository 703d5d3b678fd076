import fc from 'fast-check';
import { analyzeCollection, clusterDocuments } from '../../src/index.js';
import { collection, REFERENCE_DATE, RUNS } from './arbitraries.js';

/**
 * The fused pair similarity on random small collections: symmetric (same score, signals and
 * shared evidence either way round) and, like every signal score, within [0, 1].
 */
const REF = { referenceDate: REFERENCE_DATE };
const atLeastTwo = collection.filter((docs) => docs.length >= 2);
const sorted = (items: readonly string[]) => [...items].sort();

describe('pair similarity (property-based)', () => {
  test('is symmetric and within [0, 1], signal by signal', () => {
    fc.assert(
      fc.property(atLeastTwo, (docs) => {
        const result = clusterDocuments(docs, REF);
        for (const [i, a] of docs.entries()) {
          for (const b of docs.slice(i)) {
            const ab = result.evidence(a.id, b.id);
            const ba = result.evidence(b.id, a.id);
            expect(ab.score).toBeGreaterThanOrEqual(0);
            expect(ab.score).toBeLessThanOrEqual(1);
            expect(ba.score).toBeCloseTo(ab.score, 12);
            expect(ba.dateConflict).toBe(ab.dateConflict);
            expect(ba.eventGapDays).toBe(ab.eventGapDays);
            for (const signal of ab.signals) {
              const other = ba.signals.find((s) => s.signal === signal.signal);
              if (signal.score === null) {
                expect(other?.score).toBeNull();
              } else {
                expect(signal.score).toBeGreaterThanOrEqual(0);
                expect(signal.score).toBeLessThanOrEqual(1);
                expect(other?.score).toBeCloseTo(signal.score, 12);
              }
            }
            expect(sorted(ba.sharedEntities)).toEqual(sorted(ab.sharedEntities));
            expect(sorted(ba.sharedDates)).toEqual(sorted(ab.sharedDates));
            expect(sorted(ba.sharedNumbers)).toEqual(sorted(ab.sharedNumbers));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('analyzeCollection gives the same evidence as clusterDocuments for every pair', () => {
    fc.assert(
      fc.property(atLeastTwo, (docs) => {
        const clustered = clusterDocuments(docs, REF);
        const analyzed = analyzeCollection(docs, REF);
        const [a, b] = docs;
        if (a === undefined || b === undefined) return;
        expect(analyzed.evidence(a.id, b.id)).toEqual(clustered.evidence(a.id, b.id));
      }),
      { numRuns: RUNS },
    );
  });

  test('cluster cohesion is a mean of pair scores, so it stays within [0, 1]', () => {
    fc.assert(
      fc.property(collection, (docs) => {
        for (const cluster of clusterDocuments(docs, REF).clusters) {
          expect(cluster.cohesion).toBeGreaterThanOrEqual(0);
          expect(cluster.cohesion).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
