import { buildContingencyTable, pairwiseFromCounts, pairwiseScores } from '../../src/evaluation/index.js';
import { EXAMPLE_A, N4 } from './cases.js';

describe('pairwiseScores', () => {
  it('scores EXAMPLE_A by hand', () => {
    // TP = C(2,2) [a,b] + C(2,2) [d,e] = 2; predicted pairs = C(3,2) + C(2,2) = 4;
    // gold pairs = C(2,2) + C(4,2) = 7. P = 2/4, R = 2/7, F1 = 2·(1/2)(2/7)/(1/2 + 2/7) = 4/11.
    const scores = pairwiseScores(buildContingencyTable(EXAMPLE_A.predicted, EXAMPLE_A.gold));
    expect(scores).toMatchObject({ truePositives: 2, predictedPairs: 4, goldPairs: 7 });
    expect(scores.precision).toBeCloseTo(0.5, 12);
    expect(scores.recall).toBeCloseTo(2 / 7, 12);
    expect(scores.f1).toBeCloseTo(4 / 11, 12);
  });

  // Convention: a ratio over zero pairs is vacuously 1; F1 is 0 when P or R is 0.
  it.each([
    ['all singletons both sides', N4.singletons, N4.singletons, [0, 0, 0], [1, 1, 1]],
    ['one block both sides (6 pairs, all right)', N4.oneBlock, N4.oneBlock, [6, 6, 6], [1, 1, 1]],
    ['one predicted block, gold singletons', N4.oneBlock, N4.singletons, [0, 6, 0], [0, 1, 0]],
    ['predicted singletons, gold one block', N4.singletons, N4.oneBlock, [0, 0, 6], [1, 0, 0]],
    ['n = 1', [0], ['x'], [0, 0, 0], [1, 1, 1]],
    ['n = 0', [], [], [0, 0, 0], [1, 1, 1]],
  ] as const)('%s', (_name, predicted, gold, [tp, predictedPairs, goldPairs], [p, r, f1]) => {
    const scores = pairwiseScores(buildContingencyTable<unknown, unknown>(predicted, gold));
    expect(scores).toEqual({ truePositives: tp, predictedPairs, goldPairs, precision: p, recall: r, f1 });
  });

  it('pairwiseFromCounts gives F1 0 when nothing is right but both sides have pairs', () => {
    expect(pairwiseFromCounts({ truePositives: 0, predictedPairs: 2, goldPairs: 2 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
