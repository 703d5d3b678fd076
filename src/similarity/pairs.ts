import { PairList } from '../clustering/pairList.js';
import type { DocumentPairs } from './candidates.js';
import { MIN_PAIR_PROBABILITY, type Scorer } from './scoring.js';
import type { PairFeatures } from './signals.js';

/** Every pair likely enough to matter (the exact path, for collections up to a few thousand). */
export function allPairs(features: readonly PairFeatures[], scorer: Scorer): PairList {
  const pairs = new PairList();
  for (let a = 0; a < features.length; a++) {
    for (let b = a + 1; b < features.length; b++) {
      const score = scorer.score(features[a] as PairFeatures, features[b] as PairFeatures);
      if (score >= MIN_PAIR_PROBABILITY) pairs.push(a, b, score);
    }
  }
  return pairs;
}

/** Scores of the given pairs (from the candidate index), keeping those likely enough to matter. */
export function scorePairs(features: readonly PairFeatures[], pairs: DocumentPairs, scorer: Scorer): PairList {
  const scores = new Float64Array(pairs.a.length);
  scoreRange(features, pairs, scorer, scores, 0, pairs.a.length);
  return keptPairs(pairs, scores);
}

/** Writes the scores of pairs [from, to) into `scores` (one thread's share of the pairs). */
export function scoreRange(features: readonly PairFeatures[], pairs: DocumentPairs, scorer: Scorer, scores: Float64Array, from: number, to: number): void {
  for (let k = from; k < to; k++) scores[k] = scorer.score(features[pairs.a[k] as number] as PairFeatures, features[pairs.b[k] as number] as PairFeatures);
}

/** The pairs scored at least MIN_PAIR_PROBABILITY, in their order. */
export function keptPairs(pairs: DocumentPairs, scores: Float64Array): PairList {
  const kept = new PairList(pairs.a.length);
  for (let k = 0; k < scores.length; k++) if ((scores[k] as number) >= MIN_PAIR_PROBABILITY) kept.push(pairs.a[k] as number, pairs.b[k] as number, scores[k] as number);
  return kept;
}
