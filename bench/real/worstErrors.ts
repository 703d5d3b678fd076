/**
 * The clustering's worst mistakes on a labelled half, each with the evidence the library gives
 * for it: pairs merged across events (highest pair score first: the most confident wrong links)
 * and same-event pairs kept apart (lowest score first: what the model could not see). One pair per
 * pair of events, resp. per event and pair of clusters, so that one bad merge does not fill the list.
 */
import type { ClusterResult, EvidenceLookup, PairEvidence } from '../../src/index.js';
import type { HalfCorpus, RealPage } from './realSet.js';

export interface ErrorSide {
  id: string;
  lang: string;
  event: string;
  title: string;
  url: string;
}

export interface PairError {
  kind: 'merged across events' | 'same event kept apart';
  a: ErrorSide;
  b: ErrorSide;
  score: number;
  signals: Record<string, number | null>;
  sharedEntities: string[];
  sharedDates: string[];
  sharedNumbers: string[];
  eventGapDays: number | null;
}

export function worstErrors(corpus: HalfCorpus, result: ClusterResult & EvidenceLookup, count: number): PairError[] {
  const clusterOf = new Map<string, number>();
  result.clusters.forEach((c, i) => c.members.forEach((id) => clusterOf.set(id, i)));
  const pages = new Map(corpus.pages.map((p) => [p.id, p]));
  const titles = new Map(result.documents.map((d) => [d.id, d.title]));
  const merged = new Map<string, PairEvidence>();
  const apart = new Map<string, PairEvidence>();
  const ids = corpus.pages.map((p) => p.id).sort();
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [pages.get(ids[i] as string) as RealPage, pages.get(ids[j] as string) as RealPage];
      const together = clusterOf.get(a.id) === clusterOf.get(b.id);
      if (together === (a.event === b.event)) continue;
      const evidence = result.evidence(a.id, b.id);
      const key = together ? [a.event, b.event].sort().join('|') : `${a.event}|${[clusterOf.get(a.id), clusterOf.get(b.id)].sort().join('|')}`;
      const table = together ? merged : apart;
      const known = table.get(key);
      if (known === undefined || (together ? evidence.score > known.score : evidence.score < known.score)) table.set(key, evidence);
    }
  }
  const side = (id: string): ErrorSide => {
    const p = pages.get(id) as RealPage;
    return { id, lang: p.lang, event: p.event, title: titles.get(id) ?? '', url: p.url };
  };
  const entry = (kind: PairError['kind']) => (e: PairEvidence): PairError => ({
    kind,
    a: side(e.a),
    b: side(e.b),
    score: e.score,
    signals: Object.fromEntries(e.signals.map((s) => [s.signal, s.score])),
    sharedEntities: e.sharedEntities,
    sharedDates: e.sharedDates,
    sharedNumbers: e.sharedNumbers,
    eventGapDays: e.eventGapDays,
  });
  const falseMerges = [...merged.values()].sort((x, y) => y.score - x.score).map(entry('merged across events'));
  const misses = [...apart.values()].sort((x, y) => x.score - y.score).map(entry('same event kept apart'));
  const half = Math.ceil(count / 2);
  const takeMerges = Math.min(falseMerges.length, Math.max(half, count - misses.length));
  return [...falseMerges.slice(0, takeMerges), ...misses.slice(0, count - takeMerges)];
}
