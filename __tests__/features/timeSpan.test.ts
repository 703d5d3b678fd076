import { analyzeCollection, clusterDocuments, ClusteringError } from '../../src/index.js';
import { eventSpan, spanGap, spanOf } from '../../src/features/timeSpan.js';
import { dayNumber } from '../../src/features/calendar.js';
import { readPageStamp } from '../../src/text/pageStamp.js';
import { REFERENCE_DATE } from '../helpers/corpus.js';

const REF = { referenceDate: REFERENCE_DATE };
const day = (y: number, m: number, d: number) => dayNumber(y, m, d);

describe('time at the precision the text gives', () => {
  test.each([
    ['2020-02-22', { start: day(2020, 2, 22), end: day(2020, 2, 22), precision: 'day' }],
    ['2020-02', { start: day(2020, 2, 1), end: day(2020, 2, 29), precision: 'month' }],
    ['2020-12', { start: day(2020, 12, 1), end: day(2020, 12, 31), precision: 'month' }],
    ['2020', { start: day(2020, 1, 1), end: day(2020, 12, 31), precision: 'year' }],
  ])('%s is the span %o', (value, span) => expect(spanOf(value)).toEqual(span));

  test('spans that meet are 0 days apart; otherwise the days between their nearest ends', () => {
    const [feb, day22, april] = ['2020-02', '2020-02-22', '2020-04-03'].map((v) => spanOf(v)) as [NonNullable<ReturnType<typeof spanOf>>, NonNullable<ReturnType<typeof spanOf>>, NonNullable<ReturnType<typeof spanOf>>];
    expect(spanGap(feb, day22)).toBe(0);
    expect(spanGap(day22, april)).toBe(41);
    expect(spanGap(april, feb)).toBe(34);
  });

  test('the event span: the event day unless it is a weekday guess, background or contradicted by publication', () => {
    const base = { eventDate: '2023-02-06', yearSource: 'explicit' as const, published: '2023-02', latestYear: 2023 };
    expect(eventSpan(base)?.precision).toBe('day');
    expect(eventSpan({ ...base, yearSource: 'weekday' })).toEqual(spanOf('2023-02'));
    expect(eventSpan({ ...base, eventDate: '1999-08-17', latestYear: 2023 })).toEqual(spanOf('2023-02'));
    expect(eventSpan({ ...base, eventDate: '1999-08-17', published: null, latestYear: 2023 })).toBeNull(); // "the 1999 quake", in a story of 2023
    expect(eventSpan({ ...base, published: null })).toEqual(spanOf('2023-02-06'));
    expect(eventSpan({ eventDate: null, yearSource: null, published: null, latestYear: null })).toBeNull();
  });
});

describe('publishedAt of reduced precision (ISO 8601 YYYY-MM, YYYY)', () => {
  test('is taken as what it is: a month or a year', () => {
    const { documents } = analyzeCollection([{ id: 'm', text: 'Ett jordskalv skakade Turkiet den 6 februari.', lang: 'sv', publishedAt: '2023-02' }, { id: 'y', text: 'Le séisme du 6 février a fait des milliers de morts.', lang: 'fr', publishedAt: '2023' }], REF);
    expect(documents.map((d) => d.publishedAt)).toEqual(['2023-02', '2023']);
    // The yearless day takes its year from the month, or the year, of publication.
    expect(documents.map((d) => d.eventDate)).toEqual(['2023-02-06', '2023-02-06']);
    expect(documents.map((d) => d.eventSpan?.precision)).toEqual(['day', 'day']);
  });

  test('a month-precision publication cannot anchor "yesterday", which needs the day', () => {
    const [doc] = analyzeCollection([{ id: 'a', text: 'The minister resigned yesterday.', lang: 'en', publishedAt: '2023-02' }], REF).documents;
    expect(doc?.dates).toEqual([]);
    expect(doc?.eventSpan).toEqual(spanOf('2023-02'));
  });

  test.each(['2020-13', '2020-00', '20-02', '2020-2', '0999', '2020-02-30', 'February 2020'])('%j is refused with INVALID_DATE', (value) => {
    expect(() => clusterDocuments([{ id: 'a', text: 'x', publishedAt: value }], REF)).toThrow(expect.objectContaining({ code: 'INVALID_DATE', location: { index: 0, documentId: 'a' } }));
    expect(() => clusterDocuments([{ id: 'a', text: 'x', publishedAt: value }], REF)).toThrow(ClusteringError);
  });

  test('unknown time is told apart from conflicting time in the evidence', () => {
    const docs = [
      { id: 'a', text: 'Ett kraftigt jordskalv skakade Turkiet och Syrien.', lang: 'sv', publishedAt: '2023-02' },
      { id: 'b', text: 'A powerful earthquake struck Turkey and Syria.', lang: 'en', publishedAt: '2020-01' },
      { id: 'c', text: 'Un puissant séisme a frappé la Turquie et la Syrie.', lang: 'fr' },
    ];
    const result = clusterDocuments(docs, REF);
    const conflict = result.evidence('a', 'b');
    const unknown = result.evidence('a', 'c');
    expect(conflict.eventGapDays).toBeGreaterThan(365);
    expect(conflict.dateConflict).toBe(true);
    expect(conflict.inputs.find((x) => x.input === 'timeUnknown')?.value).toBe(0);
    expect(unknown.eventGapDays).toBeNull();
    expect(unknown.dateConflict).toBe(false);
    expect(unknown.inputs.find((x) => x.input === 'timeUnknown')?.value).toBe(1);
    expect(conflict.score).toBeLessThan(unknown.score);
  });
});

describe('a page stamp before the article', () => {
  test.each([
    [' date 2023-02 Lørdag kveld var 29 mennesker funnet døde.', '2023-02', ' Lørdag kveld var 29 mennesker funnet døde.'],
    [' date 2019-06-12 12 Jun 2019\n\nUN Human Rights Office calls', '2019-06-12', ' 12 Jun 2019\n\nUN Human Rights Office calls'],
    ['Published: 2024-10\nHeadline', '2024-10', '\nHeadline'],
    ['2023-02-06\nTurkey earthquake', '2023-02-06', '\nTurkey earthquake'],
  ])('%j gives the publication date %s', (text, stamp, rest) => expect(readPageStamp(text)).toEqual({ stamp, text: rest }));

  test.each(['2023 was the hottest year on record.', '2020-02-22: 70 arrested in a square.', 'date 2023-13 nothing', 'A date 2023-02 inside a sentence.'])('%j has none', (text) => {
    expect(readPageStamp(text)).toEqual({ stamp: null, text });
  });

  test('the stamp is the publication date when none is given, and never overrides one that is', () => {
    const text = ' date 2023-02 Ett jordskalv skakade Turkiet den 6 februari.';
    const [stamped] = analyzeCollection([{ id: 'a', text, lang: 'sv' }], REF).documents;
    const [given] = analyzeCollection([{ id: 'a', text, lang: 'sv', publishedAt: '2023-03-01' }], REF).documents;
    expect(stamped?.publishedAt).toBe('2023-02');
    expect(given?.publishedAt).toBe('2023-03-01');
    expect(stamped?.title).toBe('Ett jordskalv skakade Turkiet den 6 februari.');
  });
});
