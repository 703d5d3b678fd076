import { fuse, fusedScore } from '../../src/similarity/combine.js';
import { dateOverlap, daySimilarity } from '../../src/similarity/dateOverlap.js';
import { temporalProximity } from '../../src/similarity/temporal.js';
import { sparseFrom, dot } from '../../src/features/sparse.js';
import { DEFAULT_WEIGHTS } from '../../src/index.js';
import type { SignalScores } from '../../src/similarity/signals.js';

const options = { weights: { ...DEFAULT_WEIGHTS }, maxEventGapDays: 7, dateConflictPenalty: 0.5 };
const scores = (partial: Partial<SignalScores>): SignalScores => ({ words: null, ngrams: null, entities: null, dates: null, numbers: null, time: null, ...partial });

describe('fuse', () => {
  test('is the weighted mean of the signals that have evidence', () => {
    const s = scores({ words: 0.5, ngrams: 0.2, entities: 0.8, dates: 1, numbers: 0, time: 1 });
    const total = 0.2 * 0.5 + 0.1 * 0.2 + 0.3 * 0.8 + 0.15 * 1 + 0.1 * 0 + 0.15 * 1;
    expect(fusedScore(s, 0, options)).toBeCloseTo(total / 1.0, 12);
  });

  test('renormalises over present signals: a cross-language pair is not punished for missing word overlap', () => {
    const s = scores({ ngrams: 0.2, entities: 0.8, dates: 1, numbers: 1, time: 1 });
    const present = 0.1 + 0.3 + 0.15 + 0.1 + 0.15;
    expect(fusedScore(s, 0, options)).toBeCloseTo((0.1 * 0.2 + 0.3 * 0.8 + 0.15 + 0.1 + 0.15) / present, 12);
  });

  test('discounts a pair judged on little evidence', () => {
    expect(fusedScore(scores({ ngrams: 0.9 }), null, options)).toBeCloseTo(0.9 * (0.1 / 0.5), 12);
  });

  test('halves the score when the event dates are further apart than allowed', () => {
    const s = scores({ words: 0.6, entities: 0.6, ngrams: 0.6 });
    expect(fusedScore(s, 30, options)).toBeCloseTo(fusedScore(s, 3, options) * 0.5, 12);
    expect(fuse(s, 30, options).dateConflict).toBe(true);
  });

  test('writes the score out: contributions add up to it', () => {
    const s = scores({ words: 0.3, entities: 0.7, dates: 0.9, time: 0.5 });
    const fused = fuse(s, 2, options);
    expect(fused.signals.reduce((sum, x) => sum + x.contribution, 0)).toBeCloseTo(fused.score, 12);
    expect(fused.signals.find((x) => x.signal === 'numbers')?.contribution).toBe(0);
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

  test('temporal proximity decays with the gap between event dates', () => {
    expect(temporalProximity('2020-02-22', '2020-02-22', 5).score).toBe(1);
    expect(temporalProximity('2020-02-22', '2020-02-27', 5).score).toBeCloseTo(Math.exp(-0.5), 12);
    expect(temporalProximity('2020-02-22', null, 5)).toEqual({ score: null, gap: null });
    expect(temporalProximity('--12-30', '2021-01-02', 5).gap).toBe(3);
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
