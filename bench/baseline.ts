/**
 * The speed yardstick of the scale benchmark: plain word TF-IDF cosine, clustered by the same
 * agglomerative code with the same threshold and linkage as the library. No stemming, no
 * entities, dates, numbers or n-grams: lower-cased tokens (the library's tokenizer) minus the
 * language's stop words, sublinear TF × smoothed IDF over the whole collection (as the library's
 * word signal, written out here so that the yardstick does not move when the library's internals
 * do), L2-normalised.
 *
 * Comparing all pairs is quadratic, so pairs are generated the way any TF-IDF system at this
 * scale does it: an inverted index over each document's `topTerms` heaviest terms among those
 * found in 2 to `maxDf` documents (commoner terms cannot single out an event; the cap keeps the
 * cost linear) accumulates partial dot products; each document's `neighbours` best candidates
 * then get their exact cosine. Pairs never scored count as 0, as in the library's index path.
 */
import { agglomerative, type ScoredPair } from '../src/clustering/agglomerative.js';
import { dot, sparseFrom, type SparseVector } from '../src/features/sparse.js';
import { DEFAULT_OPTIONS, getLanguage, normalizeText, tokenize, type Linkage, type NewsDocumentInput } from '../src/index.js';

export interface BaselineOptions {
  threshold?: number;
  linkage?: Linkage;
  /** Terms per document used to look up candidates. */
  topTerms?: number;
  /** Terms in more documents than this are not looked up. */
  maxDf?: number;
  /** Candidates per document that get an exact cosine. */
  neighbours?: number;
  /** Pairs below this cosine are dropped (they barely move an average). */
  minScore?: number;
}

export interface BaselineResult {
  clusters: { members: string[] }[];
  documents: { id: string; lang: string }[];
  candidatePairs: number;
}

export const BASELINE_DEFAULTS = { topTerms: 10, maxDf: 100, neighbours: 30, minScore: 0.05 } as const;
type Settings = Required<Pick<BaselineOptions, 'topTerms' | 'maxDf' | 'neighbours' | 'minScore'>>;

/** Term ids and counts of one document (lower-cased tokens, no digits, no stop words). */
function termCounts(doc: NewsDocumentInput, vocabulary: Map<string, number>): { ids: Int32Array; counts: Int32Array } {
  const stopwords = getLanguage(doc.lang ?? '')?.stopwords;
  const counts = new Map<number, number>();
  for (const token of tokenize(normalizeText(doc.text))) {
    const word = token.text.toLowerCase();
    if (word.length < 2 || token.hasDigit || stopwords?.has(word) === true) continue;
    let id = vocabulary.get(word);
    if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return { ids: Int32Array.from(counts.keys()), counts: Int32Array.from(counts.values()) };
}

/** Sublinear TF (1 + ln tf) × smoothed IDF (ln((1 + N) / (1 + df)) + 1), L2-normalised; and each term's df. */
function vectorize(docs: readonly NewsDocumentInput[]): { vectors: SparseVector[]; df: Int32Array } {
  const vocabulary = new Map<string, number>();
  const terms = docs.map((doc) => termCounts(doc, vocabulary));
  const df = new Int32Array(vocabulary.size);
  for (const { ids } of terms) for (const id of ids) df[id] = (df[id] ?? 0) + 1;
  const idf = (id: number) => Math.log((1 + docs.length) / (1 + (df[id] ?? 0))) + 1;
  const vectors = terms.map(({ ids, counts }) => sparseFrom(Array.from(ids, (id, i) => [id, (1 + Math.log(counts[i] ?? 1)) * idf(id)] as const)));
  return { vectors, df };
}

/** Positions (into `v.idx`) of the `k` heaviest terms among those in 2 to `maxDf` documents. */
function heaviest(v: SparseVector, k: number, df: Int32Array, maxDf: number): number[] {
  const usable: number[] = [];
  v.idx.forEach((id, i) => {
    const count = df[id] ?? 0;
    if (count >= 2 && count <= maxDf) usable.push(i);
  });
  return usable.sort((a, b) => (v.val[b] ?? 0) - (v.val[a] ?? 0)).slice(0, k);
}

function candidatePairs(vectors: readonly SparseVector[], df: Int32Array, o: Settings): ScoredPair[] {
  const postings = new Map<number, { docs: number[]; weights: number[] }>();
  const tops = vectors.map((v, doc) => heaviest(v, o.topTerms, df, o.maxDf).map((i) => {
    const term = v.idx[i] ?? 0;
    const list = postings.get(term) ?? { docs: [], weights: [] };
    list.docs.push(doc);
    list.weights.push(v.val[i] ?? 0);
    postings.set(term, list);
    return { term, weight: v.val[i] ?? 0 };
  }));
  const accumulator = new Float64Array(vectors.length);
  const seen = new Set<number>();
  const pairs: ScoredPair[] = [];
  tops.forEach((terms, a) => {
    const touched: number[] = [];
    for (const { term, weight } of terms) {
      const list = postings.get(term);
      list?.docs.forEach((b, j) => {
        if (b === a) return;
        if (accumulator[b] === 0) touched.push(b);
        accumulator[b] = (accumulator[b] ?? 0) + weight * (list.weights[j] ?? 0);
      });
    }
    const best = touched.sort((x, y) => (accumulator[y] ?? 0) - (accumulator[x] ?? 0)).slice(0, o.neighbours);
    for (const b of touched) accumulator[b] = 0;
    for (const b of best) {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      if (seen.has(lo * vectors.length + hi)) continue;
      seen.add(lo * vectors.length + hi);
      const score = dot(vectors[lo] as SparseVector, vectors[hi] as SparseVector);
      if (score >= o.minScore) pairs.push({ a: lo, b: hi, score });
    }
  });
  return pairs;
}

export function baselineCluster(documents: readonly NewsDocumentInput[], options: BaselineOptions = {}): BaselineResult {
  const docs = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { vectors, df } = vectorize(docs);
  const pairs = candidatePairs(vectors, df, { ...BASELINE_DEFAULTS, ...options });
  const { clusters } = agglomerative(docs.length, pairs, options.threshold ?? DEFAULT_OPTIONS.threshold, options.linkage ?? DEFAULT_OPTIONS.linkage);
  return {
    clusters: clusters.map((members) => ({ members: members.map((i) => docs[i]?.id ?? '') })),
    documents: docs.map((d) => ({ id: d.id, lang: d.lang ?? 'und' })),
    candidatePairs: pairs.length,
  };
}
