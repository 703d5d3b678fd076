import { sparseFrom, type SparseVector } from './sparse.js';

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
  readonly df: number[] = [];
  /** Documents seen per population (e.g. per language); `''` for the whole collection. */
  readonly population = new Map<string, number>();

  addDocument(termIds: Iterable<number>, populationKey = ''): void {
    this.population.set(populationKey, (this.population.get(populationKey) ?? 0) + 1);
    for (const id of new Set(termIds)) this.df[id] = (this.df[id] ?? 0) + 1;
  }

  removeDocument(termIds: Iterable<number>, populationKey = ''): void {
    this.population.set(populationKey, Math.max(0, (this.population.get(populationKey) ?? 0) - 1));
    for (const id of new Set(termIds)) this.df[id] = Math.max(0, (this.df[id] ?? 0) - 1);
  }

  idf(id: number, populationKey = ''): number {
    const n = this.population.get(populationKey) ?? 0;
    return Math.log((1 + n) / (1 + (this.df[id] ?? 0))) + 1;
  }
}

export function sublinearTf(count: number): number {
  return count > 0 ? 1 + Math.log(count) : 0;
}

/** TF-IDF vector of one document's term counts (term ids already interned). */
export function tfidfVector(counts: ReadonlyMap<number, number>, df: DocumentFrequencies, populationKey = ''): SparseVector {
  return sparseFrom([...counts].map(([id, count]) => [id, sublinearTf(count) * df.idf(id, populationKey)] as const));
}
