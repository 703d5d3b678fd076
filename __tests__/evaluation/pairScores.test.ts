import { ClusteringError } from '../../src/errors.js';
import { pearson, rocAuc } from '../../src/evaluation/pairScores.js';

describe('pearson', () => {
  it.each([
    ['a perfect line', [1, 2, 3, 4], [2, 4, 6, 8], 1],
    ['a reversed line', [1, 2, 3, 4], [8, 6, 4, 2], -1],
    ['a worked example', [1, 2, 3, 4, 5], [2, 1, 4, 3, 5], 0.8],
  ])('%s', (_name, xs, ys, r) => expect(pearson(xs, ys)).toBeCloseTo(r, 12));

  it('is NaN for a constant series or fewer than two values', () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(pearson([1], [2])).toBeNaN();
  });

  it('refuses series of different lengths', () => expect(() => pearson([1, 2], [1])).toThrow(ClusteringError));
});

describe('rocAuc', () => {
  it('is 1 when every positive scores above every negative, 0 when below', () => {
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [true, true, false, false])).toBe(1);
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [true, true, false, false])).toBe(0);
  });

  it('counts ties as one half and matches the pairwise definition', () => {
    expect(rocAuc([0.5, 0.5], [true, false])).toBe(0.5);
    const scores = [0.3, 0.7, 0.7, 0.1, 0.9, 0.3];
    const labels = [true, false, true, false, true, false];
    let wins = 0;
    let pairs = 0;
    scores.forEach((p, i) => scores.forEach((n, j) => {
      if (!labels[i] || labels[j]) return;
      pairs += 1;
      wins += p > n ? 1 : p === n ? 0.5 : 0;
    }));
    expect(rocAuc(scores, labels)).toBeCloseTo(wins / pairs, 12);
  });

  it('is NaN without both classes', () => expect(rocAuc([0.1, 0.2], [true, true])).toBeNaN());
});
