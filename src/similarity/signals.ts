import type { DocumentFeatures } from '../features/collection.js';
import type { SignalName } from '../types.js';
import type { PairSide } from './pairInputs.js';

/** What pair scoring reads of a document: a pair side (similarity/pairInputs.ts) with its vectors, dates and language. */
export type PairFeatures = Pick<DocumentFeatures, 'lang' | 'words' | 'ngrams' | 'entities' | 'numbers' | 'dayVector' | 'span' | 'eventDay' | 'tokens' | 'size'>;

export type SignalScores = Record<SignalName, number | null>;

/**
 * Each signal's headline score in a pair's inputs (in PAIR_INPUTS order), for explanations: word,
 * n-gram, entity and number cosines and the date overlap; null when a side has nothing to compare
 * (words across languages, no names on one side, no dates…), so "no evidence" reads apart from 0.
 */
export function signalScores(a: PairSide, b: PairSide, x: ArrayLike<number>): SignalScores {
  const cross = a.lang !== b.lang || a.lang === 'und';
  const has = (v: { idx: ArrayLike<number> }, w: { idx: ArrayLike<number> }) => v.idx.length > 0 && w.idx.length > 0;
  return {
    words: !cross && has(a.words, b.words) ? (x[0] as number) : null,
    ngrams: has(a.ngrams, b.ngrams) ? (x[1] as number) : null,
    entities: has(a.entities, b.entities) ? (x[2] as number) : null,
    dates: a.dayVector.w.length > 0 && b.dayVector.w.length > 0 ? (x[6] as number) : null,
    numbers: has(a.numbers, b.numbers) ? (x[7] as number) : null,
  };
}
