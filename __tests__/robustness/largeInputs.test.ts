import { clusterDocuments } from '../../src/index.js';
import { MAX_ANALYSED_CHARS } from '../../src/features/analyzeDocument.js';
import { expectPartition, REFERENCE_DATE, timed } from './accounting.js';
import { fill, MEGABYTE, randomWord, unicodeJunk } from './adversarialInputs.js';

/**
 * Whole-pipeline runs on huge inputs: a 10 MB page, a 10 MB headline, 100k-character "words",
 * 1 MB adversarial pages. Bounds are generous (real timings: `bench/regex-timing.ts`); what is
 * asserted is that the run ends, accounts for every document and says what it cut.
 */
const REF = { referenceDate: REFERENCE_DATE };
const BOUND_MS = 30_000;
/** Jest's own time limit per test: far above the bound, so a slow run fails on the bound with its timing. */
const TIMEOUT = 120_000;
const SHORT = { id: 'short', text: 'Amnesty International: at least 70 people were arrested in Almaty on 22 February.' };
const TRUNCATED = `only the first ${MAX_ANALYSED_CHARS} characters were analysed`;

describe('a 10 MB document', () => {
  test('is analysed up to the cap, says so, and still shares its names with a short report of the same event', () => {
    const big = { id: 'big', text: fill('Amnesty International säger att minst 70 personer greps i Almaty den 22 februari. ', 10 * MEGABYTE) };
    const { value: result, ms } = timed(() => clusterDocuments([big, SHORT], REF));
    expect(ms).toBeLessThan(BOUND_MS);
    expectPartition(result, ['big', 'short']);
    expect(result.documents.find((d) => d.id === 'big')?.note).toBe(TRUNCATED);
    expect(result.documents.find((d) => d.id === 'short')?.note).toBeUndefined();
    expect(result.evidence('big', 'short').sharedEntities).toEqual(expect.arrayContaining(['Almaty']));
  }, TIMEOUT);

  test('with a 10 MB headline is capped the same way (the headline is not a way around the cap)', () => {
    const doc = { id: 'headline', title: fill('Protest i Almaty. ', 10 * MEGABYTE), text: 'Polisen grep demonstranter.' };
    const { value: result, ms } = timed(() => clusterDocuments([doc], REF));
    expect(ms).toBeLessThan(BOUND_MS);
    expectPartition(result, ['headline']);
    expect(result.documents[0]?.note).toBe(TRUNCATED);
    expect(result.documents[0]?.title.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  }, TIMEOUT);

});

describe('binary junk', () => {
  test('a 250 000-character page of random UTF-16 (lone surrogates, controls, every script) gives a defined result', () => {
    const { value: result, ms } = timed(() => clusterDocuments([{ id: 'junk', text: unicodeJunk(250_000, 3) }, SHORT], REF));
    expect(ms).toBeLessThan(BOUND_MS);
    expectPartition(result, ['junk', 'short']);
    expect(/[\uD800-\uDFFF]/u.test(result.documents.find((d) => d.id === 'junk')?.title ?? '')).toBe(false);
    expect(() => JSON.stringify(result)).not.toThrow();
  }, TIMEOUT);
});

describe('100 000-character single "words"', () => {
  test.each([
    ['one letter repeated', 'a'.repeat(100_000)],
    ['a capitalised run of one letter, mid-sentence', `we saw Q${'b'.repeat(100_000)} there`],
    ['a capitalised random-letter "name", mid-sentence (worst case for fuzzy name matching)', `we saw ${randomWord(100_000)} there`],
    ['digits', '9'.repeat(100_000)],
    ['French elisions', `${"l'".repeat(50_000)}armée`],
    ['a hyphenated chain', `${'Nur-'.repeat(25_000)}Sultan`],
  ])('%s: two such documents end in time and are accounted for', (_name, text) => {
    const docs = [{ id: 'w1', text, lang: 'fr' }, { id: 'w2', text: `${text} ` }, SHORT];
    const { value: result, ms } = timed(() => clusterDocuments(docs, REF));
    expect(ms).toBeLessThan(BOUND_MS);
    expectPartition(result, ['short', 'w1', 'w2']);
  }, TIMEOUT);

  test('a 100 000-letter name is kept whole as an entity key, matched exactly', () => {
    const name = randomWord(100_000);
    const result = clusterDocuments([{ id: 'a', text: `we saw ${name} there` }, { id: 'b', text: `they met ${name} today` }], REF);
    expect(result.evidence('a', 'b').sharedEntities).toEqual([name]);
  }, TIMEOUT);
});

describe('1 MB adversarial pages through the whole pipeline', () => {
  test.each([
    ['a one-line page of Swedish dates', { id: 'dates', text: fill('22 februari ') }],
    ['a one-line page of dated English datelines', { id: 'datelines', text: fill('PARIS, 22 February 2020 '), publishedAt: '2020-02-23' }],
    ['bare weekdays with a publication date (relative dates)', { id: 'weekdays', text: fill('Monday '), publishedAt: '2020-02-23' }],
    ['capitalised names', { id: 'names', text: fill('Amnesty International Almaty Kazakhstan ') }],
    ['French elisions', { id: 'elisions', text: `${fill("l'", MEGABYTE - 1)}a`, lang: 'fr' }],
    ['percent, plus, brackets and digits', { id: 'symbols', text: fill('%+(1') }],
  ])('%s', (_name, doc) => {
    const { value: result, ms } = timed(() => clusterDocuments([doc, SHORT], REF));
    expect(ms).toBeLessThan(BOUND_MS);
    expectPartition(result, [doc.id, 'short']);
  }, TIMEOUT);
});
