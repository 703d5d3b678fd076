/**
 * A binary max-heap of merge candidates (two clusters x < y, their linkage score and the
 * versions of both clusters when it was computed), in parallel typed arrays: agglomerative
 * clustering pushes one per linked cluster pair and after every merge, millions at 100k documents.
 * Order: higher score first; ties by smaller x, then smaller y, so the result never depends on
 * the order of pushes.
 */
export class CandidateHeap {
  private score = new Float64Array(1024);
  private x = new Int32Array(1024);
  private y = new Int32Array(1024);
  private vx = new Int32Array(1024);
  private vy = new Int32Array(1024);
  private size = 0;

  /** The top candidate, read after a successful `pop()`. */
  topScore = 0;
  topX = 0;
  topY = 0;
  topVx = 0;
  topVy = 0;

  get length(): number {
    return this.size;
  }

  push(score: number, x: number, y: number, vx: number, vy: number): void {
    if (this.size === this.score.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.beforeAt(score, x, y, parent)) break;
      this.move(parent, i);
      i = parent;
    }
    this.set(i, score, x, y, vx, vy);
  }

  /** Removes the top candidate into `top*`; false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    this.topScore = this.score[0] as number;
    this.topX = this.x[0] as number;
    this.topY = this.y[0] as number;
    this.topVx = this.vx[0] as number;
    this.topVy = this.vy[0] as number;
    const last = --this.size;
    if (last > 0) this.siftDown(this.score[last] as number, this.x[last] as number, this.y[last] as number, this.vx[last] as number, this.vy[last] as number);
    return true;
  }

  /** Places the given candidate from the root down to where it belongs. */
  private siftDown(score: number, x: number, y: number, vx: number, vy: number): void {
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && this.before(right, left) ? right : left;
      if (this.beforeAt(score, x, y, child)) break;
      this.move(child, i);
      i = child;
    }
    this.set(i, score, x, y, vx, vy);
  }

  /** Does the candidate (score, x, y) come out before the one at slot i? */
  private beforeAt(score: number, x: number, y: number, i: number): boolean {
    const s = this.score[i] as number;
    const xi = this.x[i] as number;
    return score > s || (score === s && (x < xi || (x === xi && y < (this.y[i] as number))));
  }

  private before(i: number, j: number): boolean {
    return this.beforeAt(this.score[i] as number, this.x[i] as number, this.y[i] as number, j);
  }

  private move(from: number, to: number): void {
    this.set(to, this.score[from] as number, this.x[from] as number, this.y[from] as number, this.vx[from] as number, this.vy[from] as number);
  }

  private set(i: number, score: number, x: number, y: number, vx: number, vy: number): void {
    this.score[i] = score;
    this.x[i] = x;
    this.y[i] = y;
    this.vx[i] = vx;
    this.vy[i] = vy;
  }

  private grow(): void {
    const n = this.score.length * 2;
    const score = new Float64Array(n);
    score.set(this.score);
    this.score = score;
    for (const key of ['x', 'y', 'vx', 'vy'] as const) {
      const next = new Int32Array(n);
      next.set(this[key]);
      this[key] = next;
    }
  }
}
