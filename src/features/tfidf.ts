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

export class DocumentFrequencies {
  private counts: Int32Array;
  /** Documents seen per population (e.g. per language); `''` for the whole collection. */
  readonly population = new Map<string, number>();

  constructor(initialSize = 1024) {
    this.counts = new Int32Array(initialSize);
  }

  /** Adds a document's terms (each id once: callers pass unique ids). */
  addDocument(termIds: Iterable<number>, populationKey = ''): void {
    this.population.set(populationKey, (this.population.get(populationKey) ?? 0) + 1);
    for (const id of termIds) {
      if (id >= this.counts.length) this.grow(id);
      this.counts[id] = (this.counts[id] ?? 0) + 1;
    }
  }

  removeDocument(termIds: Iterable<number>, populationKey = ''): void {
    this.population.set(populationKey, Math.max(0, (this.population.get(populationKey) ?? 0) - 1));
    for (const id of termIds) if (id < this.counts.length) this.counts[id] = Math.max(0, (this.counts[id] ?? 0) - 1);
  }

  df(id: number): number {
    return this.counts[id] ?? 0;
  }

  idf(id: number, populationKey = ''): number {
    return smoothedIdf(this.population.get(populationKey) ?? 0, this.counts[id] ?? 0);
  }

  private grow(id: number): void {
    let size = this.counts.length * 2;
    while (size <= id) size *= 2;
    const next = new Int32Array(size);
    next.set(this.counts);
    this.counts = next;
  }
}

/** Smoothed idf of a term in `df` of `n` documents: `ln((1 + n) / (1 + df)) + 1`. */
export function smoothedIdf(n: number, df: number): number {
  return Math.log((1 + n) / (1 + df)) + 1;
}

export function sublinearTf(count: number): number {
  return count > 0 ? 1 + Math.log(count) : 0;
}

/**
 * TF-IDF vector from sorted unique ids and their counts (no Map, no sort: the n-gram hot path).
 * Terms in more than `maxDf` documents are left out, norm included (scikit-learn's `max_df`).
 */
export function tfidfFromSorted(ids: Int32Array, counts: Int32Array, df: DocumentFrequencies, populationKey = '', maxDf = Number.POSITIVE_INFINITY): SparseVector {
  let kept = ids.length;
  if (maxDf !== Number.POSITIVE_INFINITY) for (let i = 0; i < ids.length; i++) if (df.df(ids[i] ?? 0) > maxDf) kept--;
  // Values and ids share one buffer: an ArrayBuffer with its backing store costs ~200 bytes of
  // its own, two per vector and four vectors per document.
  const buffer = new ArrayBuffer(kept * (Float64Array.BYTES_PER_ELEMENT + Int32Array.BYTES_PER_ELEMENT));
  const val = new Float64Array(buffer, 0, kept);
  const idx = new Int32Array(buffer, kept * Float64Array.BYTES_PER_ELEMENT, kept);
  const n = df.population.get(populationKey) ?? 0; // idf(id, populationKey), looked up once
  let norm = 0;
  for (let i = 0, k = 0; i < ids.length; i++) {
    const id = ids[i] ?? 0;
    const count = df.df(id);
    if (count > maxDf) continue;
    const w = sublinearTf(counts[i] ?? 0) * smoothedIdf(n, count);
    idx[k] = id;
    val[k++] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < val.length; i++) val[i] = (val[i] ?? 0) / norm;
  return { idx, val };
}
