import fc from 'fast-check';
import { ClusterLinks } from '../../src/clustering/links.js';
import { RUNS } from '../properties/arbitraries.js';

/** The reference: a Map per cluster, as agglomerative clustering kept them before. */
class MapLinks {
  readonly maps: Map<number, number>[];
  constructor(n: number) {
    this.maps = Array.from({ length: n }, () => new Map());
  }
  get(a: number, b: number): number {
    return this.maps[a]!.get(b) ?? -1;
  }
  link(a: number, b: number, agg: number): void {
    this.maps[a]!.set(b, agg);
    this.maps[b]!.set(a, agg);
  }
  unlink(a: number, b: number): void {
    this.maps[a]!.delete(b);
    this.maps[b]!.delete(a);
  }
}

const neighboursOf = (links: ClusterLinks, x: number, alive: (z: number) => boolean) => {
  const out: [number, number][] = [];
  links.forEachNeighbour(x, alive, (z, agg) => out.push([z, agg]));
  return out.sort((p, q) => p[0] - q[0]);
};

describe('ClusterLinks (who is linked to whom during agglomerative clustering)', () => {
  test('links, lookups, unlinks and merges agree with a map per cluster, through table rebuilds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(4)), { maxLength: 400 }), (n, ops) => {
        // Start with a tiny table so that growth and rebuilds with deleted slots happen.
        const links = new ClusterLinks(n, 1);
        const reference = new MapLinks(n);
        const alive = new Uint8Array(n).fill(1);
        const isAlive = (z: number) => alive[z] === 1;
        let nextAgg = 0;
        for (const [p, q, op] of ops) {
          const a = p % n;
          const b = q % n;
          if (a === b || !isAlive(a) || !isAlive(b)) continue;
          // Ops 0–1 link (if not linked yet), 2–4 merge: links are only ever removed with a merged cluster.
          if (op <= 1 && links.get(a, b) < 0) {
            links.link(a, b, nextAgg);
            reference.link(a, b, nextAgg++);
          } else if (op >= 2) {
            // b merges into a: b's links pass to a, b is gone.
            const [x, y] = [Math.min(a, b), Math.max(a, b)];
            links.unlink(x, y);
            reference.unlink(x, y);
            alive[y] = 0;
            links.forEachNeighbour(y, (z) => z !== x && isAlive(z), (z) => {
              links.unlink(y, z);
              if (links.get(x, z) < 0) links.link(x, z, reference.get(y, z));
            });
            links.clear(y);
            for (const [z, agg] of [...reference.maps[y]!]) {
              reference.unlink(y, z);
              if (z !== x && reference.get(x, z) < 0) reference.link(x, z, agg);
            }
          }
          expect(links.get(a, b)).toBe(reference.get(a, b));
        }
        for (let x = 0; x < n; x++) {
          if (!isAlive(x)) continue;
          const expected = [...reference.maps[x]!].filter(([z]) => isAlive(z)).sort((p, q) => p[0] - q[0]);
          expect(neighboursOf(links, x, isAlive)).toEqual(expected);
          for (let z = 0; z < n; z++) if (z !== x && isAlive(z)) expect(links.get(x, z)).toBe(reference.get(x, z));
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('list entries of a merged cluster are skipped and dropped when met', () => {
    const links = new ClusterLinks(4, 3);
    links.link(0, 1, 10);
    links.link(0, 2, 11);
    links.link(0, 3, 12);
    const gone = (z: number) => z !== 2;
    expect(neighboursOf(links, 0, gone)).toEqual([[1, 10], [3, 12]]);
    // Dropped from the list: even a predicate that would now accept 2 does not see it again.
    expect(neighboursOf(links, 0, () => true)).toEqual([[1, 10], [3, 12]]);
    expect(links.get(2, 0)).toBe(11); // the hash keeps the link until it is unlinked
  });
});
