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

/** Pairs (a < b) of document indices worth scoring exactly. Deterministic. */
export function candidatePairs(features: readonly DocumentFeatures[], options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS): Array<[number, number]> {
  const n = features.length;
  const days = new Map<string, number>();
  const dayId = (md: string) => {
    let id = days.get(md);
    if (id === undefined) days.set(md, (id = days.size));
    return id;
  };
  const anchors = features.map((f) => anchorsOf(f, dayId));
  const postings = new Map<number, number[]>();
  anchors.forEach((list, doc) => {
    for (const a of list) {
      const p = postings.get(a);
      if (p === undefined) postings.set(a, [doc]);
      else p.push(doc);
    }
  });
  const usable = (a: number) => {
    const size = postings.get(a)?.length ?? 0;
    return size >= 2 && size <= options.maxPostings;
  };
  const score = new Float64Array(n);
  const touched: number[] = [];
  const pairs = new Set<number>();
  const result: Array<[number, number]> = [];
  for (let doc = 0; doc < n; doc++) {
    const chosen = (anchors[doc] ?? []).filter(usable).sort((x, y) => (postings.get(x)?.length ?? 0) - (postings.get(y)?.length ?? 0) || x - y).slice(0, options.anchorsPerDocument);
    for (const a of chosen) {
      const list = postings.get(a) ?? [];
      const weight = Math.log((n + 1) / list.length);
      for (const other of list) {
        if (other === doc) continue;
        if (score[other] === 0) touched.push(other);
        score[other] = (score[other] ?? 0) + weight;
      }
    }
    touched.sort((x, y) => (score[y] ?? 0) - (score[x] ?? 0) || x - y);
    for (const other of touched.slice(0, options.neighbours)) {
      const [a, b] = doc < other ? [doc, other] : [other, doc];
      const key = a * n + b;
      if (!pairs.has(key)) {
        pairs.add(key);
        result.push([a, b]);
      }
    }
    for (const other of touched) score[other] = 0;
    touched.length = 0;
  }
  return result.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
