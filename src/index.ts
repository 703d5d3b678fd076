/** event-clusters: group multilingual news documents by the real-world event they describe. */
export { clusterDocuments, type EvidenceLookup } from './clusterDocuments.js';
export { EventClusterer, DEFAULT_WINDOW_DAYS, type EventClustererState, type StreamOptions } from './stream/EventClusterer.js';
export { analyzeCollection, pairSimilarity, type AnalyzedCollection } from './analyzeCollection.js';
export { analyzeDocument as extractFeatures, type DocumentAnalysis, type PreparedDocument } from './features/analyzeDocument.js';
export { DEFAULT_OPTIONS, INDEX_FROM, resolveOptions, type CandidateStrategy, type Algorithm, type ClusterOptions, type Linkage, type ResolvedClusterOptions } from './options.js';
export { ClusteringError, type ErrorCode, type ErrorLocation } from './errors.js';
export { detectLanguage, type LanguageGuess } from './languages/detect.js';
export { LANGUAGES, getLanguage, neutral, da, de, en, es, fi, fr, it, nl, no, pt, sv } from './languages/index.js';
export type { DateOrder, LanguageProfile, NumericDateOrder, Seven, Twelve } from './languages/types.js';
export { normalizeText } from './text/normalize.js';
export { fold } from './text/fold.js';
export { tokenize, type Token } from './text/tokenize.js';
export { wordForms } from './text/words.js';
export { stripBoilerplate } from './text/boilerplate.js';
export { extractDates, type DateContext } from './features/dates.js';
export { extractNumbers } from './features/numbers.js';
export { extractEntities, type RawEntity } from './features/entities.js';
export { SIGNAL_NAMES } from './types.js';
export { DEFAULT_PAIR_MODEL } from './similarity/defaultModel.js';
export { validateModel, withoutSignals, type PairModel } from './similarity/pairModel.js';
export { INPUT_SIGNAL, PAIR_INPUTS, type PairInputName } from './similarity/pairInputs.js';
export { corpusExamples, pairExamples, type CorpusExampleOptions, type ExampleOptions, type LabelledPair, type PairExample } from './training/pairExamples.js';
export { calibrationTable, trainPairModel, type CalibrationBin, type TrainedModel, type TrainingSet, type TrainOptions } from './training/trainPairModel.js';
export { tuneThresholds, type LabelledCorpus, type TuneOptions, type TuningRow } from './training/tuneThresholds.js';
export type {
  ClusterResult,
  DateMention,
  DatePrecision,
  DocumentInput,
  DocumentSummary,
  EntityMention,
  EventCluster,
  InputContribution,
  PooledSource,
  NewsDocumentInput,
  NumberMention,
  PairEvidence,
  SignalContribution,
  SignalName,
  YearSource,
} from './types.js';
export {
  evaluate,
  adjustedRandIndex,
  bcubedScores,
  extendedBcubed,
  normalizedMutualInformation,
  pairwiseScores,
  buildContingencyTable,
  pearson,
  rocAuc,
  type EvaluateOptions,
  type EvaluationReport,
  type ClusteringInput,
  type GoldInput,
  type PairwiseScores,
  type BcubedScores,
} from './evaluation/index.js';
export {
  loadJsonl,
  parseJsonl,
  loadMiranda,
  parseMiranda,
  loadOg2021,
  parseOg2021,
  loadGoldTsv,
  parseGoldTsv,
  loadSemEvalPairs,
  parseSemEvalPairs,
  type LoadedPairs,
  type RatedPair,
  type SemEvalOptions,
  type LoadedCorpus,
  type LoadProblem,
  type LoaderOptions,
  type GoldTsv,
  type GoldTsvOptions,
  type MirandaOptions,
} from './loaders/index.js';
