import { validateDocuments } from '../assert.js';
import { analyzeAll, clusterFeatures, type EvidenceLookup } from '../clusterDocuments.js';
import { ClusteringError } from '../errors.js';
import type { DocumentAnalysis } from '../features/analyzeDocument.js';
import { parseDayValue, dayNumber } from '../features/calendar.js';
import { spanOf } from '../features/timeSpan.js';
import { addToModel, emptyModel, registerNames, vectorize, type CollectionModel } from '../features/collection.js';
import { NameMatcher } from '../features/nameMatcher.js';
import type { LanguageProfile } from '../languages/types.js';
import { resolveOptions, type ClusterOptions, type ResolvedClusterOptions } from '../options.js';
import type { ClusterResult, DocumentInput } from '../types.js';
import { deserializeAnalysis, serializeAnalysis, type SerializedAnalysis } from './serialize.js';
import { assignStableIds } from './stableIds.js';

export interface StreamOptions extends Omit<ClusterOptions, 'algorithm' | 'k'> {
  /** Documents whose date is more than this many days behind the newest leave the active pool. */
  windowDays?: number;
}

export const DEFAULT_WINDOW_DAYS = 14;

interface Entry {
  analysis: DocumentAnalysis;
  interned: ReturnType<typeof addToModel>;
  /** Day number the window judges the document by: event date, else publication, else arrival. */
  day: number;
  arrival: number;
}

export interface EventClustererState {
  version: 1;
  options: StreamOptions & { referenceDate: string };
  nextCluster: number;
  arrivals: number;
  newestDay: number | null;
  assignments: [string, string][];
  names: [string, string][];
  documents: { analysis: SerializedAnalysis; day: number; arrival: number }[];
}

/** The document's day in the window: its event day, else the first day of its publication date (of any precision). */
function dayOf(analysis: DocumentAnalysis): number {
  const p = analysis.eventDate === null ? null : parseDayValue(analysis.eventDate);
  if (p !== null && p.year !== null) return dayNumber(p.year, p.month, p.day);
  return (analysis.publishedAt === null ? null : spanOf(analysis.publishedAt))?.start ?? Number.NaN;
}

/**
 * Incremental event clustering for a stream of news: `add` documents as they arrive (features
 * extracted once, collection statistics updated in place), `clusters()` when you need them.
 * Only documents within `windowDays` of the newest stay active, so memory follows the window,
 * not the stream. Cluster ids stay stable across updates. `toJSON`/`fromJSON` persist it all.
 */
export class EventClusterer {
  readonly options: ResolvedClusterOptions;
  readonly windowDays: number;
  private readonly given: StreamOptions & { referenceDate: string };
  private readonly profiles: Map<string, LanguageProfile>;
  private model: CollectionModel = emptyModel();
  private readonly entries = new Map<string, Entry>();
  private assignments = new Map<string, string>();
  private nextCluster = 1;
  private arrivals = 0;
  private newestDay = Number.NEGATIVE_INFINITY;
  private evictedSinceCompaction = 0;

  constructor(options: StreamOptions = {}) {
    const { windowDays, ...rest } = options;
    if (windowDays !== undefined && (typeof windowDays !== 'number' || !(windowDays >= 0) || !Number.isFinite(windowDays))) {
      throw new ClusteringError('INVALID_OPTION', `must be a non-negative number of days, got ${String(windowDays)}`, { option: 'windowDays' });
    }
    const { resolved, profiles } = resolveOptions({ ...rest, algorithm: 'agglomerative' });
    this.options = resolved;
    this.profiles = profiles;
    this.windowDays = windowDays ?? DEFAULT_WINDOW_DAYS;
    this.given = { ...options, windowDays: this.windowDays, referenceDate: resolved.referenceDate };
  }

  /** Number of active documents. */
  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** Adds documents (ids must be new to the active pool), then lets old ones leave the window. */
  add(documents: readonly DocumentInput[]): void {
    const prepared = validateDocuments(documents);
    prepared.forEach((doc, index) => {
      if (this.entries.has(doc.id)) throw new ClusteringError('DUPLICATE_ID', 'a document with this id is already in the clusterer', { index, documentId: doc.id });
    });
    prepared.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.ingest(analyzeAll(prepared, this.profiles, this.options));
    this.evict();
  }

