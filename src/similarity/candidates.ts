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
export function candidatePairs(features: readonly DocumentFeatures[], options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS): Array<[number, number]> {
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
  for (let doc = 0; doc < n; doc++) {
    const chosen = Int32Array.from((anchors[doc] ?? []).filter(usable))
      .sort((x, y) => (size[x] as number) - (size[y] as number) || x - y)
      .subarray(0, options.anchorsPerDocument);
    for (const a of chosen) {
      const weight = Math.log((n + 1) / (size[a] as number));
      for (let k = start[a] as number; k < (start[a + 1] as number); k++) {
        const other = docs[k] as number;
        if (other === doc) continue;
        if (score[other] === 0) touched.push(other);
        score[other] = (score[other] ?? 0) + weight;
      }
    }
    touched.sort((x, y) => (score[y] ?? 0) - (score[x] ?? 0) || x - y);
    for (let k = 0; k < touched.length && k < options.neighbours; k++) {
      const other = touched[k] as number;
      keys.push(doc < other ? doc * n + other : other * n + doc);
    }
    for (const other of touched) score[other] = 0;
    touched.length = 0;
  }
  // Each pair once, in (a, b) order: the keys a·n + b sorted numerically, duplicates skipped.
  const sorted = Float64Array.from(keys).sort();
  const result: Array<[number, number]> = [];
  for (let k = 0; k < sorted.length; k++) {
    const key = sorted[k] as number;
    if (k > 0 && key === sorted[k - 1]) continue;
    result.push([Math.floor(key / n), key % n]);
  }
  return result;
}
