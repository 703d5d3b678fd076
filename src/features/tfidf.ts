import type { Space } from '../storage/slab.js';
import type { SparseVector } from './sparse.js';

/**
 * Our own TF-IDF (natural's is module-global, English-only in its stop words and 18× slower):
 * sublinear tf `1 + ln(tf)`, smoothed idf `ln((1 + N) / (1 + df)) + 1` as in scikit-learn,
 * L2-normalised. `N` can differ per term (word stems count only documents of their language).
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  find(term: string): number | undefined {
    return this.ids.get(term);
  }

  term(id: number): string {
    return this.terms[id] ?? '';
  }

  get size(): number {
    return this.terms.length;
  }
}

/** Idf tables kept per DocumentFrequencies (one per population size in use: languages, whole collection). */
const IDF_TABLES = 16;

export class DocumentFrequencies {
  private counts: Int32Array;
  /** Documents seen per population (e.g. per language); `''` for the whole collection. */
  readonly population = new Map<string, number>();
  /** Per population size: idf by document frequency, filled as asked (NaN = not yet). See `idfTable`. */
  private readonly idfMemo = new Map<number, Float64Array>();

  constructor(initialSize = 1024) {
    this.counts = new Int32Array(initialSize);
  }

  /**
   * Adds a document's terms (each id once: callers pass unique ids). Indexed, not for…of: a
   * batch adds ~10^8 n-gram ids, and the iterator protocol over a typed array cost ~30 ns each.
   */
  addDocument(termIds: ArrayLike<number>, populationKey = ''): void {
    this.population.set(populationKey, (this.population.get(populationKey) ?? 0) + 1);
    let { counts } = this;
    for (let k = 0; k < termIds.length; k++) {
      const id = termIds[k] as number;
      if (id >= counts.length) {
        this.grow(id);
        counts = this.counts;
      }
      counts[id] = (counts[id] as number) + 1;
    }
  }

  removeDocument(termIds: ArrayLike<number>, populationKey = ''): void {
    this.population.set(populationKey, Math.max(0, (this.population.get(populationKey) ?? 0) - 1));
    const { counts } = this;
    for (let k = 0; k < termIds.length; k++) {
      const id = termIds[k] as number;
      if (id < counts.length) counts[id] = Math.max(0, (counts[id] as number) - 1);
    }
  }

  df(id: number): number {
    return this.counts[id] ?? 0;
  }

  /** The document frequency of every term id, by id (ids past its end: 0). A live view: do not write to it. */
  get table(): Int32Array {
    return this.counts;
  }

  idf(id: number, populationKey = ''): number {
    return smoothedIdf(this.population.get(populationKey) ?? 0, this.counts[id] ?? 0);
  }

  /**
   * `smoothedIdf(n, df)` for every df of a population of n documents, computed once per df value:
   * a collection's vectors ask for ~10^8 idfs but only ~10^3 distinct ones, and a logarithm each
   * was a good share of building them. Same values as `smoothedIdf` (it is what fills the table).
   */
  idfTable(n: number): (df: number) => number {
    let table = this.idfMemo.get(n);
    if (table === undefined) {
      // A stream's populations change with every batch: only the last few sizes are kept.
      if (this.idfMemo.size >= IDF_TABLES) this.idfMemo.clear();
      this.idfMemo.set(n, (table = new Float64Array(n + 2).fill(Number.NaN)));
    }
    return idfFrom(table, n);
  }

  private grow(id: number): void {
    let size = this.counts.length * 2;
    while (size <= id) size *= 2;
    const next = new Int32Array(size);
    next.set(this.counts);
    this.counts = next;
  }
}

/** `smoothedIdf(n, ·)` memoised in `memo` (n + 2 slots, NaN = not yet): see `DocumentFrequencies.idfTable`. */
export function idfFrom(memo: Float64Array, n: number): (df: number) => number {
  return (df) => {
    if (df > n) return smoothedIdf(n, df); // cannot happen for a consistent count; no table slot
    let idf = memo[df] as number;
    if (Number.isNaN(idf)) memo[df] = idf = smoothedIdf(n, df);
    return idf;
  };
}

