import type { EvidenceLookup } from '../clusterDocuments.js';
import { SIGNAL_NAMES, type ClusterResult, type PairEvidence, type SignalName } from '../types.js';

/** One pair's evidence, compact, for the inline script (keys kept short: the file holds n² of them). */
export interface PairDatum {
  /** The pair model's probability that the two report one event. */
  s: number;
  /** Per signal, in `SIGNAL_NAMES` order: [score or null, contribution to the log-odds]. */
  g: [number | null, number][];
  /** Date conflict, and the gap in days between the event dates. */
  x: boolean;
  gap: number | null;
  e: string[];
  d: string[];
  n: string[];
}

export interface EvidenceData {
  signals: readonly SignalName[];
  /** Documents in report order (index = number − 1). */
  docs: { id: string; title: string; lang: string; cluster: string }[];
  /** `"i-j"` (i < j, indices into `docs`) → evidence. */
  pairs: Map<string, PairDatum>;
}

function compact(evidence: PairEvidence): PairDatum {
  return {
    s: evidence.score,
    g: SIGNAL_NAMES.map((name) => {
      const s = evidence.signals.find((signal) => signal.signal === name);
      return [s?.score ?? null, s?.contribution ?? 0];
    }),
    x: evidence.dateConflict,
    gap: evidence.eventGapDays,
    e: evidence.sharedEntities,
    d: evidence.sharedDates,
    n: evidence.sharedNumbers,
  };
}

export function pairKey(i: number, j: number): string {
  return i < j ? `${i}-${j}` : `${j}-${i}`;
}

/**
 * Evidence for every pair among the first `heatmapSize` documents (the heatmap) and for every
 * link that built a cluster, computed once with the result's own `evidence(a, b)`.
 * `onRow` reports progress (rows of the heatmap done).
 */
export function collectEvidence(result: ClusterResult & EvidenceLookup, order: readonly string[], heatmapSize: number, onRow?: (done: number) => void): EvidenceData {
  const index = new Map(order.map((id, i) => [id, i]));
  const clusterOf = new Map<string, string>();
  for (const c of result.clusters) for (const m of c.members) clusterOf.set(m, c.id);
  const byId = new Map(result.documents.map((d) => [d.id, d]));
  const docs = order.map((id) => ({ id, title: byId.get(id)?.title ?? '', lang: byId.get(id)?.lang ?? '', cluster: clusterOf.get(id) ?? '' }));
  const pairs = new Map<string, PairDatum>();
  const add = (i: number, j: number): void => {
    const key = pairKey(i, j);
    if (!pairs.has(key)) pairs.set(key, compact(result.evidence(order[i] as string, order[j] as string)));
  };
  for (let i = 0; i < heatmapSize; i++) {
    for (let j = i + 1; j < heatmapSize; j++) add(i, j);
    onRow?.(i + 1);
  }
  for (const cluster of result.clusters) {
    for (const link of cluster.links) add(index.get(link.a) ?? 0, index.get(link.b) ?? 0);
  }
  return { signals: SIGNAL_NAMES, docs, pairs };
}
