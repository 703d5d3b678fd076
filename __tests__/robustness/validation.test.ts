import { analyzeCollection, clusterDocuments, ClusteringError, DEFAULT_PAIR_MODEL, type ErrorCode, type ErrorLocation } from '../../src/index.js';

/**
 * Every refused input gets a ClusteringError with a stable code and the offending document
 * (index, id) or option name, and nothing is computed. Table-driven: input → code → location.
 */
const REF = { referenceDate: '2026-11-23' };
const doc = (extra: Record<string, unknown>) => ({ id: 'a', text: 'Protest in Almaty.', ...extra });
const run = (documents: unknown, options: unknown = REF) => () => clusterDocuments(documents as never, options as never);
// eslint-disable-next-line no-sparse-arrays
const sparse = [, 'text'];

type Case = [name: string, thunk: () => unknown, code: ErrorCode, location: ErrorLocation];

const documentCases: Case[] = [
  ['documents is null', run(null), 'INVALID_DOCUMENTS', {}],
  ['documents is undefined', run(undefined), 'INVALID_DOCUMENTS', {}],
  ['documents is a string', run('Protest in Almaty.'), 'INVALID_DOCUMENTS', {}],
  ['documents is an object keyed by id', run({ a: doc({}) }), 'INVALID_DOCUMENTS', {}],
  ['a document is null', run([doc({}), null]), 'INVALID_DOCUMENT', { index: 1 }],
  ['a document is a number', run([42]), 'INVALID_DOCUMENT', { index: 0 }],
  ['a document is a boolean', run([true]), 'INVALID_DOCUMENT', { index: 0 }],
  ['a document is an array', run([['a', 'text']]), 'INVALID_DOCUMENT', { index: 0 }],
  ['a hole in a sparse array', run(sparse), 'INVALID_DOCUMENT', { index: 0 }],
  ['text is missing', run([{ id: 'a' }]), 'INVALID_TEXT', { index: 0, documentId: 'a' }],
  ['text is a number', run([doc({ text: 42 })]), 'INVALID_TEXT', { index: 0, documentId: 'a' }],
  ['text is null', run([doc({ text: null })]), 'INVALID_TEXT', { index: 0, documentId: 'a' }],
  ['text is a Buffer', run([doc({ text: Buffer.from('abc') })]), 'INVALID_TEXT', { index: 0, documentId: 'a' }],
  ['id is missing', run([{ text: 'x' }]), 'MISSING_ID', { index: 0 }],
  ['id is empty', run([doc({ id: '' })]), 'MISSING_ID', { index: 0 }],
  ['id is a number', run([doc({ id: 7 })]), 'MISSING_ID', { index: 0 }],
  ['two documents share an id', run([doc({}), doc({ text: 'other' })]), 'DUPLICATE_ID', { index: 1, documentId: 'a' }],
  ['a bare string takes its index as id and collides', run(['first', { id: '0', text: 'second' }]), 'DUPLICATE_ID', { index: 1, documentId: '0' }],
  ['__proto__ used twice as id', run([doc({ id: '__proto__' }), doc({ id: '__proto__' })]), 'DUPLICATE_ID', { index: 1, documentId: '__proto__' }],
  ['title is not a string', run([doc({ title: 5 })]), 'INVALID_DOCUMENT', { index: 0, documentId: 'a' }],
  ['lang is not a string', run([doc({ lang: ['sv'] })]), 'INVALID_LANGUAGE', { index: 0, documentId: 'a' }],
];

const dateCases: Case[] = [
  ['publishedAt is a word', run([doc({ publishedAt: 'yesterday' })]), 'INVALID_DATE', { index: 0, documentId: 'a' }],
  ['publishedAt is day-first, not ISO', run([doc({ publishedAt: '22/02/2020' })]), 'INVALID_DATE', { index: 0, documentId: 'a' }],
  ['publishedAt names a day that does not exist', run([doc({ publishedAt: '2021-02-29' })]), 'INVALID_DATE', { index: 0, documentId: 'a' }],
  ['publishedAt has month 13', run([doc({ publishedAt: '2020-13-01' })]), 'INVALID_DATE', { index: 0, documentId: 'a' }],
  ['publishedAt has an impossible hour', run([doc({ publishedAt: '2020-02-22T25:00:00Z' })]), 'INVALID_DATE', { index: 0, documentId: 'a' }],
  ['publishedAt is an Invalid Date', run([doc({ publishedAt: new Date('nope') })]), 'INVALID_DATE', { index: 0, documentId: 'a' }],
  ['publishedAt is a timestamp number', run([doc({ publishedAt: 1582329600000 })]), 'INVALID_DATE', { index: 0, documentId: 'a' }],
  ['publishedAt is after year 9999', run([doc({ publishedAt: new Date(Date.UTC(20000, 0, 1)) })]), 'INVALID_DATE', { index: 0, documentId: 'a' }],
  ['publishedAt is before year 1000', run([doc({ publishedAt: '0999-12-31' })]), 'INVALID_DATE', { index: 0, documentId: 'a' }],
];

