import { fuse, fusedScore } from '../../src/similarity/combine.js';
import { dateOverlap, daySimilarity } from '../../src/similarity/dateOverlap.js';
import { eventGap, temporalFactor } from '../../src/similarity/temporal.js';
import { parsedDay } from '../../src/features/calendar.js';
import { sparseFrom, dot } from '../../src/features/sparse.js';
import type { SignalScores } from '../../src/similarity/signals.js';

const options = { weights: { words: 0.2, ngrams: 0.1, entities: 0.35, dates: 0.25, numbers: 0.1 }, maxEventGapDays: 7, dateConflictPenalty: 0.6, timeScaleDays: 5 };
const scores = (partial: Partial<SignalScores>): SignalScores => ({ words: null, ngrams: null, entities: null, dates: null, numbers: null, ...partial });

describe('fuse', () => {
  test('is the weighted mean of the signals that have evidence', () => {
    const s = scores({ words: 0.5, ngrams: 0.2, entities: 0.8, dates: 1, numbers: 0 });
    const total = 0.2 * 0.5 + 0.1 * 0.2 + 0.35 * 0.8 + 0.25 * 1 + 0.1 * 0;
    expect(fusedScore(s, 0, options)).toBeCloseTo(total / 1.0, 12);
  });

  test('renormalises over present signals: a cross-language pair is not punished for missing word overlap', () => {
    const s = scores({ ngrams: 0.2, entities: 0.8, dates: 1, numbers: 1 });
    const present = 0.1 + 0.35 + 0.25 + 0.1;
    expect(fusedScore(s, 0, options)).toBeCloseTo((0.1 * 0.2 + 0.35 * 0.8 + 0.25 + 0.1) / present, 12);
  });

  test('discounts a pair judged on little evidence', () => {
    expect(fusedScore(scores({ ngrams: 0.9 }), null, options)).toBeCloseTo(0.9 * (0.1 / 0.5), 12);
  });

  test('lowers the score as event dates drift apart, down to 1 − penalty', () => {
    const s = scores({ words: 0.6, entities: 0.6, ngrams: 0.6 });
    const sameDay = fusedScore(s, 0, options);
    expect(fusedScore(s, 5, options)).toBeCloseTo(sameDay * (1 - 0.6 * (1 - Math.exp(-0.5))), 12);
    expect(fusedScore(s, 365, options)).toBeCloseTo(sameDay * 0.4, 6);
    expect(fuse(s, 30, options).dateConflict).toBe(true);
    expect(fuse(s, 3, options).dateConflict).toBe(false);
  });

  test('writes the score out: contributions add up to it', () => {
    const s = scores({ words: 0.3, entities: 0.7, dates: 0.9 });
    const fused = fuse(s, 2, options);
    expect(fused.signals.reduce((sum, x) => sum + x.contribution, 0)).toBeCloseTo(fused.score, 12);
    expect(fused.signals.find((x) => x.signal === 'numbers')?.contribution).toBe(0);
    expect(fused.temporalFactor).toBeCloseTo(1 - 0.6 * (1 - Math.exp(-0.5 * (2 / 5) ** 2)), 12);
  });
});

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

  test('the event gap is measured between estimated event dates, across a missing year too', () => {
    expect(eventGap(parsedDay('2020-02-22'), parsedDay('2020-02-27'))).toBe(5);
    expect(eventGap(parsedDay('--12-30'), parsedDay('2021-01-02'))).toBe(3);
    expect(eventGap(parsedDay('2020-02-22'), null)).toBeNull();
  });

  test('the temporal factor is 1 for unknown or equal dates and falls to 1 − penalty', () => {
    expect(temporalFactor(null, 5, 0.6)).toBe(1);
    expect(temporalFactor(0, 5, 0.6)).toBe(1);
    expect(temporalFactor(5, 5, 0.6)).toBeCloseTo(1 - 0.6 * (1 - Math.exp(-0.5)), 12);
    expect(temporalFactor(1000, 5, 0.6)).toBeCloseTo(0.4, 12);
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