  /** Removes a document; returns whether it was active. */
  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (entry === undefined) return false;
    this.forget(id, entry);
    return true;
  }

  /** The current clusters of the active documents, with stable ids. */
  clusters(): ClusterResult & EvidenceLookup {
    const active = [...this.entries.values()].sort((a, b) => (a.analysis.id < b.analysis.id ? -1 : 1));
    const features = active.map((e) => vectorize(this.model, e.analysis, e.interned));
    let counter = this.nextCluster;
    const result = clusterFeatures(features, this.model, this.options, (groups) => assignStableIds(groups, this.assignments, () => `e${counter++}`));
    this.nextCluster = counter;
    this.assignments = new Map(result.clusters.flatMap((c) => c.members.map((m) => [m, c.id] as [string, string])));
    return result;
  }

  toJSON(): EventClustererState {
    const documents = [...this.entries.values()].sort((a, b) => a.arrival - b.arrival);
    return {
      version: 1,
      options: this.given,
      nextCluster: this.nextCluster,
      arrivals: this.arrivals,
      newestDay: Number.isFinite(this.newestDay) ? this.newestDay : null,
      assignments: [...this.assignments],
      names: this.model.names.entries(),
      documents: documents.map((e) => ({ analysis: serializeAnalysis(e.analysis), day: e.day, arrival: e.arrival })),
    };
  }

  static fromJSON(state: EventClustererState): EventClusterer {
    if (state?.version !== 1 || !Array.isArray(state.documents)) throw new ClusteringError('INVALID_STATE', 'not an EventClusterer state (version 1)');
    const clusterer = new EventClusterer(state.options);
    clusterer.model.names = NameMatcher.fromEntries(state.names);
    for (const d of state.documents) {
      const analysis = deserializeAnalysis(d.analysis);
      clusterer.entries.set(analysis.id, { analysis, interned: addToModel(clusterer.model, analysis), day: d.day, arrival: d.arrival });
    }
    clusterer.nextCluster = state.nextCluster;
    clusterer.arrivals = state.arrivals;
    clusterer.newestDay = state.newestDay ?? Number.NEGATIVE_INFINITY;
    clusterer.assignments = new Map(state.assignments);
    return clusterer;
  }

  private ingest(analyses: readonly DocumentAnalysis[]): void {
    registerNames(this.model, analyses);
    for (const analysis of analyses) {
      const day = dayOf(analysis);
      if (day > this.newestDay) this.newestDay = day;
      this.entries.set(analysis.id, { analysis, interned: addToModel(this.model, analysis), day, arrival: this.arrivals++ });
    }
    // Undated documents age with the stream: they take the newest day seen so far.
    for (const entry of this.entries.values()) if (Number.isNaN(entry.day) && Number.isFinite(this.newestDay)) entry.day = this.newestDay;
  }

  private evict(): void {
    const oldest = this.newestDay - this.windowDays;
    for (const [id, entry] of this.entries) if (entry.day < oldest) this.forget(id, entry);
    if (this.evictedSinceCompaction > Math.max(1_000, this.entries.size)) this.compact();
  }

  private forget(id: string, entry: Entry): void {
    const { interned, analysis } = entry;
    this.model.words.df.removeDocument(interned.words.ids, analysis.lang);
    this.model.ngrams.df.removeDocument(analysis.ngrams.ids);
    this.model.entities.df.removeDocument(interned.entities.ids);
    this.model.numbers.df.removeDocument(interned.numbers.ids);
    this.entries.delete(id);
    this.assignments.delete(id);
    this.evictedSinceCompaction++;
  }

  /** Rebuilds vocabularies and name index from the active documents, so memory follows the window. */
  private compact(): void {
    const active = [...this.entries.values()].sort((a, b) => a.arrival - b.arrival);
    const previousNames = this.model.names;
    this.model = emptyModel();
    // Keep each token's canonical form: re-registering could pick other representatives.
    const tokens = new Set(active.flatMap((e) => e.analysis.entities.flatMap((x) => x.tokens)));
    const canonicals = new Set([...tokens].map((t) => previousNames.get(t)));
    this.model.names = NameMatcher.fromEntries(previousNames.entries().filter(([token]) => tokens.has(token) || canonicals.has(token)));
    for (const entry of active) entry.interned = addToModel(this.model, entry.analysis);
    this.evictedSinceCompaction = 0;
  }
}
