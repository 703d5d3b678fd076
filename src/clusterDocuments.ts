import { validateDocuments } from './assert.js';
import { agglomerative, type Merge } from './clustering/agglomerative.js';
import { kmeansClusters } from './clustering/kmeans.js';
import { explainCluster, TopTerms } from './explain/explainCluster.js';
import { evidenceLookup } from './explain/pairEvidence.js';
import { TermCache } from './storage/termCache.js';
import { analyzeDocument, type DocumentAnalysis, type PreparedDocument } from './features/analyzeDocument.js';
import type { LanguageProfile } from './languages/types.js';
import { streamAnalysesInParallel, workerCount } from './parallel/analyzeInParallel.js';
import { unpackChunk, type PackedChunk, type TermUnpacker } from './storage/packedAnalyses.js';
import { type CollectionModel, type DocumentFeatures } from './features/collection.js';
import { CollectionBuilder } from './storage/collectionBuilder.js';
import { INDEX_FROM, resolveOptions, type ClusterOptions, type ResolvedClusterOptions } from './options.js';
import { DEFAULT_CANDIDATE_OPTIONS } from './similarity/candidates.js';
import { candidateHelpers, candidatesInParallel } from './parallel/candidatesInParallel.js';
import { allPairs } from './similarity/pairs.js';
import { compileModel } from './similarity/pairModel.js';
import { Scorer, type ScoringModel } from './similarity/scoring.js';
import { poolClusters, type PooledMerge } from './clustering/poolClusters.js';
import { scoreInParallel, scoringHelpers } from './parallel/scoreInParallel.js';
import { vectorHelpers } from './parallel/vectorsInParallel.js';
import type { ClusterResult, DocumentInput, DocumentSummary, EventCluster, PairEvidence } from './types.js';

/**
 * Groups news documents that report the same real-world event, across languages:
 * validate → analyse each document → fit collection statistics → pair similarity → cluster →
 * explain. Deterministic: documents are processed in id order, so input order does not matter.
 */
export function clusterDocuments(documents: readonly DocumentInput[], options: ClusterOptions = {}): ClusterResult & EvidenceLookup {
  const prepared = validateDocuments(documents).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { resolved, profiles } = resolveOptions(options, prepared.length);
  // Inputs large enough for worker threads are the ones whose pair scoring runs on helper
  // threads too: their vectors are built where the helpers can read them without a copy, and
  // from PARALLEL_VECTORS_FROM documents on helper threads, from counts the workers share.
  const sharedVectors = workerCount(resolved.workers, prepared.length, profiles) > 0;
  const helpers = sharedVectors ? vectorHelpers(resolved.workers, prepared.length) : 0;
  const builder = new CollectionBuilder({ sharedVectors, vectorHelpers: helpers });
  analyzeInto(builder, prepared, profiles, resolved, helpers > 0);
  const { model, features } = builder.finish();
  return clusterFeatures(features, model, resolved);
}

/**
 * Clusters documents whose features are built, and explains the clusters. Cluster ids are
 * `c1`, `c2`, … by size (then first member) unless `nameClusters` gives each its id.
 */
export function clusterFeatures(features: readonly DocumentFeatures[], model: CollectionModel, resolved: ResolvedClusterOptions, nameClusters?: (groups: readonly (readonly string[])[]) => string[]): ClusterResult & EvidenceLookup {
  // One scorer for the whole run: clustering and the clusters' cohesion read the same model.
  const scoring: ScoringModel = { model: compileModel(resolved.model), entityDf: model.entities.df.table };
  const scorer = Scorer.from(scoring);
  const groups = group(features, scoring, scorer, resolved)
    .map((g) => ({ members: g.members.map((i) => features[i] as DocumentFeatures), merges: g.merges }))
    .sort((x, y) => y.members.length - x.members.length || (x.members[0]?.id ?? '').localeCompare(y.members[0]?.id ?? ''));
  const ids = nameClusters?.(groups.map((g) => g.members.map((f) => f.id))) ?? groups.map((_, i) => `c${i + 1}`);
  const topTerms = new TopTerms(model);
  const clusters = groups.map((g, i) => explainCluster(ids[i] ?? `c${i + 1}`, g.members, g.merges, features, model, resolved, topTerms, scorer));
  return withEvidence({ clusters, documents: features.map(summary), options: resolved }, features, model, resolved);
}

/** Where analyses go as they are made: one at a time (in this thread) or a packed chunk at a time (from workers). */
export interface AnalysisSink {
  add(analysis: DocumentAnalysis): void;
  addChunk(chunk: PackedChunk, terms: TermUnpacker): void;
}

