import fc from 'fast-check';
import {
  adjustedRandIndex,
  bcubedScores,
  buildContingencyTable,
  extendedBcubed,
  normalizedMutualInformation,
  pairwiseScores,
} from '../../src/evaluation/index.js';

/** Two aligned random labellings of the same documents. */
const labellings = fc
  .integer({ min: 0, max: 30 })
  .chain((n) => fc.tuple(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n })));

describe('metric invariants (property-based)', () => {
  it('all scores stay in range, and swapping sides swaps precision and recall', () => {
    fc.assert(
      fc.property(labellings, ([predicted, gold]) => {
        const table = buildContingencyTable(predicted, gold);
        const swapped = buildContingencyTable(gold, predicted);
        const pairwise = pairwiseScores(table);
        const bcubed = bcubedScores(table);
        for (const value of [pairwise.precision, pairwise.recall, pairwise.f1, bcubed.precision, bcubed.recall, normalizedMutualInformation(table)]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        expect(adjustedRandIndex(table)).toBeLessThanOrEqual(1);
        expect(adjustedRandIndex(swapped)).toBeCloseTo(adjustedRandIndex(table), 12);
        expect(normalizedMutualInformation(swapped)).toBeCloseTo(normalizedMutualInformation(table), 12);
        expect(bcubedScores(swapped).precision).toBeCloseTo(bcubed.recall, 12);
        expect(pairwiseScores(swapped).precision).toBe(pairwise.recall);
      }),
    );
  });

  it('identical partitions score 1 everywhere', () => {
    fc.assert(
      fc.property(labellings, ([labels]) => {
        const table = buildContingencyTable(labels, labels.map((label) => `event-${label}`));
        expect(pairwiseScores(table).f1).toBe(1);
        expect(bcubedScores(table).f1).toBeCloseTo(1, 12);
        expect(adjustedRandIndex(table)).toBe(1);
        expect(normalizedMutualInformation(table)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('extended BCubed equals standard BCubed on hard clusterings', () => {
    fc.assert(
      fc.property(labellings, ([predicted, gold]) => {
        const hard = bcubedScores(buildContingencyTable(predicted, gold));
        const extended = extendedBcubed(predicted.map((cluster, i) => ({ clusters: [`c${cluster}`], categories: [`g${gold[i]}`] })));
        expect(extended.precision).toBeCloseTo(hard.precision, 12);
        expect(extended.recall).toBeCloseTo(hard.recall, 12);
      }),
    );
  });
});