const optionCases: Case[] = [
  ['options is null', run(['x'], null), 'INVALID_OPTION', { option: 'options' }],
  ['options is an array', run(['x'], []), 'INVALID_OPTION', { option: 'options' }],
  ['threshold is negative', run(['x'], { threshold: -0.1 }), 'INVALID_OPTION', { option: 'threshold' }],
  ['threshold is above 1', run(['x'], { threshold: 1.01 }), 'INVALID_OPTION', { option: 'threshold' }],
  ['threshold is NaN', run(['x'], { threshold: Number.NaN }), 'INVALID_OPTION', { option: 'threshold' }],
  ['threshold is a numeric string', run(['x'], { threshold: '0.5' }), 'INVALID_OPTION', { option: 'threshold' }],
  ['k is 0', run(['x', 'y'], { algorithm: 'kmeans', k: 0 }), 'INVALID_OPTION', { option: 'k' }],
  ['k is larger than the number of documents', run(['x', 'y'], { algorithm: 'kmeans', k: 3 }), 'INVALID_OPTION', { option: 'k' }],
  ['k is not an integer', run(['x', 'y'], { algorithm: 'kmeans', k: 1.5 }), 'INVALID_OPTION', { option: 'k' }],
  ['k is missing for k-means', run(['x'], { algorithm: 'kmeans' }), 'INVALID_OPTION', { option: 'k' }],
  ['k is given without k-means', run(['x'], { k: 1 }), 'INVALID_OPTION', { option: 'k' }],
  ['algorithm is unknown', run(['x'], { algorithm: 'dbscan' }), 'INVALID_OPTION', { option: 'algorithm' }],
  ['linkage is unknown', run(['x'], { linkage: 'ward' }), 'INVALID_OPTION', { option: 'linkage' }],
  ['language code is unknown', run(['x'], { languages: ['sv', 'xx'] }), 'INVALID_OPTION', { option: 'languages[1]' }],
  ['language entry is null', run(['x'], { languages: [null] }), 'INVALID_OPTION', { option: 'languages[0]' }],
  ['language list is empty', run(['x'], { languages: [] }), 'INVALID_OPTION', { option: 'languages' }],
  ['languages is a string', run(['x'], { languages: 'sv' }), 'INVALID_OPTION', { option: 'languages' }],
  ['the retired weights option is named, not ignored', run(['x'], { weights: { entities: 0.4 } }), 'INVALID_OPTION', { option: 'weights' }],
  ['the retired dateConflictPenalty option', run(['x'], { dateConflictPenalty: 0.5 }), 'INVALID_OPTION', { option: 'dateConflictPenalty' }],
  ['a model coefficient is NaN', run(['x'], { model: { ...DEFAULT_PAIR_MODEL, coefficients: { words: Number.NaN } } }), 'INVALID_OPTION', { option: 'model.coefficients.words' }],
  ['a model coefficient is infinite', run(['x'], { model: { ...DEFAULT_PAIR_MODEL, coefficients: { words: Number.POSITIVE_INFINITY } } }), 'INVALID_OPTION', { option: 'model.coefficients.words' }],
  ['a model names an unknown input', run(['x'], { model: { ...DEFAULT_PAIR_MODEL, coefficients: { vibes: 1 } } }), 'INVALID_OPTION', { option: 'model.coefficients.vibes' }],
  ['a model smuggles __proto__', run(['x'], { model: { ...DEFAULT_PAIR_MODEL, coefficients: JSON.parse('{"__proto__":{"words":1}}') as unknown } }), 'INVALID_OPTION', { option: 'model.coefficients.__proto__' }],
  ['a model of another version', run(['x'], { model: { ...DEFAULT_PAIR_MODEL, version: 2 } }), 'INVALID_OPTION', { option: 'model.version' }],
  ['a model cut above 1', run(['x'], { model: { ...DEFAULT_PAIR_MODEL, poolThreshold: 1.5 } }), 'INVALID_OPTION', { option: 'model.poolThreshold' }],
  ['the model is null', run(['x'], { model: null }), 'INVALID_OPTION', { option: 'model' }],
  ['referenceDate is not a date', run(['x'], { referenceDate: 'now' }), 'INVALID_OPTION', { option: 'referenceDate' }],
  ['referenceDate names a day that does not exist', run(['x'], { referenceDate: '2021-02-29' }), 'INVALID_OPTION', { option: 'referenceDate' }],
  ['referenceDate is after year 9999', run(['x'], { referenceDate: new Date(Date.UTC(20000, 0, 1)) }), 'INVALID_OPTION', { option: 'referenceDate' }],
  ['maxEventGapDays is negative', run(['x'], { ...REF, maxEventGapDays: -1 }), 'INVALID_OPTION', { option: 'maxEventGapDays' }],
  ['dateConflictPenalty is above 1', run(['x'], { ...REF, dateConflictPenalty: 2 }), 'INVALID_OPTION', { option: 'dateConflictPenalty' }],
  ['seed is negative', run(['x'], { ...REF, seed: -1 }), 'INVALID_OPTION', { option: 'seed' }],
];

