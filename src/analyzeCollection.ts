import { validateDocuments } from './assert.js';
import { evidenceLookup } from './explain/pairEvidence.js';
import { TermCache } from './storage/termCache.js';
import { analyzeDocument, type DocumentAnalysis } from './features/analyzeDocument.js';
import { buildFeatures } from './storage/collectionBuilder.js';
import type { CollectionModel, DocumentFeatures } from './features/collection.js';
import { resolveOptions, type ClusterOptions, type ResolvedClusterOptions } from './options.js';
import type { DocumentInput, PairEvidence } from './types.js';

/** The features of a collection, for users who compose the stages themselves. */
export interface AnalyzedCollection {
  /** Per-document analysis (language, terms, entities, dates, numbers, event date), in id order. */
  documents: DocumentAnalysis[];
  /** The pair model's probability that two documents report one event, written out input by input. */
  evidence(a: string, b: string): PairEvidence;
}

/** Runs normalisation and feature extraction over a collection (IDF and names fitted on it). */
export function analyzeCollection(documents: readonly DocumentInput[], options: ClusterOptions = {}): AnalyzedCollection {
  const { analyses, model, features, resolved } = collectionFeatures(documents, options);
  return { documents: analyses, evidence: evidenceLookup(features, model, resolved) };
}

/** Validation, analysis (in id order, in this thread) and the collection's features: what `analyzeCollection` and the training examples build on. */
export function collectionFeatures(documents: readonly DocumentInput[], options: ClusterOptions = {}): { analyses: DocumentAnalysis[]; model: CollectionModel; features: DocumentFeatures[]; resolved: ResolvedClusterOptions } {
  const prepared = validateDocuments(documents).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { resolved, profiles } = resolveOptions({ ...options, algorithm: 'agglomerative', k: undefined }, prepared.length);
  const cache = new TermCache();
  const analyses = prepared.map((doc) => analyzeDocument(doc, { languages: profiles, referenceDate: resolved.referenceDate, cache }));
  return { analyses, ...buildFeatures(analyses), resolved };
}

/** The evidence for one pair of documents, with collection statistics fitted on `context` too. */
export function pairSimilarity(a: DocumentInput, b: DocumentInput, options: ClusterOptions = {}, context: readonly DocumentInput[] = []): PairEvidence {
  const ids = [a, b].map((d, i) => (typeof d === 'string' ? `__pair_${i}` : d.id));
  const docs = [a, b].map((d, i) => (typeof d === 'string' ? { id: ids[i] as string, text: d } : d));
  return analyzeCollection([...docs, ...context], options).evidence(ids[0] as string, ids[1] as string);
}
