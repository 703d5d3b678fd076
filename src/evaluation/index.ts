/** Evaluation of a clustering against gold event labels. */
export { evaluate } from './evaluate.js';
export type { EvaluateOptions, EvaluationReport } from './evaluate.js';
export type { ClusteringInput, GoldInput, LanguagesInput } from './inputs.js';
export { buildContingencyTable } from './contingency.js';
export type { ContingencyCell, ContingencyTable } from './contingency.js';
export { pairCounts, pairwiseFromCounts, pairwiseScores } from './pairwise.js';
export type { PairwiseScores } from './pairwise.js';
export type { PairCounts } from './pairCounts.js';
export { bcubedScores, extendedBcubed } from './bcubed.js';
export type { BcubedItem, BcubedScores } from './bcubed.js';
export { adjustedRandIndex } from './ari.js';
export { entropy, mutualInformation, normalizedMutualInformation } from './nmi.js';
export { languagePairScores } from './languagePairs.js';
export type { LanguagePairScores } from './languagePairs.js';
export { f1Score } from './f1.js';
export { pearson, rocAuc } from './pairScores.js';
