/**
 * The second pass: clusters compared by their pooled evidence (similarity/pooledSide.ts), as
 * Event Registry, EMM and WAC link monolingual clusters across languages, or as Miranda et al.
 * score a document against a cluster's summed vectors. Only clusters with no language in common
 * are compared: within a language the first pass had the words to decide. Candidates are the pairs of clusters that
 * some pair of their documents links at CANDIDATE_PROBABILITY or more (the CANDIDATES_PER_CLUSTER
 * best per cluster); the most probable candidate merges first while the pair model gives it at
 * least the threshold, and a merged cluster is pooled and scored against its neighbours again.
 * Deterministic: ties go to the smaller cluster numbers, and nothing depends on input order
 * beyond the documents' order, which the caller fixes (id order).
 */
import { CandidateHeap } from './heap.js';
import type { PairList } from './pairList.js';
import { poolSides } from '../similarity/pooledSide.js';
import type { PairSide } from '../similarity/pairInputs.js';
import type { Scorer } from '../similarity/scoring.js';

/** A document pair this likely makes its two clusters candidates for a pooled comparison. */
export const CANDIDATE_PROBABILITY = 0.05;
export const CANDIDATES_PER_CLUSTER = 10;

/** One merge of the pass: the two clusters (as their member lists then) and the pooled probability. */
export interface PooledMerge {
  a: number[];
  b: number[];
  score: number;
}

export interface PooledResult {
  clusters: number[][];
  /** The pooled merges that built each cluster, keyed by its smallest member. */
  merges: Map<number, PooledMerge[]>;
}

export function poolClusters(clusters: readonly number[][], sides: readonly PairSide[], pairs: PairList, scorer: Scorer, threshold: number): PooledResult {
  const members = clusters.map((c) => [...c]);
  const clusterOf = new Int32Array(sides.length);
  members.forEach((m, c) => m.forEach((d) => (clusterOf[d] = c)));
  // Pooled when first compared: most clusters of a large batch have no candidate at all, and
  // their pooled vectors would cost as much memory as all their members' together.
  const pooled: (PairSide | undefined)[] = new Array(members.length);
  const side = (c: number): PairSide => (pooled[c] ??= poolSides((members[c] as number[]).map((d) => sides[d] as PairSide)));
  const version = new Int32Array(members.length);
  const neighbours = candidateClusters(pairs, clusterOf, members.length);
  const merges = new Map<number, PooledMerge[]>();
  const heap = new CandidateHeap();
  const push = (x: number, y: number) => {
    const [lo, hi] = x < y ? [x, y] : [y, x];
    // Across languages only: within one, the first pass already had the words to compare (and
    // pooling same-language clusters merged same-day distractors of one place on generated news).
    if (sharesLanguage(members[lo] as number[], members[hi] as number[], sides)) return;
    heap.push(scorer.score(side(lo), side(hi)), lo, hi, version[lo] as number, version[hi] as number);
  };
  for (const [x, set] of neighbours) for (const y of set) if (x < y) push(x, y);
  while (heap.pop() && heap.topScore >= threshold) {
    const { topX: x, topY: y } = heap;
    // A candidate scored before either side changed is stale: the current pair was pushed again.
    if (heap.topVx !== version[x] || heap.topVy !== version[y] || (members[y] as number[]).length === 0) continue;
    const [mx, my] = [members[x] as number[], members[y] as number[]];
    const merged = [...mx, ...my].sort((p, q) => p - q);
    const history = [...(merges.get(mx[0] as number) ?? []), ...(merges.get(my[0] as number) ?? []), { a: mx, b: my, score: heap.topScore }];
    merges.delete(mx[0] as number);
    merges.delete(my[0] as number);
    merges.set(merged[0] as number, history);
    members[x] = merged;
    members[y] = [];
    pooled[x] = undefined;
    pooled[y] = undefined;
    version[x] = (version[x] as number) + 1;
    version[y] = (version[y] as number) + 1;
    const around = new Set([...(neighbours.get(x) ?? []), ...(neighbours.get(y) ?? [])]);
    around.delete(x);
    around.delete(y);
    neighbours.set(x, around);
    neighbours.delete(y);
    for (const z of around) {
      const theirs = neighbours.get(z) as Set<number>;
      theirs.delete(y);
      theirs.add(x);
      push(x, z);
    }
  }
  return { clusters: members.filter((m) => m.length > 0), merges };
}

/**
 * Per cluster that has any, the clusters some document pair links at CANDIDATE_PROBABILITY or
 * more (the best CANDIDATES_PER_CLUSTER by that pair). In maps: at 100k documents most of the
 * tens of thousands of clusters have none.
 */
function candidateClusters(pairs: PairList, clusterOf: Int32Array, count: number): Map<number, Set<number>> {
  const best = new Map<number, number>(); // x · count + y → best document pair score
  for (let k = 0; k < pairs.length; k++) {
    const s = pairs.score[k] as number;
    if (s < CANDIDATE_PROBABILITY) continue;
    const cx = clusterOf[pairs.a[k] as number] as number;
    const cy = clusterOf[pairs.b[k] as number] as number;
    if (cx === cy) continue;
    const key = Math.min(cx, cy) * count + Math.max(cx, cy);
    if ((best.get(key) ?? -1) < s) best.set(key, s);
  }
  const ranked = new Map<number, { other: number; score: number }[]>();
  const rank = (x: number, other: number, score: number) => (ranked.get(x) ?? ranked.set(x, []).get(x))?.push({ other, score });
  for (const [key, s] of best) {
    const x = Math.floor(key / count);
    const y = key % count;
    rank(x, y, s);
    rank(y, x, s);
  }
  const sets = new Map<number, Set<number>>();
  const link = (x: number, y: number) => (sets.get(x) ?? sets.set(x, new Set()).get(x))?.add(y);
  // In cluster order, so that the sets (and the heap pushes from them) do not depend on map order.
  for (const x of [...ranked.keys()].sort((p, q) => p - q)) {
    const list = (ranked.get(x) as { other: number; score: number }[]).sort((p, q) => q.score - p.score || p.other - q.other);
    for (const { other } of list.slice(0, CANDIDATES_PER_CLUSTER)) {
      link(x, other);
      link(other, x);
    }
  }
  return sets;
}

/** Some document of `a` is in the language of some document of `b`. */
function sharesLanguage(a: readonly number[], b: readonly number[], sides: readonly PairSide[]): boolean {
  const langs = new Set(a.map((d) => (sides[d] as PairSide).lang));
  return b.some((d) => langs.has((sides[d] as PairSide).lang));
}