function thrown(thunk: () => unknown): unknown {
  try {
    thunk();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe.each([
  ['documents', documentCases],
  ['publication dates', dateCases],
  ['options', optionCases],
])('refused %s', (_, cases) => {
  test.each(cases.map(([name, thunk, code, location]) => [`${name} → ${code}`, thunk, code, location] as const))('%s', (_name, thunk, code, location) => {
    const error = thrown(thunk);
    expect(error).toBeInstanceOf(ClusteringError);
    expect(error).toBeInstanceOf(Error);
    const typed = error as ClusteringError;
    expect(typed.code).toBe(code);
    expect(typed.location).toEqual(location);
    expect(typed.name).toBe('ClusteringError');
    expect(typed.message.startsWith(`${code}: `)).toBe(true);
    if (location.documentId !== undefined) expect(typed.message).toContain(JSON.stringify(location.documentId));
    if (location.option !== undefined) expect(typed.message).toContain(`option ${location.option}`);
  });
});

describe('what is accepted at the boundary', () => {
  test.each([
    ['a date-only ISO string', '2020-02-22', '2020-02-22'],
    ['an ISO date-time in UTC', '2020-02-22T10:00:00Z', '2020-02-22'],
    ['an ISO date-time with an offset (read in UTC)', '2020-02-22T23:30:00-05:00', '2020-02-23'],
    ['a leap day', '2020-02-29', '2020-02-29'],
    ['surrounding spaces', '  2020-02-22  ', '2020-02-22'],
    ['a Date object', new Date(Date.UTC(2020, 1, 22, 12)), '2020-02-22'],
  ])('publishedAt as %s', (_name, publishedAt, expected) => {
    const analysis = analyzeCollection([{ id: 'a', text: 'Protest i Almaty i dag.', publishedAt }], REF).documents[0];
    expect(analysis?.publishedAt).toBe(expected);
  });

  test('null or absent optional fields mean "not given"', () => {
    const result = clusterDocuments([{ id: 'a', text: 'x', lang: null, title: null, publishedAt: null } as never, { id: 'b', text: 'y' }], REF);
    expect(result.documents.map((d) => d.id)).toEqual(['a', 'b']);
  });

  test('an unknown document language falls back to the language-neutral profile instead of failing', () => {
    const result = clusterDocuments([{ id: 'a', text: 'Protesters were detained in Almaty on Saturday.', lang: 'xx' }], REF);
    expect(result.documents[0]).toMatchObject({ id: 'a', lang: 'und', langSource: 'fallback' });
  });

  test('k equal to the number of documents gives one document per cluster', () => {
    const result = clusterDocuments(['a b c', 'd e f', 'g h i'], { ...REF, algorithm: 'kmeans', k: 3 });
    expect(result.clusters.map((c) => c.members)).toEqual([['0'], ['1'], ['2']]);
  });

  test('the same refusal comes from analyzeCollection, which shares the validation', () => {
    const error = thrown(() => analyzeCollection([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }])) as ClusteringError;
    expect(error).toBeInstanceOf(ClusteringError);
    expect(error.code).toBe('DUPLICATE_ID');
  });

  test('the caller documents are neither mutated nor aliased', () => {
    const input = [Object.freeze({ id: 'a', text: 'Protest in Almaty on 22 February 2020.', publishedAt: '2020-02-23' }), 'A bare string document.'];
    const before = JSON.stringify(input);
    const result = clusterDocuments(Object.freeze(input), REF);
    expect(JSON.stringify(input)).toBe(before);
    expect(result.documents.map((d) => d.id).sort()).toEqual(['1', 'a']);
  });
});
