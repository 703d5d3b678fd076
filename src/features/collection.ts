import type { DocumentAnalysis } from './analyzeDocument.js';
import { dayVector, type DayVector } from '../similarity/dateOverlap.js';
import { NameMatcher } from './nameMatcher.js';
import { EMPTY_VECTOR, type SparseVector } from './sparse.js';
import { NGRAM_BUCKETS } from './ngrams.js';
import { DocumentFrequencies, tfidfFromSorted, tfidfVector, Vocabulary } from './tfidf.js';

/** One feature space: interned terms and their document frequencies. */
export interface FeatureSpace {
  vocab: Vocabulary;
  df: DocumentFrequencies;
}

/** Collection statistics learnt from the documents (the "fit" step). */
export interface CollectionModel {
  words: FeatureSpace;
  ngrams: FeatureSpace;
  entities: FeatureSpace;
  numbers: FeatureSpace;
  names: NameMatcher;
  /** Canonical entity key → surface forms written for it, with counts. */
  entitySurfaces: Map<string, Map<string, number>>;
}

/** A document's vectors in every space, ready for pair similarity. */
export interface DocumentFeatures {
  id: string;
  analysis: DocumentAnalysis;
  words: SparseVector;
  ngrams: SparseVector;
  entities: SparseVector;
  numbers: SparseVector;
  /** Canonical entity key → mention count. */
  entityCounts: Map<string, number>;
  /** Day-precision date value → weight (datelines count 0.3). */
  days: Map<string, number>;
  /** The same days parsed for the pair loop. */
  dayVector: DayVector;

}

const DATELINE_WEIGHT = 0.3;

export function emptyModel(): CollectionModel {
  const space = (size?: number): FeatureSpace => ({ vocab: new Vocabulary(), df: new DocumentFrequencies(size) });
  return { words: space(), ngrams: space(NGRAM_BUCKETS), entities: space(), numbers: space(), names: new NameMatcher(), entitySurfaces: new Map() };
}

/** Registers name tokens most frequent first (ties by spelling), so results do not depend on input order. */
export function registerNames(model: CollectionModel, analyses: readonly DocumentAnalysis[]): void {
  const frequency = new Map<string, number>();
  for (const a of analyses) for (const token of new Set(a.entities.flatMap((e) => e.tokens))) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const ordered = [...frequency].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  for (const [token] of ordered) model.names.add(token);
}

export function entityCounts(model: CollectionModel, analysis: DocumentAnalysis): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entity of analysis.entities) {
    const key = entity.tokens.map((t) => model.names.get(t)).join(' ');
    if (key.length === 0) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const surfaces = model.entitySurfaces.get(key) ?? new Map<string, number>();
    surfaces.set(entity.surface, (surfaces.get(entity.surface) ?? 0) + 1);
    model.entitySurfaces.set(key, surfaces);
  }
  return counts;
}

function intern(space: FeatureSpace, counts: ReadonlyMap<string, number>, prefix = ''): Map<number, number> {
  const ids = new Map<number, number>();
  for (const [term, count] of counts) ids.set(space.vocab.id(prefix + term), count);
  return ids;
}

interface Interned {
  words: Map<number, number>;
  entities: Map<number, number>;
  numbers: Map<number, number>;
  entityCounts: Map<string, number>;
}

/** Interns one document's terms and counts them in the document frequencies. */
export function addToModel(model: CollectionModel, analysis: DocumentAnalysis): Interned {
  const counts = entityCounts(model, analysis);
  const interned: Interned = {
    words: intern(model.words, analysis.words, `${analysis.lang}:`),
    entities: intern(model.entities, counts),
    numbers: intern(model.numbers, new Map(analysis.numbers.map((n) => [n.key, n.count]))),
    entityCounts: counts,
  };
  model.words.df.addDocument(interned.words.keys(), analysis.lang);
  model.ngrams.df.addDocument(analysis.ngrams.ids); // hashed ids: no vocabulary
  model.entities.df.addDocument(interned.entities.keys());
  model.numbers.df.addDocument(interned.numbers.keys());
  return interned;
}

export function vectorize(model: CollectionModel, analysis: DocumentAnalysis, interned: Interned): DocumentFeatures {
  const days = new Map<string, number>();
  for (const m of analysis.dates) {
    if (m.precision === 'day') days.set(m.value, (days.get(m.value) ?? 0) + (m.dateline ? DATELINE_WEIGHT : 1));
  }
  const vector = (space: FeatureSpace, counts: Map<number, number>, population = '') =>
    counts.size === 0 ? EMPTY_VECTOR : tfidfVector(counts, space.df, population);
  return {
    id: analysis.id,
    analysis,
    words: vector(model.words, interned.words, analysis.lang),
    ngrams: analysis.ngrams.ids.length === 0 ? EMPTY_VECTOR : tfidfFromSorted(analysis.ngrams.ids, analysis.ngrams.counts, model.ngrams.df),
    entities: vector(model.entities, interned.entities),
    numbers: vector(model.numbers, interned.numbers),
    entityCounts: interned.entityCounts,
    days,
    dayVector: dayVector(days),
  };
}

/**
 * Fits the collection statistics on all analyses and returns every document's features. With
 * `release`, each feature keeps a copy of its analysis without the term maps and raw entities
 * (already turned into vectors and entity counts): memory for 100k documents, not 100k × 2.
 */
export function buildFeatures(analyses: readonly DocumentAnalysis[], release = false): { model: CollectionModel; features: DocumentFeatures[] } {
  const model = emptyModel();
  registerNames(model, analyses);
  // Two passes: every document's terms must be counted before any vector reads the IDF.
  const interned = analyses.map((a) => addToModel(model, a));
  const features = analyses.map((a, i) => {
    const feature = vectorize(model, a, interned[i] as Interned);
    return release ? { ...feature, analysis: { ...a, words: new Map<string, number>(), entities: [], ngrams: EMPTY_NGRAMS } } : feature;
  });
  return { model, features };
}

const EMPTY_NGRAMS = Object.freeze({ ids: new Int32Array(0), counts: new Int32Array(0) });
