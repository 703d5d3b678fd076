import { buildContingencyTable, entropy, mutualInformation, normalizedMutualInformation } from '../../src/evaluation/index.js';
import { EXAMPLE_A, N4 } from './cases.js';

const nmi = (predicted: readonly unknown[], gold: readonly unknown[]): number =>
  normalizedMutualInformation(buildContingencyTable(predicted, gold));

describe('normalizedMutualInformation (arithmetic mean)', () => {
  it('scores EXAMPLE_A by hand', () => {
    // MI = Σ n_ij/n · ln(n·n_ij/(a_i·b_j))
    //    = 2/6 ln(12/6) + 1/6 ln(6/12) + 2/6 ln(12/8) + 1/6 ln(6/4) = 1/6 ln 2 + 1/2 ln 1.5 ≈ 0.318257
    // H(pred) = −(1/2 ln 1/2 + 1/3 ln 1/3 + 1/6 ln 1/6) ≈ 1.011404
    // H(gold) = −(1/3 ln 1/3 + 2/3 ln 2/3) ≈ 0.636514
    // NMI = MI / ((H(pred) + H(gold))/2) ≈ 0.318257/0.823959 ≈ 0.38625
    const table = buildContingencyTable(EXAMPLE_A.predicted, EXAMPLE_A.gold);
    const mi = Math.log(2) / 6 + Math.log(1.5) / 2;
    const hPred = -(0.5 * Math.log(0.5) + Math.log(1 / 3) / 3 + Math.log(1 / 6) / 6);
    const hGold = -(Math.log(1 / 3) / 3 + (2 / 3) * Math.log(2 / 3));
    expect(mutualInformation(table)).toBeCloseTo(mi, 12);
    expect(entropy(table.rowSums, table.n)).toBeCloseTo(hPred, 12);
    expect(entropy(table.columnSums, table.n)).toBeCloseTo(hGold, 12);
    expect(normalizedMutualInformation(table)).toBeCloseTo(mi / ((hPred + hGold) / 2), 12);
    expect(normalizedMutualInformation(table)).toBeCloseTo(0.38625, 4);
  });

  it.each([
    // Both single-block (also n = 1) or n = 0 → 1 (sklearn); MI = 0 otherwise → 0.
    ['identical partitions', EXAMPLE_A.predicted, EXAMPLE_A.predicted, 1],
    ['all singletons both sides (MI = H = ln 4)', N4.singletons, N4.singletons, 1],
    ['one block both sides', N4.oneBlock, N4.oneBlock, 1],
    ['one predicted block, gold singletons (MI = 0)', N4.oneBlock, N4.singletons, 0],
    ['predicted singletons, gold one block (MI = 0)', N4.singletons, N4.oneBlock, 0],
    ['independent labellings (MI = ln 4 − 2 ln 2 = 0)', [0, 0, 1, 1], ['x', 'y', 'x', 'y'], 0],
    ['n = 1', [0], ['x'], 1],
    ['n = 0', [], [], 1],
  ] as const)('%s', (_name, predicted, gold, expected) => {
    expect(nmi(predicted, gold)).toBeCloseTo(expected, 12);
  });

  it('is symmetric', () => {
    expect(nmi(EXAMPLE_A.gold, EXAMPLE_A.predicted)).toBeCloseTo(nmi(EXAMPLE_A.predicted, EXAMPLE_A.gold), 12);
  });
});