/** Feature extraction, on worker threads for large inputs (same results as in this thread). */
export function analyzeAll(prepared: readonly PreparedDocument[], profiles: ReadonlyMap<string, LanguageProfile>, options: ResolvedClusterOptions): DocumentAnalysis[] {
  const analyses: DocumentAnalysis[] = [];
  analyzeInto({ add: (analysis) => analyses.push(analysis), addChunk: (chunk, terms) => analyses.push(...unpackChunk(chunk, terms)) }, prepared, profiles, options);
  return analyses;
}

/** Feature extraction into `sink` in input order, as analyses arrive (e.g. straight into the collection statistics); `sharedKept`, see streamAnalysesInParallel. */
function analyzeInto(sink: AnalysisSink, prepared: readonly PreparedDocument[], profiles: ReadonlyMap<string, LanguageProfile>, options: ResolvedClusterOptions, sharedKept = false): void {
  const workers = workerCount(options.workers, prepared.length, profiles);
  if (workers > 0) return streamAnalysesInParallel(prepared, [...profiles.keys()], options.referenceDate, workers, (chunk, terms) => sink.addChunk(chunk, terms), sharedKept);
  const cache = new TermCache();
  for (const doc of prepared) sink.add(analyzeDocument(doc, { languages: profiles, referenceDate: options.referenceDate, cache }));
}

/**
 * Clusters of document indices and the merges that made each: pair scores (every pair, or the
 * candidate index's), threshold agglomerative clustering, then the pooled pass over its clusters
 * (clustering/poolClusters.ts); or k-means.
 */
function group(features: readonly DocumentFeatures[], scoring: ScoringModel, scorer: Scorer, options: ResolvedClusterOptions): { members: number[]; merges: ClusterMerges }[] {
  if (options.algorithm === 'kmeans') {
    return kmeansClusters((i, j) => scorer.score(features[i] as DocumentFeatures, features[j] as DocumentFeatures), features.length, options.k ?? 1, options.seed).map((members) => ({ members, merges: { documents: [], pooled: [] } }));
  }
  const useIndex = options.candidates === 'index' || (options.candidates === 'auto' && features.length > INDEX_FROM);
  const candidates = useIndex ? candidatesInParallel(features, { ...DEFAULT_CANDIDATE_OPTIONS, neighbours: options.neighbours }, candidateHelpers(options.workers, features.length)) : undefined;
  const pairs = candidates === undefined ? allPairs(features, scorer) : scoreInParallel(features, candidates, scoring, scoringHelpers(options.workers, candidates.a.length));
  const first = agglomerative(features.length, pairs, options.threshold, options.linkage);
  if (!options.pooling) return first.clusters.map((members) => ({ members, merges: { documents: first.merges.get(members[0] ?? -1) ?? [], pooled: [] } }));
  const second = poolClusters(first.clusters, features, pairs, scorer, options.model.poolThreshold);
  // A pooled cluster's document merges are those of the first-pass clusters it is made of.
  const firstKeys = new Set(first.clusters.map((members) => members[0] ?? -1));
  return second.clusters.map((members) => {
    const parts = members.filter((d) => firstKeys.has(d));
    return { members, merges: { documents: parts.flatMap((d) => first.merges.get(d) ?? []), pooled: second.merges.get(members[0] ?? -1) ?? [] } };
  });
}

/** How a cluster was built: the merges of document pairs (first pass) and of pooled clusters (second pass). */
export interface ClusterMerges {
  documents: Merge[];
  pooled: PooledMerge[];
}

function summary(f: DocumentFeatures): DocumentSummary {
  const s: DocumentSummary = { id: f.id, lang: f.analysis.lang, langSource: f.analysis.langSource, title: f.analysis.title, eventDate: f.analysis.eventDate };
  if (f.analysis.note !== undefined) s.note = f.analysis.note;
  return s;
}

/** Ask a result for the evidence behind any pair of its documents. */
export interface EvidenceLookup {
  evidence(a: string, b: string): PairEvidence;
}

/** Adds `evidence(a, b)` as a non-enumerable method, so the result still serialises as plain data. */
function withEvidence(result: ClusterResult, features: readonly DocumentFeatures[], model: CollectionModel, options: ResolvedClusterOptions): ClusterResult & EvidenceLookup {
  Object.defineProperty(result, 'evidence', { value: evidenceLookup(features, model, options), enumerable: false });
  return result as ClusterResult & EvidenceLookup;
}

export type { EventCluster };
