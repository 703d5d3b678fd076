import { adjustedRandIndex, buildContingencyTable } from '../../src/evaluation/index.js';
import { EXAMPLE_A, N4 } from './cases.js';

const ari = (predicted: readonly unknown[], gold: readonly unknown[]): number =>
  adjustedRandIndex(buildContingencyTable(predicted, gold));

describe('adjustedRandIndex', () => {
  it('scores EXAMPLE_A by hand', () => {
    // tp = 2, fp = 4 − 2 = 2, fn = 7 − 2 = 5, tn = C(6,2) − 9 = 6.
    // ARI = 2(2·6 − 5·2)/((2+5)(5+6) + (2+2)(2+6)) = 4/109.
    // Classic form agrees: (2 − 4·7/15)/((4+7)/2 − 4·7/15) = (2/15)/(54.5/15) = 4/109.
    expect(ari(EXAMPLE_A.predicted, EXAMPLE_A.gold)).toBeCloseTo(4 / 109, 12);
  });

  it('is negative for anti-correlated labellings', () => {
    // {a,b}{c,d} vs {a,c}{b,d}: tp 0, fp 2, fn 2, tn 2 → 2(0 − 4)/(2·4 + 2·4) = −1/2.
    expect(ari([0, 0, 1, 1], ['x', 'y', 'x', 'y'])).toBeCloseTo(-0.5, 12);
  });

  it.each([
    // fp = fn = 0 → 1 by convention (sklearn); otherwise the formula, which gives 0 here.
    ['identical partitions', EXAMPLE_A.predicted, EXAMPLE_A.predicted, 1],
    ['all singletons both sides', N4.singletons, N4.singletons, 1],
    ['one block both sides', N4.oneBlock, N4.oneBlock, 1],
    ['one predicted block, gold singletons (tp 0, fp 6, fn 0, tn 0 → 0/36)', N4.oneBlock, N4.singletons, 0],
    ['predicted singletons, gold one block', N4.singletons, N4.oneBlock, 0],
    ['n = 1', [0], ['x'], 1],
    ['n = 0', [], [], 1],
  ] as const)('%s', (_name, predicted, gold, expected) => {
    expect(ari(predicted, gold)).toBeCloseTo(expected, 12);
  });

  it('is symmetric', () => {
    expect(ari(EXAMPLE_A.gold, EXAMPLE_A.predicted)).toBeCloseTo(4 / 109, 12);
  });
});
