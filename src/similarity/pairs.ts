import { PairList } from '../clustering/pairList.js';
import type { DocumentFeatures } from '../features/collection.js';
import type { ResolvedClusterOptions } from '../options.js';
import type { DocumentPairs } from './candidates.js';
import { fusedScore } from './combine.js';
import { signalScores } from './signals.js';

/** The fused similarity of documents i and j. */
export function pairScore(a: DocumentFeatures, b: DocumentFeatures, options: ResolvedClusterOptions): number {
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
export function scorePairs(features: readonly DocumentFeatures[], pairs: DocumentPairs, options: ResolvedClusterOptions): PairList {
  const scored = new PairList(pairs.a.length);
  for (let k = 0; k < pairs.a.length; k++) {
    const a = pairs.a[k] as number;
    const b = pairs.b[k] as number;
    const score = pairScore(features[a] as DocumentFeatures, features[b] as DocumentFeatures, options);
    if (score > 0) scored.push(a, b, score);
  }
  return scored;
}
