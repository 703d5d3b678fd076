/**
 * What the pair model reads of two documents (or two groups of documents): the per-signal scores
 * plus what a reader weighs besides them — how rare the rarest shared name is, how many names and
 * numbers are shared and how much of the smaller side that is, whether the two say the same day,
 * how far apart their dates lie (at the precision each gives) or whether either says nothing,
 * whether they are in one language, and how much text the shorter one has. Every input is a
 * number in [0, 1], 0 meaning "no evidence", so that a missing signal adds nothing to the sum.
 */
import type { SignalName } from '../types.js';
import type { ParsedDay } from '../features/calendar.js';
import { spanGap, type TimeSpan } from '../features/timeSpan.js';
import { overlap, type SparseVector } from '../features/sparse.js';
import { dayVectorOverlap, type DayVector } from './dateOverlap.js';

export const PAIR_INPUTS = [
  'words',
  'ngrams',
  'entities',
  'rarestName',
  'sharedNames',
  'nameCoverage',
  'dates',
  'numbers',
  'sharedNumbers',
  'sameDay',
  'timeGap',
  'sameMonthDay',
  'monthDayGap',
  'timeUnknown',
  'crossLanguage',
  'crossLanguageEntities',
  'crossLanguageNgrams',
  'shortText',
  'groupSize',
] as const;

export type PairInputName = (typeof PAIR_INPUTS)[number];

/** The signal each input reads (`context` inputs describe the pair, not its evidence). */
export const INPUT_SIGNAL: Readonly<Record<PairInputName, SignalName | 'context'>> = {
  words: 'words',
  ngrams: 'ngrams',
  entities: 'entities',
  rarestName: 'entities',
  sharedNames: 'entities',
  nameCoverage: 'entities',
  dates: 'dates',
  numbers: 'numbers',
  sharedNumbers: 'numbers',
  sameDay: 'dates',
  timeGap: 'dates',
  sameMonthDay: 'dates',
  monthDayGap: 'dates',
  timeUnknown: 'dates',
  crossLanguage: 'context',
  crossLanguageEntities: 'entities',
  crossLanguageNgrams: 'ngrams',
  shortText: 'context',
  groupSize: 'context',
};

/** What pair inputs read of one side: a document, or a group of documents pooled. */
export interface PairSide {
  lang: string;
  words: SparseVector;
  ngrams: SparseVector;
  entities: SparseVector;
  numbers: SparseVector;
  dayVector: DayVector;
  span: TimeSpan | null;
  /** The estimated event day, possibly without a year (its month-day still compares). */
  eventDay: ParsedDay | null;
  /** Tokens of text. */
  tokens: number;
  /** Documents pooled in this side (1 for a document). */
  size: number;
}

/** Collection statistics the inputs need: in how many documents each entity id appears. */
export interface PairContext {
  entityDf: ArrayLike<number>;
}

/** Counts at which an input saturates. */
const NAMES_FULL = 8;
const NUMBERS_FULL = 4;
/** A date gap of a year or more counts as fully apart. */
const GAP_FULL_DAYS = 365;
/** Month-days lie at most half a year apart on the circular calendar. */
const HALF_YEAR_DAYS = 182;
/** Text of this many tokens or more is not short. */
const LONG_TEXT_TOKENS = 300;
const GROUP_FULL = 16;

const saturating = (count: number, full: number): number => Math.min(1, Math.log1p(count) / Math.log1p(full));

/** Writes the pair's inputs, in PAIR_INPUTS order, into `out` (a row the caller reuses across pairs). */
export function pairInputs(a: PairSide, b: PairSide, context: PairContext, out: Float64Array): Float64Array {
  const cross = a.lang !== b.lang || a.lang === 'und' ? 1 : 0;
  const names = overlap(a.entities, b.entities, context.entityDf);
  const numbers = overlap(a.numbers, b.numbers, null);
  const ngrams = overlap(a.ngrams, b.ngrams, null).dot;
  const smaller = Math.min(a.entities.idx.length, b.entities.idx.length);
  out[0] = cross === 0 ? overlap(a.words, b.words, null).dot : 0;
  out[1] = ngrams;
  out[2] = names.dot;
  out[3] = names.shared === 0 ? 0 : Math.min(1, (a.size + b.size) / Math.max(1, names.minDf));
  out[4] = saturating(names.shared, NAMES_FULL);
  out[5] = smaller === 0 ? 0 : names.shared / smaller;
  out[6] = dayVectorOverlap(a.dayVector, b.dayVector) ?? 0;
  out[7] = numbers.dot;
  out[8] = saturating(numbers.shared, NUMBERS_FULL);
  writeTime(a, b, out);
  out[14] = cross;
  out[15] = cross * names.dot;
  out[16] = cross * ngrams;
  out[17] = 1 - Math.min(1, Math.log1p(Math.min(a.tokens, b.tokens)) / Math.log1p(LONG_TEXT_TOKENS));
  out[18] = saturating(a.size + b.size - 2, GROUP_FULL);
  return out;
}

/**
 * sameDay, timeGap (the two event spans), sameMonthDay, monthDayGap (their event days' month and
 * day, when a span is missing: `22 mars` without a year still differs from `29 décembre`), and
 * timeUnknown (neither can be compared).
 */
function writeTime(a: PairSide, b: PairSide, out: Float64Array): void {
  out.fill(0, 9, 14);
  if (a.span !== null && b.span !== null) {
    const gap = spanGap(a.span, b.span);
    out[9] = a.span.precision === 'day' && b.span.precision === 'day' && gap <= 1 ? 1 : 0;
    out[10] = Math.min(1, Math.log1p(gap) / Math.log1p(GAP_FULL_DAYS));
  } else if (a.eventDay !== null && b.eventDay !== null) {
    const diff = Math.abs(a.eventDay.md - b.eventDay.md);
    const gap = Math.min(diff, 365 - diff);
    out[11] = gap <= 1 ? 1 : 0;
    out[12] = Math.min(1, Math.log1p(gap) / Math.log1p(HALF_YEAR_DAYS));
  } else out[13] = 1;
}
