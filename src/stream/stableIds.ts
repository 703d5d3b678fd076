/**
 * Keeps cluster ids stable across updates of a stream: each new cluster takes the id most of
 * its members had before (largest clusters choose first; ties go to the older id); a cluster
 * of only new documents, or one whose old id is taken, gets a fresh id `e<n>`.
 */
export function assignStableIds(groups: readonly (readonly string[])[], previous: ReadonlyMap<string, string>, next: () => string): string[] {
  const taken = new Set<string>();
  return groups.map((members) => {
    const votes = new Map<string, number>();
    for (const id of members) {
      const old = previous.get(id);
      if (old !== undefined && !taken.has(old)) votes.set(old, (votes.get(old) ?? 0) + 1);
    }
    const best = [...votes].sort((x, y) => y[1] - x[1] || idOrder(x[0], y[0]))[0]?.[0];
    const id = best ?? next();
    taken.add(id);
    return id;
  });
}

/** `e2` before `e10`. */
function idOrder(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1)) || a.localeCompare(b);
}
