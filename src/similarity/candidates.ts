import type { DocumentFeatures } from '../features/collection.js';

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
function anchorsOf(f: DocumentFeatures, dayId: (md: string) => number): number[] {
  const base = { entities: 0, numbers: 1, words: 2, days: 3 };
  const out: number[] = [];
  for (const id of f.entities.idx) out.push(id * 4 + base.entities);
  for (const id of f.numbers.idx) out.push(id * 4 + base.numbers);
  for (const id of f.words.idx) out.push(id * 4 + base.words);
  for (const day of f.days.keys()) out.push(dayId(day.slice(-5)) * 4 + base.days);
  return out;
}

/** Pairs (a < b) of document indices worth scoring exactly, sorted. Deterministic. */
export function candidatePairs(features: readonly DocumentFeatures[], options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS): DocumentPairs {
  const n = features.length;
  const days = new Map<string, number>();
  const dayId = (md: string) => {
    let id = days.get(md);
    if (id === undefined) days.set(md, (id = days.size));
    return id;
  };
  const anchors = features.map((f) => anchorsOf(f, dayId));
  // Postings in compressed rows (CSR): anchor a's documents are docs[start[a]..start[a + 1]), in
  // document order. Anchors too common (or too rare) to block on get no row at all.
  let top = 0;
  for (const list of anchors) for (const a of list) top = Math.max(top, a + 1);
  const size = new Int32Array(top);
  for (const list of anchors) for (const a of list) size[a] = (size[a] as number) + 1;
  const usable = (a: number) => (size[a] as number) >= 2 && (size[a] as number) <= options.maxPostings;
  const start = new Int32Array(top + 1);
  for (let a = 0; a < top; a++) start[a + 1] = (start[a] as number) + (usable(a) ? (size[a] as number) : 0);
  const docs = new Int32Array(start[top] as number);
  const filled = start.slice(0, top);
  anchors.forEach((list, doc) => {
    for (const a of list) {
      if (!usable(a)) continue;
      docs[filled[a] as number] = doc;
      filled[a] = (filled[a] as number) + 1;
    }
  });
  const score = new Float64Array(n);
  const touched: number[] = [];
  const keys: number[] = [];
  const best = new Int32Array(options.neighbours);
  for (let doc = 0; doc < n; doc++) {
    for (const a of rarestFirst(anchors[doc] ?? [], size, usable, options.anchorsPerDocument)) {
      const weight = Math.log((n + 1) / (size[a] as number));
      for (let k = start[a] as number; k < (start[a + 1] as number); k++) {
        const other = docs[k] as number;
        if (other === doc) continue;
        if (score[other] === 0) touched.push(other);
        score[other] = (score[other] ?? 0) + weight;
      }
    }
    const kept = topNeighbours(touched, score, best);
    for (let k = 0; k < kept; k++) {
      const other = best[k] as number;
      keys.push(doc < other ? doc * n + other : other * n + doc);
    }
    for (const other of touched) score[other] = 0;
    touched.length = 0;
  }
  // Each pair once, in (a, b) order: the keys a·n + b sorted numerically, duplicates skipped.
  const sorted = Float64Array.from(keys).sort();
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

/** The document's usable anchors, rarest first (ties: smaller id), at most `limit` of them. */
function rarestFirst(anchors: readonly number[], size: Int32Array, usable: (a: number) => boolean, limit: number): Float64Array {
  let count = 0;
  for (const a of anchors) if (usable(a)) count++;
  const keys = new Float64Array(count);
  let k = 0;
  for (const a of anchors) if (usable(a)) keys[k++] = (size[a] as number) * ANCHOR_SPAN + a;
  keys.sort(); // numeric, no comparator
  const chosen = keys.subarray(0, limit);
  for (let i = 0; i < chosen.length; i++) chosen[i] = (chosen[i] as number) % ANCHOR_SPAN;
  return chosen;
}

/**
 * The `best.length` documents of `touched` with the highest scores (ties: smaller index), into
 * `best` in no particular order; returns how many. A bounded heap whose root is the weakest kept
 * document: O(m log k) for m touched documents instead of sorting them all.
 */
export function topNeighbours(touched: readonly number[], score: Float64Array, best: Int32Array): number {
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
  for (const doc of touched) {
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
