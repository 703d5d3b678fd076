import { commonNgramCutoff, COMMON_NGRAM_MIN_DOCUMENTS, COMMON_NGRAM_SHARE } from '../../src/features/collection.js';
import { DocumentFrequencies, tfidfFromSorted } from '../../src/features/tfidf.js';

function frequencies(documents: number, termDf: ReadonlyMap<number, number>): DocumentFrequencies {
  const df = new DocumentFrequencies(8);
  for (let d = 0; d < documents; d++) df.addDocument([...termDf].filter(([, n]) => d < n).map(([id]) => id));
  return df;
}

describe('TF-IDF vectors', () => {
  const df = frequencies(1000, new Map([[1, 3], [2, 50], [3, 900]]));
  const ids = Int32Array.from([1, 2, 3]);
  const counts = Int32Array.from([1, 2, 5]);

  test('weigh sublinear tf by smoothed idf and are L2-normalised', () => {
    const v = tfidfFromSorted(ids, counts, df);
    const raw = [1 * (Math.log(1001 / 4) + 1), (1 + Math.log(2)) * (Math.log(1001 / 51) + 1), (1 + Math.log(5)) * (Math.log(1001 / 901) + 1)];
    const norm = Math.hypot(...raw);
    expect(Array.from(v.idx)).toEqual([1, 2, 3]);
    Array.from(v.val).forEach((w, i) => expect(w).toBeCloseTo((raw[i] as number) / norm, 12));
  });

  test('leave out terms in more than maxDf documents, from the norm too (max_df)', () => {
    const v = tfidfFromSorted(ids, counts, df, '', 100);
    expect(Array.from(v.idx)).toEqual([1, 2]);
    expect(Math.hypot(...v.val)).toBeCloseTo(1, 12);
    expect(tfidfFromSorted(ids, counts, df, '', 1).idx.length).toBe(0);
  });

  test('drop common n-grams only in collections large enough for a share to mean something', () => {
    expect(commonNgramCutoff(5)).toBe(COMMON_NGRAM_MIN_DOCUMENTS); // seeds: no gram is in > 100 of 5 documents
    expect(commonNgramCutoff(100_000)).toBe(COMMON_NGRAM_SHARE * 100_000);
  });
});
