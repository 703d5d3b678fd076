import { bcubedScores, buildContingencyTable, extendedBcubed } from '../../src/evaluation/index.js';
import { ClusteringError } from '../../src/errors.js';
import { EXAMPLE_A, N4 } from './cases.js';

describe('bcubedScores (hard clusterings)', () => {
  it('scores EXAMPLE_A by hand', () => {
    // Per document (precision, recall): a, b (2/3, 1); c (1/3, 1/4); d, e (1, 2/4); f (1, 1/4).
    // P = (2/3 + 2/3 + 1/3 + 1 + 1 + 1)/6 = 7/9; R = (1 + 1 + 1/4 + 1/2 + 1/2 + 1/4)/6 = 7/12;
    // F1 = 2·(7/9)(7/12)/(7/9 + 7/12) = 2/3.
    const scores = bcubedScores(buildContingencyTable(EXAMPLE_A.predicted, EXAMPLE_A.gold));
    expect(scores.precision).toBeCloseTo(7 / 9, 12);
    expect(scores.recall).toBeCloseTo(7 / 12, 12);
    expect(scores.f1).toBeCloseTo(2 / 3, 12);
  });

  it.each([
    // one block vs singletons: every document's cluster holds 4, 1 right → P = 1/4, R = 1, F1 = 0.4.
    ['one predicted block, gold singletons', N4.oneBlock, N4.singletons, 0.25, 1, 0.4],
    ['predicted singletons, gold one block', N4.singletons, N4.oneBlock, 1, 0.25, 0.4],
    ['all singletons both sides', N4.singletons, N4.singletons, 1, 1, 1],
    ['one block both sides', N4.oneBlock, N4.oneBlock, 1, 1, 1],
    ['n = 1', [0], ['x'], 1, 1, 1],
    ['n = 0 (convention: 1)', [], [], 1, 1, 1],
  ] as const)('%s', (_name, predicted, gold, p, r, f1) => {
    const scores = bcubedScores(buildContingencyTable<unknown, unknown>(predicted, gold));
    expect(scores.precision).toBeCloseTo(p, 12);
    expect(scores.recall).toBeCloseTo(r, 12);
    expect(scores.f1).toBeCloseTo(f1, 12);
  });
});

describe('extendedBcubed', () => {
  it('equals standard BCubed on a hard clustering', () => {
    const items = EXAMPLE_A.predicted.map((cluster, i) => ({ clusters: [String(cluster)], categories: [EXAMPLE_A.gold[i] ?? ''] }));
    const scores = extendedBcubed(items);
    expect(scores.precision).toBeCloseTo(7 / 9, 12);
    expect(scores.recall).toBeCloseTo(7 / 12, 12);
  });

  it('scores an overlapping clustering by hand (Amigó et al. 2009 multiplicity)', () => {
    // 1: clusters {A}, categories {x}; 2: {A, B}, {x}; 3: {B}, {y}.
    // Precision(1) over {1, 2}: 1, min(1,1)/1 = 1 → 1.
    // Precision(2) over {1, 2, 3}: 1, min(2,1)/2 = 1/2, min(1,0)/1 = 0 → 1/2.
    // Precision(3) over {2, 3}: 0, 1 → 1/2.        P = (1 + 1/2 + 1/2)/3 = 2/3.
    // Recall(1) over {1, 2}: 1, 1; Recall(2) over {1, 2}: 1, min(2,1)/1 = 1; Recall(3): 1. R = 1.
    // F1 = 2·(2/3)·1/(2/3 + 1) = 4/5.
    const scores = extendedBcubed([
      { clusters: ['A'], categories: ['x'] },
      { clusters: ['A', 'B'], categories: ['x'] },
      { clusters: ['B'], categories: ['y'] },
    ]);
    expect(scores.precision).toBeCloseTo(2 / 3, 12);
    expect(scores.recall).toBeCloseTo(1, 12);
    expect(scores.f1).toBeCloseTo(4 / 5, 12);
  });

  it('returns 1s for no items and names the item without clusters', () => {
    expect(extendedBcubed([])).toEqual({ precision: 1, recall: 1, f1: 1 });
    const bad = () => extendedBcubed([{ clusters: ['A'], categories: ['x'] }, { clusters: [], categories: ['x'] }]);
    expect(bad).toThrow(ClusteringError);
    expect(bad).toThrow(/items\[1\]/u);
  });
});
