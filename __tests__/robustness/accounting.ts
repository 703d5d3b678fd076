import type { ClusterResult } from '../../src/index.js';

/** A fixed "now", so weekday-based year inference does not depend on the clock. */
export const REFERENCE_DATE = '2026-11-23';

/**
 * Asserts that every given id is in exactly one cluster and in the document list, none lost and
 * none duplicated or invented; cluster ids are `c1…cn`, members sorted, no cluster empty.
 */
export function expectPartition(result: ClusterResult, ids: readonly string[]): void {
  const expected = [...ids].sort();
  const members = result.clusters.flatMap((c) => c.members);
  expect([...members].sort()).toEqual(expected);
  expect(new Set(members).size).toBe(members.length);
  expect(result.documents.map((d) => d.id).sort()).toEqual(expected);
  expect(result.clusters.map((c) => c.id)).toEqual(result.clusters.map((_, i) => `c${i + 1}`));
  for (const cluster of result.clusters) {
    expect(cluster.members.length).toBeGreaterThan(0);
    expect(cluster.members).toEqual([...cluster.members].sort());
  }
}

/** Cluster members as sorted lists, sorted: compares partitions whatever the cluster order. */
export function partition(result: ClusterResult): string[][] {
  return result.clusters.map((c) => [...c.members].sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** The cluster holding `id`. */
export function clusterOf(result: ClusterResult, id: string): string[] {
  return result.clusters.find((c) => c.members.includes(id))?.members ?? [];
}

/**
 * CPU milliseconds (user + system) taken by `run`, with its result. CPU time, not wall time: the
 * bounds must hold on a loaded 2-core CI machine where other test workers compete for the cores.
 */
export function timed<T>(run: () => T): { value: T; ms: number } {
  const start = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
}
