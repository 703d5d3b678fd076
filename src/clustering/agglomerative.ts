import type { Linkage } from '../options.js';
import { Heap } from './heap.js';
import { linkageScore, mergeAggregates, pairAggregate, type LinkAggregate } from './linkage.js';

/** A scored document pair (indices into the sorted documents). */
export interface ScoredPair {
  a: number;
  b: number;
  score: number;
}

export interface Merge {
  /** Indices of the strongest document pair between the two merged clusters. */
  a: number;
  b: number;
  /** Linkage similarity at which they merged. */
  linkage: number;
}

export interface AgglomerativeResult {
  /** Clusters as sorted arrays of document indices. */
  clusters: number[][];
  /** The merges that built each cluster, keyed by the cluster's smallest index. */
  merges: Map<number, Merge[]>;
}

interface Candidate {
  score: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
}

/** Higher score first; ties by smaller cluster ids, so the result never depends on heap order. */
const before = (p: Candidate, q: Candidate) => p.score > q.score || (p.score === q.score && (p.x < q.x || (p.x === q.x && p.y < q.y)));

/**
 * Threshold-cut agglomerative clustering over a sparse pair list: merges the two most similar
 * clusters while their linkage similarity is ≥ threshold. Pairs not given count as 0, so it works
 * on all pairs (small inputs) and on candidate pairs from the index (large ones) alike.
 * A heap with version stamps replaces the O(n²) rescans: O(E log E) for E pairs.
 */
export function agglomerative(n: number, pairs: readonly ScoredPair[], threshold: number, linkage: Linkage): AgglomerativeResult {
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const version = new Int32Array(n);
  const adjacency: Map<number, LinkAggregate>[] = Array.from({ length: n }, () => new Map());
  for (const { a, b, score } of pairs) {
    const [x, y] = a < b ? [a, b] : [b, a];
    const agg = mergeAggregates(adjacency[x]?.get(y), pairAggregate(score, x, y));
    adjacency[x]?.set(y, agg);
    adjacency[y]?.set(x, agg);
  }
  const heap = new Heap<Candidate>(before);
  const offer = (x: number, y: number, agg: LinkAggregate) => {
    const [lo, hi] = x < y ? [x, y] : [y, x];
    const score = linkageScore(linkage, agg, members[lo]?.length ?? 1, members[hi]?.length ?? 1);
    if (score >= threshold) heap.push({ score, x: lo, y: hi, vx: version[lo] ?? 0, vy: version[hi] ?? 0 });
  };
  adjacency.forEach((adj, x) => adj.forEach((agg, y) => x < y && offer(x, y, agg)));
  const merges = new Map<number, Merge[]>();
  for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
    if (top.vx !== version[top.x] || top.vy !== version[top.y] || members[top.x] === null || members[top.y] === null) continue;
    const link = adjacency[top.x]?.get(top.y);
    mergeInto(top.x, top.y, { members, version, adjacency, merges });
    if (link !== undefined) merges.get(top.x)?.push({ a: link.bestA, b: link.bestB, linkage: top.score });
    adjacency[top.x]?.forEach((agg, z) => offer(top.x, z, agg));
  }
  const clusters = members.filter((m): m is number[] => m !== null).map((m) => [...m].sort((p, q) => p - q));
  return { clusters, merges };
}

interface State {
  members: (number[] | null)[];
  version: Int32Array;
  adjacency: Map<number, LinkAggregate>[];
  merges: Map<number, Merge[]>;
}

/** Merges cluster y into cluster x (x < y): members, link aggregates, merge history. */
function mergeInto(x: number, y: number, state: State): void {
  const { members, version, adjacency, merges } = state;
  // Append the smaller member list to the larger (no spread: it overflows the stack on huge clusters).
  const [big, small] = (members[x] as number[]).length >= (members[y] as number[]).length ? [members[x] as number[], members[y] as number[]] : [members[y] as number[], members[x] as number[]];
  for (const member of small) big.push(member);
  members[x] = big;
  members[y] = null;
  version[x] = (version[x] ?? 0) + 1;
  version[y] = (version[y] ?? 0) + 1;
  const ax = adjacency[x] as Map<number, LinkAggregate>;
  const ay = adjacency[y] as Map<number, LinkAggregate>;
  ax.delete(y);
  ay.delete(x);
  for (const [z, agg] of ay) {
    const merged = mergeAggregates(ax.get(z), agg);
    ax.set(z, merged);
    const az = adjacency[z] as Map<number, LinkAggregate>;
    az.delete(y);
    az.set(x, merged);
  }
  adjacency[y] = new Map();
  const history = [...(merges.get(x) ?? []), ...(merges.get(y) ?? [])];
  merges.delete(y);
  merges.set(x, history);
}
