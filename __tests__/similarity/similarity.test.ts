import { dateOverlap, daySimilarity } from '../../src/similarity/dateOverlap.js';
import { sparseFrom, dot } from '../../src/features/sparse.js';

describe('dates', () => {
  test('same day scores 1, a yearless match 0.9, the next day 0.5, far apart 0', () => {
    expect(daySimilarity('2020-02-22', '2020-02-22')).toBe(1);
    expect(daySimilarity('--02-22', '2020-02-22')).toBe(0.9);
    expect(daySimilarity('2019-06-09', '2019-06-10')).toBe(0.5);
    expect(daySimilarity('2019-06-09', '2020-06-09')).toBe(0);
  });

  test('dateOverlap is a soft cosine in [0, 1], null without dates', () => {
    const a = new Map([['2020-02-22', 2]]);
    const b = new Map([['--02-22', 1], ['2020-03-01', 1]]);
    expect(dateOverlap(a, b)).toBeCloseTo(0.9 / Math.SQRT2, 12);
    expect(dateOverlap(a, new Map())).toBeNull();
  });

});

describe('sparse vectors', () => {
  test('are L2-normalised and their dot product is the cosine', () => {
    const a = sparseFrom([[1, 3], [5, 4]]);
    const b = sparseFrom([[5, 1]]);
    expect(dot(a, a)).toBeCloseTo(1, 12);
    expect(dot(a, b)).toBeCloseTo(0.8, 12);
  });
});
