/**
 * Pairwise scores restricted to same-language or cross-language pairs. For multilingual event
 * clustering the cross-language figure says whether translations and foreign reports of one event
 * are linked; the same-language figure is the monolingual part of the task.
 *
 * Only pairwise scores are broken down: pairs split cleanly into the two kinds, whereas BCubed,
 * ARI and NMI are per-document or per-partition quantities with no such decomposition. The
 * conventions are those of `pairwise.ts` (e.g. a monolingual corpus has no cross-language pairs at
 * all, so its cross-language precision and recall are vacuously 1).
 */
import { indexLabels } from './contingency.js';
import { type PairCounts, sumPairs } from './pairCounts.js';
import { type PairwiseScores, pairwiseFromCounts } from './pairwise.js';

export interface LanguagePairScores {
  sameLanguage: PairwiseScores;
  crossLanguage: PairwiseScores;
}

/**
 * `predicted[i]`, `gold[i]` and `languages[i]` label document i (labels compared with `===`); `total` is the pair counts over
 * all pairs (from the contingency table). Same-language counts group by language as well;
 * cross-language counts are the difference.
 */
export function languagePairScores(
  predicted: readonly unknown[],
  gold: readonly unknown[],
  languages: readonly string[],
  total: PairCounts,
): LanguagePairScores {
  const p = indexLabels(predicted).indices;
  const g = indexLabels(gold).indices;
  const l = indexLabels(languages).indices;
  const same: PairCounts = {
    truePositives: sumPairs(countKeys(p.map((label, i) => `${label}:${l[i]}:${g[i]}`))),
    predictedPairs: sumPairs(countKeys(p.map((label, i) => `${label}:${l[i]}`))),
    goldPairs: sumPairs(countKeys(g.map((label, i) => `${label}:${l[i]}`))),
  };
  const cross: PairCounts = {
    truePositives: total.truePositives - same.truePositives,
    predictedPairs: total.predictedPairs - same.predictedPairs,
    goldPairs: total.goldPairs - same.goldPairs,
  };
  return { sameLanguage: pairwiseFromCounts(same), crossLanguage: pairwiseFromCounts(cross) };
}

function countKeys(keys: readonly string[]): IterableIterator<number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts.values();
}
