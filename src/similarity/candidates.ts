import type { DocumentFeatures } from '../features/collection.js';
import { arrayBuffer } from '../storage/slab.js';

/**
 * Candidate generation for large collections (blocking): an inverted index over each document's
 * most specific anchors — entity keys, numbers, the month and day of its dates, and rare word
 * stems — so that each document is compared only with the documents that share its anchors,
 * ranked by the rarity of what they share (a bounded top-k), instead of with every document.
 * A pair can only reach the threshold with shared anchors: word or n-gram overlap alone is
 * discounted below it by the evidence factor (see similarity/combine.ts).
 */
export interface CandidateOptions {
  /** Neighbours kept per document. */
  neighbours: number;
  /** Anchors shared by more documents than this are too common to block on. */
  maxPostings: number;
  /** Anchors used per document, rarest first. */
  anchorsPerDocument: number;
}

/** Document pairs (a[k] < b[k]) in two parallel arrays. */
export interface DocumentPairs {
  a: Int32Array;
  b: Int32Array;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = Object.freeze({ neighbours: 30, maxPostings: 100, anchorsPerDocument: 48 });

/** Anchor ids: one integer space, each feature space in its own range. */
const ANCHOR_SPACE = { entities: 0, numbers: 1, words: 2, days: 3 } as const;
const ANCHOR_SPACES = 4;

/** How many anchors `writeAnchors` writes for a document. */
function anchorCount(f: DocumentFeatures): number {
  return f.entities.idx.length + f.numbers.idx.length + f.words.idx.length + f.days.size;
}

/**
 * Writes a document's anchors into `out` from `at`: entities, numbers, words, then day dates (by
 * month and day). Straight into the index's array: a list per document first made hundreds of MB
 * of short-lived arrays at 100k documents. Indexed loops: `for…of` over a typed array made an
 * iterator result per element in this once-per-batch code, which runs mostly unoptimised.
 */
function writeAnchors(f: DocumentFeatures, dayId: (md: string) => number, out: Int32Array, at: number): void {
  const add = (ids: Int32Array, space: number) => {
    for (let k = 0; k < ids.length; k++) out[at++] = (ids[k] as number) * ANCHOR_SPACES + space;
  };
  add(f.entities.idx, ANCHOR_SPACE.entities);
  add(f.numbers.idx, ANCHOR_SPACE.numbers);
  add(f.words.idx, ANCHOR_SPACE.words);
  for (const day of f.days.keys()) out[at++] = dayId(day.slice(-5)) * ANCHOR_SPACES + ANCHOR_SPACE.days;
}

/** Pairs (a < b) of document indices worth scoring exactly, sorted. Deterministic. */
export function candidatePairs(features: readonly DocumentFeatures[], options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS): DocumentPairs {
  const index = anchorIndex(features, options);
  const keys = neighbourKeys(index, options);
  neighboursOf(index, options, keys, 0, index.n);
  return pairsFromKeys(keys, index.n);
}

/**
 * The blocking index in typed arrays (so that other threads can share it): each document's
 * anchors, and postings in compressed rows (CSR) — anchor a's documents are
 * docs[start[a] … start[a + 1]), in document order; anchors too common (or too rare) to block on
 * get no row at all.
 */
export interface AnchorIndex {
  n: number;
  /** Document d's anchors are anchors[anchorStart[d] … anchorStart[d + 1]). */
  anchorStart: Int32Array;
  anchors: Int32Array;
  /** Documents per anchor (all of them, usable or not). */
  size: Int32Array;
  start: Int32Array;
  docs: Int32Array;
}

/**
 * Builds the index; `shared`: in shared memory, so that helper threads read the very arrays this
 * thread does (parallel/candidatesInParallel.ts) rather than a copy of them.
 */
export function anchorIndex(features: readonly DocumentFeatures[], options: CandidateOptions, shared = false): AnchorIndex {
  const n = features.length;
  const ints = (length: number) => new Int32Array(arrayBuffer(length * Int32Array.BYTES_PER_ELEMENT, shared));
  const days = new Map<string, number>();
  const dayId = (md: string) => {
    let id = days.get(md);
    if (id === undefined) days.set(md, (id = days.size));
    return id;
  };
  const anchorStart = ints(n + 1);
  for (let d = 0; d < n; d++) anchorStart[d + 1] = (anchorStart[d] as number) + anchorCount(features[d] as DocumentFeatures);
  const anchors = ints(anchorStart[n] as number);
  for (let d = 0; d < n; d++) writeAnchors(features[d] as DocumentFeatures, dayId, anchors, anchorStart[d] as number);
  let top = 0;
  for (let k = 0; k < anchors.length; k++) top = Math.max(top, (anchors[k] as number) + 1);
  const size = ints(top);
  for (let k = 0; k < anchors.length; k++) size[anchors[k] as number] = (size[anchors[k] as number] as number) + 1;
  const start = ints(top + 1);
  for (let a = 0; a < top; a++) start[a + 1] = (start[a] as number) + (usable(size, a, options) ? (size[a] as number) : 0);
  const docs = ints(start[top] as number);
  const filled = start.slice(0, top);
  for (let d = 0; d < n; d++) {
    for (let k = anchorStart[d] as number; k < (anchorStart[d + 1] as number); k++) {
      const a = anchors[k] as number;
      if (!usable(size, a, options)) continue;
      docs[filled[a] as number] = d;
      filled[a] = (filled[a] as number) + 1;
    }
  }
  return { n, anchorStart, anchors, size, start, docs };
}

function usable(size: Int32Array, a: number, options: CandidateOptions): boolean {
  return (size[a] as number) >= 2 && (size[a] as number) <= options.maxPostings;
}

/**
 * Room for every document's neighbour keys (pair a·n + b, a < b): document d's are
 * keys[d · neighbours …], `count[d]` of them. Filled by `neighboursOf`, document ranges in any
 * order or thread, then read by `pairsFromKeys`.
 */
export interface NeighbourKeys {
  keys: Float64Array;
  count: Int32Array;
}

export function neighbourKeys(index: AnchorIndex, options: CandidateOptions, shared = false): NeighbourKeys {
  return { keys: new Float64Array(arrayBuffer(index.n * options.neighbours * Float64Array.BYTES_PER_ELEMENT, shared)), count: new Int32Array(arrayBuffer(index.n * Int32Array.BYTES_PER_ELEMENT, shared)) };
}

/**
 * The neighbours of documents [from, to): the documents sharing their rarest anchors, ranked by
 * the summed rarity (idf) of what they share, the best `options.neighbours` kept (a bounded top-k).
 */
export function neighboursOf(index: AnchorIndex, options: CandidateOptions, out: NeighbourKeys, from: number, to: number): void {
  const { n, anchorStart, anchors, size, start, docs } = index;
  const score = new Float64Array(n);
  // A typed array and a count, not an array emptied with `length = 0`: that drops its storage,
  // which then grew back for every document (a fifth of the garbage of the candidate stage).
  const touched = new Int32Array(n);
  let reached = 0;
  const best = new Int32Array(options.neighbours);
  for (let doc = from; doc < to; doc++) {
    for (const a of rarestFirst(anchors.subarray(anchorStart[doc] as number, anchorStart[doc + 1] as number), size, options)) {
      const weight = Math.log((n + 1) / (size[a] as number));
      for (let k = start[a] as number; k < (start[a + 1] as number); k++) {
        const other = docs[k] as number;
        if (other === doc) continue;
        if (score[other] === 0) touched[reached++] = other;
        score[other] = (score[other] ?? 0) + weight;
      }
    }
    const kept = topNeighbours(touched, score, best, reached);
    const at = doc * options.neighbours;
    for (let k = 0; k < kept; k++) {
      const other = best[k] as number;
      out.keys[at + k] = doc < other ? doc * n + other : other * n + doc;
    }
    out.count[doc] = kept;
    for (let k = 0; k < reached; k++) score[touched[k] as number] = 0;
    reached = 0;
  }
}

/** Each pair once, in (a, b) order: the keys a·n + b sorted numerically, duplicates skipped. */
export function pairsFromKeys({ keys, count }: NeighbourKeys, n: number): DocumentPairs {
  const per = n === 0 ? 0 : keys.length / n;
  let total = 0;
  for (let d = 0; d < n; d++) total += count[d] as number;
  const sorted = new Float64Array(total);
  for (let d = 0, p = 0; d < n; d++) for (let k = 0; k < (count[d] as number); k++) sorted[p++] = keys[d * per + k] as number;
  sorted.sort();
  let unique = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[unique++] = sorted[k] as number;
  const result = { a: new Int32Array(unique), b: new Int32Array(unique) };
  for (let k = 0; k < unique; k++) {
    const key = sorted[k] as number;
    result.a[k] = Math.floor(key / n);
    result.b[k] = key % n;
  }
  return result;
}

/** Anchor ids below 2^32 and posting sizes fit one exact float key: `size · 2^32 + anchor`. */
const ANCHOR_SPAN = 2 ** 32;

/** The document's usable anchors, rarest first (ties: smaller id), at most `anchorsPerDocument` of them. */
function rarestFirst(anchors: Int32Array, size: Int32Array, options: CandidateOptions): Float64Array {
  let count = 0;
  for (const a of anchors) if (usable(size, a, options)) count++;
  const keys = new Float64Array(count);
  let k = 0;
  for (const a of anchors) if (usable(size, a, options)) keys[k++] = (size[a] as number) * ANCHOR_SPAN + a;
  keys.sort(); // numeric, no comparator
  const chosen = keys.subarray(0, options.anchorsPerDocument);
  for (let i = 0; i < chosen.length; i++) chosen[i] = (chosen[i] as number) % ANCHOR_SPAN;
  return chosen;
}

/**
 * The `best.length` documents of the first `count` of `touched` with the highest scores (ties: smaller index), into
 * `best` in no particular order; returns how many. A bounded heap whose root is the weakest kept
 * document: O(m log k) for m touched documents instead of sorting them all.
 */
export function topNeighbours(touched: ArrayLike<number>, score: Float64Array, best: Int32Array, count = touched.length): number {
  const k = best.length;
  // x ranks below y: lower score, or the same score and a larger index.
  const below = (x: number, y: number) => (score[x] as number) < (score[y] as number) || ((score[x] as number) === (score[y] as number) && x > y);
  const siftDown = (size: number) => {
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      if (left >= size) return;
      const right = left + 1;
      const child = right < size && below(best[right] as number, best[left] as number) ? right : left;
      if (!below(best[child] as number, best[i] as number)) return;
      [best[i], best[child]] = [best[child] as number, best[i] as number];
      i = child;
    }
  };
  let size = 0;
  for (let t = 0; t < count; t++) {
    const doc = touched[t] as number;
    if (size < k) {
      let i = size++;
      best[i] = doc;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!below(best[i] as number, best[parent] as number)) break;
        [best[i], best[parent]] = [best[parent] as number, best[i] as number];
        i = parent;
      }
    } else if (k > 0 && below(best[0] as number, doc)) {
      best[0] = doc;
      siftDown(size);
    }
  }
  return size;
}
