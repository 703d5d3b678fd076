import { clusterDocuments, ClusteringError, DEFAULT_PAIR_MODEL, en } from '../src/index.js';

function errorOf(run: () => unknown): ClusteringError {
  try {
    run();
  } catch (error) {
    if (error instanceof ClusteringError) return error;
    throw error;
  }
  throw new Error('expected a ClusteringError');
}

describe('bad input gets a typed error that says what and where', () => {
  test.each([
    ['documents not an array', () => clusterDocuments('text' as never), 'INVALID_DOCUMENTS', {}],
    ['a number as document', () => clusterDocuments([42 as never]), 'INVALID_DOCUMENT', { index: 0 }],
    ['missing id', () => clusterDocuments([{ text: 'x' } as never]), 'MISSING_ID', { index: 0 }],
    ['text not a string', () => clusterDocuments([{ id: 'a', text: null } as never]), 'INVALID_TEXT', { index: 0, documentId: 'a' }],
    ['duplicate id', () => clusterDocuments([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }]), 'DUPLICATE_ID', { index: 1, documentId: 'a' }],
    ['bad publishedAt', () => clusterDocuments([{ id: 'a', text: 'x', publishedAt: 'yesterday' }]), 'INVALID_DATE', { index: 0, documentId: 'a' }],
    ['threshold above 1', () => clusterDocuments([], { threshold: 1.5 }), 'INVALID_OPTION', { option: 'threshold' }],
    ['the retired weights option', () => clusterDocuments([], { weights: { entities: 0.4 } } as never), 'INVALID_OPTION', { option: 'weights' }],
    ['a model without its threshold', () => clusterDocuments([], { model: { ...DEFAULT_PAIR_MODEL, threshold: undefined } as never }), 'INVALID_OPTION', { option: 'model.threshold' }],
    ['a model with an unknown input', () => clusterDocuments([], { model: { ...DEFAULT_PAIR_MODEL, coefficients: { wordz: 1 } } as never }), 'INVALID_OPTION', { option: 'model.coefficients.wordz' }],
    ['a model with a coefficient that is not finite', () => clusterDocuments([], { model: { ...DEFAULT_PAIR_MODEL, coefficients: { words: Number.NaN } } }), 'INVALID_OPTION', { option: 'model.coefficients.words' }],
    ['pooling not a boolean', () => clusterDocuments([], { pooling: 'yes' as never }), 'INVALID_OPTION', { option: 'pooling' }],
    ['unknown algorithm', () => clusterDocuments([], { algorithm: 'dbscan' as never }), 'INVALID_OPTION', { option: 'algorithm' }],
    ['k-means without k', () => clusterDocuments(['a'], { algorithm: 'kmeans' }), 'INVALID_OPTION', { option: 'k' }],
    ['k larger than the documents', () => clusterDocuments(['a', 'b'], { algorithm: 'kmeans', k: 3 }), 'INVALID_OPTION', { option: 'k' }],
    ['unknown language', () => clusterDocuments([], { languages: ['xx'] }), 'INVALID_OPTION', { option: 'languages[0]' }],
    ['a custom profile without stop words', () => clusterDocuments([], { languages: [{ ...en, stopwords: undefined } as never] }), 'INVALID_OPTION', { option: 'languages[0].stopwords' }],
    ['a custom profile with eleven months', () => clusterDocuments([], { languages: [{ ...en, months: en.months.slice(1) } as never] }), 'INVALID_OPTION', { option: 'languages[0].months' }],
  ])('%s', (_name, run, code, location) => {
    const error = errorOf(run);
    expect(error.code).toBe(code);
    expect(error.location).toEqual(location);
    expect(error.message).toContain(code);
  });

  test('a publication date-time without an offset is read as UTC, whatever the time zone', () => {
    const result = clusterDocuments([{ id: 'a', text: 'Police arrested 70 people today in Almaty.', lang: 'en', publishedAt: '2020-02-22T23:30' }]);
    expect(result.documents[0]?.eventDate).toBe('2020-02-22');
  });

  test('an unknown document language falls back to the neutral profile instead of failing', () => {
    const result = clusterDocuments([{ id: 'a', text: 'Lorem ipsum dolor sit amet', lang: 'la' }]);
    expect(result.documents[0]?.lang).toBe('und');
    expect(result.documents[0]?.langSource).toBe('fallback');
  });
});
