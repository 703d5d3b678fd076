import type { Linkage } from '../options.js';
import { pairsWithinComponents } from './components.js';
import { CandidateHeap } from './heap.js';
import { LinkAggregates } from './linkage.js';
import { ClusterLinks } from './links.js';
import { PairList, type ScoredPair } from './pairList.js';

export type { ScoredPair } from './pairList.js';

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

const NONE = -1;

/**
 * Threshold-cut agglomerative clustering over a sparse pair list: merges the two most similar
 * clusters while their linkage similarity is ≥ threshold. Pairs not given count as 0, so it works
 * on all pairs (small inputs) and on candidate pairs from the index (large ones) alike.
 * A heap with version stamps replaces the O(n²) rescans: O(E log E) for E pairs.
 *
 * A cluster is named by its smallest document index. Its members and its merge history are
 * linked lists over typed arrays (a merge splices two lists in O(1)); the link aggregates
 * between clusters live in a typed pool, each shared by the two clusters' neighbour lists
 * (clustering/links.ts).
 */
export function agglomerative(n: number, pairs: PairList | readonly ScoredPair[], threshold: number, linkage: Linkage): AgglomerativeResult {
  return agglomerativeOver(n, pairsWithinComponents(n, pairs instanceof PairList ? pairs : PairList.from(pairs), threshold), threshold, linkage);
}

/**
 * `agglomerative` over every pair given, including those that cannot take part in a merge
 * (`agglomerative` leaves them out first: same result, less work). Exported for the tests that
 * check that sameness.
 */
export function agglomerativeOver(n: number, pairs: PairList | readonly ScoredPair[], threshold: number, linkage: Linkage): AgglomerativeResult {
  const list = pairs instanceof PairList ? pairs : PairList.from(pairs);
  const state = new ClusterState(n, list.length);
  const { links, neighbours, size, version } = state;
  for (let k = 0; k < list.length; k++) {
    const a = list.a[k] as number;
    const b = list.b[k] as number;
    const [x, y] = a < b ? [a, b] : [b, a];
    const agg = links.add(list.score[k] as number, x, y);
    const known = neighbours.get(x, y);
    if (known >= 0) links.absorb(known, agg);
    else neighbours.link(x, y, agg);
  }
  const heap = new CandidateHeap();
  const offer = (x: number, y: number, agg: number) => {
    const lo = Math.min(x, y); // not a destructured [lo, hi]: that made an array per offer
    const hi = Math.max(x, y);
    const score = links.score(linkage, agg, size[lo] as number, size[hi] as number);
    if (score >= threshold) heap.push(score, lo, hi, version[lo] as number, version[hi] as number);
  };
  const alive = (z: number) => (size[z] as number) > 0;
  // The heap orders candidates by (score, x, y) whatever the order they come in.
  for (let x = 0; x < n; x++) neighbours.forEachNeighbour(x, alive, (y, agg) => x < y && offer(x, y, agg));
  while (heap.pop()) {
    const { topX: x, topY: y, topScore } = heap;
    if (heap.topVx !== version[x] || heap.topVy !== version[y] || size[x] === 0 || size[y] === 0) continue;
    const link = neighbours.get(x, y);
    state.merge(x, y);
    if (link >= 0) state.recordMerge(x, links.bestA[link] as number, links.bestB[link] as number, topScore);
    neighbours.forEachNeighbour(x, alive, (z, agg) => offer(x, z, agg));
  }
  return state.result();
}

/** Clusters, their neighbour maps and merge histories while agglomerative clustering runs. */
class ClusterState {
  readonly links: LinkAggregates;
  /** Which clusters are linked, and by which link aggregate (shared by both sides). */
  readonly neighbours: ClusterLinks;
  /** Members per cluster; 0 once merged into another. */
  readonly size: Int32Array;
  readonly version: Int32Array;
  /** Member lists: first/last member of each cluster, next member of each document. */
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private readonly next: Int32Array;
  /** Merge histories: records in order, linked per cluster like the members. */
  private readonly mergeA: number[] = [];
  private readonly mergeB: number[] = [];
  private readonly mergeLinkage: number[] = [];
  private readonly mergeNext: number[] = [];
  private readonly historyHead: Int32Array;
  private readonly historyTail: Int32Array;

  constructor(private readonly n: number, pairs: number) {
    this.links = new LinkAggregates(pairs);
    this.neighbours = new ClusterLinks(n, pairs);
    this.size = new Int32Array(n).fill(1);
    this.version = new Int32Array(n);
    this.head = Int32Array.from({ length: n }, (_, i) => i);
    this.tail = Int32Array.from({ length: n }, (_, i) => i);
    this.next = new Int32Array(n).fill(NONE);
    this.historyHead = new Int32Array(n).fill(NONE);
    this.historyTail = new Int32Array(n).fill(NONE);
  }

  /** Merges cluster y into cluster x (x < y): members, link aggregates, merge histories. */
  merge(x: number, y: number): void {
    const { size, version, neighbours, links } = this;
    this.next[this.tail[x] as number] = this.head[y] as number;
    this.tail[x] = this.tail[y] as number;
    size[x] = (size[x] as number) + (size[y] as number);
    size[y] = 0;
    version[x] = (version[x] as number) + 1;
    version[y] = (version[y] as number) + 1;
    neighbours.unlink(x, y);
    // y's links pass to x: added to x's link with the same cluster, or made x's. (Each of x's
    // aggregates takes at most one of y's, so the order of this walk does not matter.)
    neighbours.forEachNeighbour(y, (z) => z !== x && (size[z] as number) > 0, (z, agg) => {
      neighbours.unlink(y, z);
      const known = neighbours.get(x, z);
      if (known >= 0) links.absorb(known, agg);
      else neighbours.link(x, z, agg);
    });
    neighbours.clear(y);
    this.spliceHistory(x, y);
  }

  /** Appends a merge record to cluster x's history. */
  recordMerge(x: number, a: number, b: number, linkage: number): void {
    const record = this.mergeA.length;
    this.mergeA.push(a);
    this.mergeB.push(b);
    this.mergeLinkage.push(linkage);
    this.mergeNext.push(NONE);
    if (this.historyTail[x] === NONE) this.historyHead[x] = record;
    else this.mergeNext[this.historyTail[x] as number] = record;
    this.historyTail[x] = record;
  }

  /** x's history followed by y's, as x's. */
  private spliceHistory(x: number, y: number): void {
    const yHead = this.historyHead[y] as number;
    if (yHead === NONE) return;
    if (this.historyTail[x] === NONE) this.historyHead[x] = yHead;
    else this.mergeNext[this.historyTail[x] as number] = yHead;
    this.historyTail[x] = this.historyTail[y] as number;
    this.historyHead[y] = NONE;
    this.historyTail[y] = NONE;
  }

  result(): AgglomerativeResult {
    const clusters: number[][] = [];
    const merges = new Map<number, Merge[]>();
    for (let x = 0; x < this.n; x++) {
      if (this.size[x] === 0) continue;
      const members: number[] = [];
      for (let doc = x; doc !== NONE; doc = this.next[doc] as number) members.push(doc);
      clusters.push(members.sort((p, q) => p - q));
      if (members.length === 1) continue;
      const history: Merge[] = [];
      for (let r = this.historyHead[x] as number; r !== NONE; r = this.mergeNext[r] as number) history.push({ a: this.mergeA[r] as number, b: this.mergeB[r] as number, linkage: this.mergeLinkage[r] as number });
      merges.set(x, history);
    }
    return { clusters, merges };
  }
}
