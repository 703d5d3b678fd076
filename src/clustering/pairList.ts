/** A scored document pair (indices into the sorted documents). */
export interface ScoredPair {
  a: number;
  b: number;
  score: number;
}

/**
 * Scored document pairs in three parallel typed arrays that grow by doubling: the candidate
 * index yields millions of pairs at 100k documents, and as objects they cost ~50 bytes each and
 * make every major garbage collection walk them.
 */
export class PairList {
  a: Int32Array;
  b: Int32Array;
  score: Float64Array;
  length = 0;

  constructor(capacity = 1024) {
    const size = Math.max(1, capacity);
    this.a = new Int32Array(size);
    this.b = new Int32Array(size);
    this.score = new Float64Array(size);
  }

  static from(pairs: Iterable<ScoredPair>): PairList {
    const list = new PairList();
    for (const { a, b, score } of pairs) list.push(a, b, score);
    return list;
  }

  push(a: number, b: number, score: number): void {
    if (this.length === this.a.length) this.grow();
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.score[this.length] = score;
    this.length++;
  }

  /** The pairs as objects (for tests and small inputs). */
  toArray(): ScoredPair[] {
    return Array.from({ length: this.length }, (_, k) => ({ a: this.a[k] as number, b: this.b[k] as number, score: this.score[k] as number }));
  }

  private grow(): void {
    const size = this.a.length * 2;
    const a = new Int32Array(size);
    const b = new Int32Array(size);
    const score = new Float64Array(size);
    a.set(this.a);
    b.set(this.b);
    score.set(this.score);
    [this.a, this.b, this.score] = [a, b, score];
  }
}