/** `idfFrom` over a fresh memo: for a thread that has the counts but not their DocumentFrequencies. */
export function idfTableOf(n: number): (df: number) => number {
  return idfFrom(new Float64Array(n + 2).fill(Number.NaN), n);
}

/** Smoothed idf of a term in `df` of `n` documents: `ln((1 + n) / (1 + df)) + 1`. */
export function smoothedIdf(n: number, df: number): number {
  return Math.log((1 + n) / (1 + df)) + 1;
}

export function sublinearTf(count: number): number {
  return count > 0 ? 1 + Math.log(count) : 0;
}

/** `sublinearTf` of the small counts that nearly every term has, computed once. */
const SMALL_TF = Float64Array.from({ length: 256 }, (_, count) => sublinearTf(count));

function tfOf(count: number): number {
  return count >= 0 && count < SMALL_TF.length ? (SMALL_TF[count] as number) : sublinearTf(count);
}

/**
 * TF-IDF vector from sorted unique ids and their counts (no Map, no sort: the n-gram hot path).
 * Terms in more than `maxDf` documents are left out, norm included (scikit-learn's `max_df`).
 */
export function tfidfFromSorted(ids: Int32Array, counts: Int32Array, df: DocumentFrequencies, populationKey = '', maxDf = Number.POSITIVE_INFINITY, slab?: Space): SparseVector {
  const kept = maxDf === Number.POSITIVE_INFINITY ? ids.length : keptTerms(ids, df.table, maxDf);
  const vector = tfidfSpace(kept, slab);
  writeTfidf(ids, counts, df.table, df.idfTable(df.population.get(populationKey) ?? 0), maxDf, vector);
  return vector;
}

/** How many of the ids have a document frequency (in `dfTable`, by id) of at most `maxDf`. */
export function keptTerms(ids: Int32Array, dfTable: Int32Array, maxDf: number): number {
  let kept = ids.length;
  for (let i = 0; i < ids.length; i++) if ((dfTable[ids[i] ?? 0] ?? 0) > maxDf) kept--;
  return kept;
}

/**
 * Room for a vector of `kept` terms. Values and ids share one buffer (a slab's, when given): an
 * ArrayBuffer with its backing store costs ~200 bytes of its own, two per vector and four vectors
 * per document. The values come first, then the ids (storage/sharedFeatures.ts relies on it).
 */
export function tfidfSpace(kept: number, slab?: Space): SparseVector {
  const bytes = kept * (Float64Array.BYTES_PER_ELEMENT + Int32Array.BYTES_PER_ELEMENT);
  const { buffer, offset } = slab === undefined ? { buffer: new ArrayBuffer(bytes), offset: 0 } : slab.take(bytes);
  const val = new Float64Array(buffer, offset, kept);
  return { idx: new Int32Array(buffer, offset + kept * Float64Array.BYTES_PER_ELEMENT, kept), val };
}

/**
 * Writes the TF-IDF vector of sorted unique ids and their counts into `into` (sized by
 * `keptTerms`): terms in more than `maxDf` documents (by `dfTable`) left out, L2-normalised. The
 * one place the weights are computed, whichever thread builds the vector (parallel/vectorsInParallel.ts).
 */
export function writeTfidf(ids: Int32Array, counts: Int32Array, dfTable: Int32Array, idf: (df: number) => number, maxDf: number, into: SparseVector): void {
  const { idx, val } = into;
  let norm = 0;
  for (let i = 0, k = 0; i < ids.length; i++) {
    const id = ids[i] ?? 0;
    const count = dfTable[id] ?? 0;
    if (count > maxDf) continue;
    const w = tfOf(counts[i] ?? 0) * idf(count);
    idx[k] = id;
    val[k++] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < val.length; i++) val[i] = (val[i] ?? 0) / norm;
}
