/**
 * `evaluate(result, gold)`: every external clustering metric of this folder in one report.
 *
 * Documents must be the same on both sides: ids in the gold labels but in no predicted cluster,
 * or the reverse, throw a `ClusteringError` (`UNKNOWN_DOCUMENT`) naming them; nothing is dropped
 * silently. Degenerate inputs return defined values (see each metric's file): n = 0 and n = 1
 * score 1 everywhere, as identical (empty or single-block) partitions do.
 */
import type { ClusterResult } from '../types.js';
import { type BcubedScores, bcubedScores } from './bcubed.js';
import { adjustedRandIndex } from './ari.js';
import { buildContingencyTable } from './contingency.js';
import { alignDocuments, documentLanguages } from './align.js';
import { type ClusteringInput, type GoldInput, type LanguagesInput, readGold, readLanguages, readPrediction } from './inputs.js';
import { languagePairScores } from './languagePairs.js';
import { normalizedMutualInformation } from './nmi.js';
import { type PairwiseScores, pairCounts, pairwiseFromCounts } from './pairwise.js';

export interface EvaluateOptions {
  /**
   * Document id → language, for the same-/cross-language breakdown. Added on top of
   * `result.documents[].lang` (and wins on conflict); may hold ids that are not evaluated.
   */
  languages?: LanguagesInput;
}

export interface EvaluationReport {
  /** Number of documents evaluated. */
  documents: number;
  /** Non-empty predicted clusters. */
  predictedClusters: number;
  /** Distinct gold events. */
  goldEvents: number;
  pairwise: PairwiseScores;
  bcubed: BcubedScores;
  /** Adjusted Rand index, in [−1, 1] (0 ≈ chance). */
  ari: number;
  /** Normalised mutual information, arithmetic-mean normaliser (sklearn's default), in [0, 1]. */
  nmi: number;
  /** Pairwise scores over pairs of documents in the same language; null when languages are unknown. */
  sameLanguage: PairwiseScores | null;
  /** Pairwise scores over pairs of documents in different languages; null when languages are unknown. */
  crossLanguage: PairwiseScores | null;
}

/**
 * Scores a predicted clustering against gold event labels.
 *
 * The language breakdown is computed when at least one evaluated document has a known language
 * (from `result.documents` or `options.languages`); then every evaluated document must have one,
 * otherwise a `ClusteringError` (`INVALID_INPUT`) names those without.
 */
export function evaluate(result: ClusterResult | ClusteringInput, gold: GoldInput, options: EvaluateOptions = {}): EvaluationReport {
  const clusterOf = readPrediction(result);
  const goldOf = readGold(gold);
  const ids = alignDocuments(clusterOf, goldOf);
  const predicted = ids.map((id) => clusterOf.get(id) ?? -1);
  const goldLabels = ids.map((id) => goldOf.get(id) ?? '');
  const table = buildContingencyTable(predicted, goldLabels);
  const counts = pairCounts(table);
  const languages = documentLanguages(ids, readLanguages(result, clusterOf, options.languages));
  const breakdown = languages === null ? null : languagePairScores(predicted, goldLabels, languages, counts);
  return {
    documents: table.n,
    predictedClusters: table.rowSums.length,
    goldEvents: table.columnSums.length,
    pairwise: pairwiseFromCounts(counts),
    bcubed: bcubedScores(table),
    ari: adjustedRandIndex(table),
    nmi: normalizedMutualInformation(table),
    sameLanguage: breakdown?.sameLanguage ?? null,
    crossLanguage: breakdown?.crossLanguage ?? null,
  };
}
