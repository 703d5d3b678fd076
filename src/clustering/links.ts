/**
 * Who is linked to whom while agglomerative clustering runs, without a `Map` per cluster: at 100k
 * documents there are ~2M candidate pairs, and a neighbour map per document cost ~250 bytes a
 * pair (the batch's peak memory). Here a link between two clusters lives once in an
 * open-addressing hash keyed by the pair, and once in each cluster's neighbour list (typed-array
 * linked lists). A cluster that merges into another is never revived, so list entries pointing to
 * it are simply skipped (and unlinked) when met: no search to remove them.
 */
const EMPTY = -1;
const DELETED = -2;
const NONE = -1;
/** Fill of the hash table (live and deleted slots) that triggers a rebuild. */
const MAX_FILL = 0.7;

export class ClusterLinks {
  // Hash of unordered pairs (lo < hi) → link aggregate index.
  private lo: Int32Array;
  private hi: Int32Array;
  private value: Int32Array;
  private used = 0;
  private live = 0;
  // Neighbour lists: per cluster the first entry; per entry the neighbour, its link and the next entry.
  private readonly first: Int32Array;
  private to: Int32Array;
  private agg: Int32Array;
  private next: Int32Array;
  private entries = 0;

  constructor(clusters: number, expectedLinks: number) {
    const capacity = tableSize(expectedLinks);
    this.lo = new Int32Array(capacity).fill(EMPTY);
    this.hi = new Int32Array(capacity);
    this.value = new Int32Array(capacity);
    this.first = new Int32Array(clusters).fill(NONE);
    const listSize = Math.max(16, 2 * expectedLinks);
    this.to = new Int32Array(listSize);
    this.agg = new Int32Array(listSize);
    this.next = new Int32Array(listSize);
  }

  /** The link aggregate of clusters a and b, or -1 when they are not linked. */
  get(a: number, b: number): number {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    const slot = this.find(lo, hi);
    return slot < 0 ? -1 : (this.value[slot] as number);
  }

  /** Links clusters a and b (not linked yet) with aggregate `agg`. */
  link(a: number, b: number, agg: number): void {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    if (this.used + 1 > MAX_FILL * this.lo.length) this.rebuild();
    if (this.place(lo, hi, agg)) this.used++;
    this.live++;
    this.append(a, b, agg);
    this.append(b, a, agg);
  }

  /** Removes the link of a and b, one of which has merged into another cluster (list entries pointing to it are skipped from now on). */
  unlink(a: number, b: number): void {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    const slot = this.find(lo, hi);
    if (slot < 0) return;
    this.lo[slot] = DELETED;
    this.live--;
  }

  /** Calls `visit(z, agg)` for each neighbour z of cluster x with `alive(z)`, dropping the others from x's list. */
  forEachNeighbour(x: number, alive: (z: number) => boolean, visit: (z: number, agg: number) => void): void {
    let previous = NONE;
    for (let e = this.first[x] as number; e !== NONE; e = this.next[e] as number) {
      const z = this.to[e] as number;
      if (!alive(z)) {
        if (previous === NONE) this.first[x] = this.next[e] as number;
        else this.next[previous] = this.next[e] as number;
        continue;
      }
      previous = e;
      visit(z, this.agg[e] as number);
    }
  }

  /** Forgets cluster x's list (x has merged into another cluster). */
  clear(x: number): void {
    this.first[x] = NONE;
  }

  private append(x: number, z: number, agg: number): void {
    if (this.entries === this.to.length) {
      const grow = (array: Int32Array) => {
        const bigger = new Int32Array(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      this.to = grow(this.to);
      this.agg = grow(this.agg);
      this.next = grow(this.next);
    }
    const e = this.entries++;
    this.to[e] = z;
    this.agg[e] = agg;
    this.next[e] = this.first[x] as number;
    this.first[x] = e;
  }

  private find(lo: number, hi: number): number {
    const mask = this.lo.length - 1;
    for (let slot = hashPair(lo, hi) & mask; ; slot = (slot + 1) & mask) {
      const key = this.lo[slot] as number;
      if (key === EMPTY) return -1;
      if (key === lo && this.hi[slot] === hi) return slot;
    }
  }

  /** A fresh table sized for the live links (deleted slots dropped). */
  private rebuild(): void {
    const { lo, hi, value } = this;
    const capacity = tableSize(this.live + 1);
    this.lo = new Int32Array(capacity).fill(EMPTY);
    this.hi = new Int32Array(capacity);
    this.value = new Int32Array(capacity);
    for (let old = 0; old < lo.length; old++) if ((lo[old] as number) >= 0) this.place(lo[old] as number, hi[old] as number, value[old] as number);
    this.used = this.live;
  }

  /** Writes a pair that is not in the table into the first free (empty or deleted) slot of its probe; true if that slot was empty. */
  private place(lo: number, hi: number, value: number): boolean {
    const mask = this.lo.length - 1;
    let slot = hashPair(lo, hi) & mask;
    while ((this.lo[slot] as number) >= 0) slot = (slot + 1) & mask;
    const wasEmpty = this.lo[slot] === EMPTY;
    this.lo[slot] = lo;
    this.hi[slot] = hi;
    this.value[slot] = value;
    return wasEmpty;
  }
}

/** A power of two with room for `links` at under half fill. */
function tableSize(links: number): number {
  let size = 16;
  while (size < 2.5 * links) size *= 2;
  return size;
}

/** Mixes two 32-bit ints into a well-spread 32-bit hash (murmur3's finaliser). */
function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
