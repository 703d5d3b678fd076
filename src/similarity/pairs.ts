import { PairList } from '../clustering/pairList.js';
import type { DocumentFeatures } from '../features/collection.js';
import type { ResolvedClusterOptions } from '../options.js';
import type { DocumentPairs } from './candidates.js';
import { fusedScore, type FuseOptions } from './combine.js';
import { signalScores, type PairFeatures } from './signals.js';

/** The fused similarity of documents i and j. */
export function pairScore(a: PairFeatures, b: PairFeatures, options: FuseOptions): number {
  const { scores, gap } = signalScores(a, b);
  return fusedScore(scores, gap, options);
}

/** Every pair with a positive fused score (the exact path, for collections up to a few thousand). */
export function allPairs(features: readonly DocumentFeatures[], options: ResolvedClusterOptions): PairList {
  const pairs = new PairList();
  for (let a = 0; a < features.length; a++) {
    for (let b = a + 1; b < features.length; b++) {
      const score = pairScore(features[a] as DocumentFeatures, features[b] as DocumentFeatures, options);
      if (score > 0) pairs.push(a, b, score);
    }
  }
  return pairs;
}

/** Fused scores of the given pairs (from the candidate index), keeping the positive ones. */
export function scorePairs(features: readonly PairFeatures[], pairs: DocumentPairs, options: FuseOptions): PairList {
  const scores = new Float64Array(pairs.a.length);
  scoreRange(features, pairs, options, scores, 0, pairs.a.length);
  return positivePairs(pairs, scores);
}

/** Writes the fused scores of pairs [from, to) into `scores` (one thread's share of the pairs). */
export function scoreRange(features: readonly PairFeatures[], pairs: DocumentPairs, options: FuseOptions, scores: Float64Array, from: number, to: number): void {
  for (let k = from; k < to; k++) scores[k] = pairScore(features[pairs.a[k] as number] as PairFeatures, features[pairs.b[k] as number] as PairFeatures, options);
}

/** The pairs with a positive score, in their order. */
export function positivePairs(pairs: DocumentPairs, scores: Float64Array): PairList {
  const kept = new PairList(pairs.a.length);
  for (let k = 0; k < scores.length; k++) if ((scores[k] as number) > 0) kept.push(pairs.a[k] as number, pairs.b[k] as number, scores[k] as number);
  return kept;
}
