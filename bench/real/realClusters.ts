/**
 * The real-set part of `npm run bench:real`: each half clustered on its own by the library (the
 * full model and the ablations, default options) and by the two plain peers (cosine of TF-IDF
 * vectors fitted on the half, the library's agglomerative clustering with average linkage). The
 * peers' threshold, and a second run of the full model's, are searched on the tuning half (best
 * BCubed F1) and applied unchanged to the test half.
 */
import { agglomerative, type ScoredPair } from '../../src/clustering/agglomerative.js';
import { clusterDocuments, evaluate, type ClusterOptions, type EvaluationReport } from '../../src/index.js';
import { REFERENCE_DATE } from '../lib/constants.js';
import { HALVES, type Half, type HalfCorpus } from './realSet.js';
import { BASELINE_NAMES, cosineOf, tfidfVectors, type BaselineAnalyzer } from './tfidfBaselines.js';
import { worstErrors, type PairError } from './worstErrors.js';

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface HalfScores {
  documents: number;
  events: number;
  clusters: number;
  bcubed: Scores;
  pairwise: Scores;
  crossLanguage: Scores | null;
  sameLanguage: Scores | null;
}

export interface RealRow {
  config: string;
  description: string;
  threshold: number;
  halves: Record<Half, HalfScores>;
}

export interface RealResults {
  rows: RealRow[];
  worstErrors: Record<Half, PairError[]>;
}

export interface RealConfig {
  name: string;
  description: string;
  options: ClusterOptions;
}

type Clusterer = (corpus: HalfCorpus, threshold: number) => { clusters: { members: string[] }[] };

const THRESHOLDS = Array.from({ length: 89 }, (_, i) => Math.round((0.02 + i * 0.01) * 100) / 100);

const pick = (s: Scores | null): Scores | null => (s === null ? null : { precision: s.precision, recall: s.recall, f1: s.f1 });

function scoresOf(corpus: HalfCorpus, report: EvaluationReport): HalfScores {
  return {
    documents: report.documents,
    events: report.goldEvents,
    clusters: report.predictedClusters,
    bcubed: pick(report.bcubed) as Scores,
    pairwise: pick(report.pairwise) as Scores,
    crossLanguage: pick(report.crossLanguage),
    sameLanguage: pick(report.sameLanguage),
  };
}

function measure(corpus: HalfCorpus, clusterer: Clusterer, threshold: number): HalfScores {
  return scoresOf(corpus, evaluate(clusterer(corpus, threshold), corpus.gold, { languages: corpus.languages }));
}

/** The threshold with the best BCubed F1 on the tuning half (ties: the lower threshold). */
function searchThreshold(tuning: HalfCorpus, clusterer: Clusterer): number {
  let best = { threshold: THRESHOLDS[0] as number, f1: -1 };
  for (const threshold of THRESHOLDS) {
    const f1 = measure(tuning, clusterer, threshold).bcubed.f1;
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return best.threshold;
}

function row(config: string, description: string, halves: Record<Half, HalfCorpus>, clusterer: Clusterer, threshold: number): RealRow {
  const scores = Object.fromEntries(HALVES.map((h) => [h, measure(halves[h], clusterer, threshold)])) as Record<Half, HalfScores>;
  return { config, description, threshold, halves: scores };
}

const library = (options: ClusterOptions): Clusterer => (corpus, threshold) => clusterDocuments(corpus.documents, { referenceDate: REFERENCE_DATE, ...options, threshold });

function peer(analyzer: BaselineAnalyzer): Clusterer {
  const memo = new Map<HalfCorpus, ScoredPair[]>();
  const pairsOf = (corpus: HalfCorpus): ScoredPair[] => {
    const known = memo.get(corpus);
    if (known !== undefined) return known;
    const vectors = tfidfVectors(corpus.documents.map((d) => d.text), analyzer);
    const pairs: ScoredPair[] = [];
    for (let a = 0; a < vectors.length; a++) for (let b = a + 1; b < vectors.length; b++) pairs.push({ a, b, score: cosineOf(vectors[a] as never, vectors[b] as never) });
    memo.set(corpus, pairs);
    return pairs;
  };
  return (corpus, threshold) => {
    const { clusters } = agglomerative(corpus.documents.length, pairsOf(corpus), threshold, 'average');
    return { clusters: clusters.map((members) => ({ members: members.map((i) => corpus.documents[i]?.id as string) })) };
  };
}

export function runRealSet(halves: Record<Half, HalfCorpus>, configs: readonly RealConfig[], defaultThreshold: number, log: (line: string) => void): RealResults {
  const rows: RealRow[] = [];
  for (const config of configs) {
    log(`real: ${config.name}`);
    rows.push(row(config.name, config.description, halves, library(config.options), config.options.threshold ?? defaultThreshold));
  }
  log('real: full model, threshold searched on the tuning half');
  const full = library({});
  rows.push(row('full model, threshold searched', 'default options but the threshold: best BCubed F1 on the tuning half', halves, full, searchThreshold(halves.tuning, full)));
  for (const analyzer of ['words', 'char4'] as const) {
    log(`real: baseline ${BASELINE_NAMES[analyzer]}`);
    const clusterer = peer(analyzer);
    rows.push(row(`baseline: ${BASELINE_NAMES[analyzer]}`, 'average linkage, threshold searched on the tuning half', halves, clusterer, searchThreshold(halves.tuning, clusterer)));
  }
  const errors = Object.fromEntries(HALVES.map((h) => [h, worstErrors(halves[h], clusterDocuments(halves[h].documents, { referenceDate: REFERENCE_DATE }), 10)])) as Record<Half, PairError[]>;
  return { rows, worstErrors: errors };
}
