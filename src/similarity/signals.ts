import type { DocumentFeatures } from '../features/collection.js';
import { dot, type SparseVector } from '../features/sparse.js';
import type { SignalName } from '../types.js';
import { dayVectorOverlap } from './dateOverlap.js';
import { eventGap } from './temporal.js';

export type SignalScores = Record<SignalName, number | null>;

/** What pair scoring reads of a document: its vectors, dates and language. */
export type PairFeatures = Pick<DocumentFeatures, 'words' | 'ngrams' | 'entities' | 'numbers' | 'dayVector' | 'eventDay'> & { analysis: Pick<DocumentFeatures['analysis'], 'lang'> };

/** Cosine of two L2-normalised vectors; null when either is empty (no evidence either way). */
export function cosine(a: SparseVector, b: SparseVector): number | null {
  if (a.idx.length === 0 || b.idx.length === 0) return null;
  return Math.min(1, Math.max(0, dot(a, b)));
}

/**
 * Every signal's score for a pair. Word TF-IDF only compares documents of one (known) language:
 * across languages it would read as 0 and wrongly count against the pair, so it is absent.
 */
export function signalScores(a: PairFeatures, b: PairFeatures): { scores: SignalScores; gap: number | null } {
  const sameLanguage = a.analysis.lang === b.analysis.lang && a.analysis.lang !== 'und';
  return {
    scores: {
      words: sameLanguage ? cosine(a.words, b.words) : null,
      ngrams: cosine(a.ngrams, b.ngrams),
      entities: cosine(a.entities, b.entities),
      dates: dayVectorOverlap(a.dayVector, b.dayVector),
      numbers: cosine(a.numbers, b.numbers),
    },
    gap: eventGap(a.eventDay, b.eventDay),
  };
}
