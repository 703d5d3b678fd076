import { agglomerative } from '../../src/clustering/agglomerative.js';

const pairs = [
  { a: 0, b: 1, score: 0.9 },
  { a: 1, b: 2, score: 0.5 },
  { a: 0, b: 2, score: 0.1 },
  { a: 3, b: 4, score: 0.35 },
];

describe('agglomerative clustering with a threshold', () => {
  test('average linkage: merges while the mean pair score reaches the threshold', () => {
    // {0,1} at 0.9; then {0,1}-{2} averages (0.5 + 0.1) / 2 = 0.3 < 0.4; {3,4} at 0.35 < 0.4.
    expect(agglomerative(5, pairs, 0.4, 'average').clusters).toEqual([[0, 1], [2], [3], [4]]);
    expect(agglomerative(5, pairs, 0.3, 'average').clusters).toEqual([[0, 1, 2], [3, 4]]);
  });

  test('average linkage of equal scores is that score: copies at exactly the threshold all merge', () => {
    // 0.9999999999999998 three times sums to a float whose third is an ulp lower: the mean of equal
    // scores must not fall below them (a property test found four copies of one text split 3 + 1).
    const s = 0.9999999999999998;
    const all = [0, 1, 2, 3].flatMap((a) => [0, 1, 2, 3].filter((b) => b > a).map((b) => ({ a, b, score: s })));
    expect((s + s + s) / 3).toBeLessThan(s);
    expect(agglomerative(4, all, s, 'average').clusters).toEqual([[0, 1, 2, 3]]);
    // …and no higher than the largest score: a threshold one float above it keeps them apart.
    const above = 1 - 2 ** -53;
    expect(above).toBeGreaterThan(s);
    expect(agglomerative(4, all, above, 'average').clusters).toEqual([[0], [1], [2], [3]]);
  });

  test('single linkage chains through the strongest pair; complete needs every pair', () => {
    expect(agglomerative(5, pairs, 0.4, 'single').clusters).toEqual([[0, 1, 2], [3], [4]]);
    expect(agglomerative(5, pairs, 0.1, 'complete').clusters).toEqual([[0, 1, 2], [3, 4]]);
    expect(agglomerative(5, pairs, 0.2, 'complete').clusters).toEqual([[0, 1], [2], [3, 4]]);
  });

  test('records the strongest document pair behind each merge', () => {
    const { merges } = agglomerative(5, pairs, 0.3, 'average');
    expect(merges.get(0)).toEqual([{ a: 0, b: 1, linkage: 0.9 }, { a: 1, b: 2, linkage: expect.closeTo(0.3, 12) }]);
  });

  test('handles no documents and no pairs', () => {
    expect(agglomerative(0, [], 0.3, 'average').clusters).toEqual([]);
    expect(agglomerative(3, [], 0.3, 'average').clusters).toEqual([[0], [1], [2]]);
  });

  test('breaks ties by index, whatever the order of the pairs', () => {
    const tied = [{ a: 2, b: 3, score: 0.5 }, { a: 0, b: 1, score: 0.5 }, { a: 1, b: 2, score: 0.5 }];
    const forward = agglomerative(4, tied, 0.5, 'single').clusters;
    expect(agglomerative(4, [...tied].reverse(), 0.5, 'single').clusters).toEqual(forward);
  });
});
