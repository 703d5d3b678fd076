import { dayGap } from '../features/calendar.js';

/** Same month and day where one side's year is unknown: likely, not certain, the same day. */
const YEARLESS_MATCH = 0.9;
/** Neighbouring days (`9 and 10 June`, time zones, overnight events). */
const NEXT_DAY_MATCH = 0.5;

export function daySimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const gap = dayGap(a, b);
  if (gap === null) return 0;
  const yearless = a.startsWith('--') || b.startsWith('--');
  if (gap === 0) return yearless ? YEARLESS_MATCH : 1;
  return gap === 1 ? NEXT_DAY_MATCH * (yearless ? YEARLESS_MATCH : 1) : 0;
}

/**
 * Soft cosine of two weighted sets of day dates: shared days count fully, a yearless day
 * matching a dated one counts 0.9, neighbouring days 0.5. Null when either side has no day.
 */
export function dateOverlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number | null {
  if (a.size === 0 || b.size === 0) return null;
  let cross = 0;
  for (const [x, wx] of a) for (const [y, wy] of b) cross += wx * wy * daySimilarity(x, y);
  const norm = (m: ReadonlyMap<string, number>) => Math.sqrt([...m.values()].reduce((s, w) => s + w * w, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? null : Math.min(1, cross / denominator);
}

/** Days shared (exactly or up to a missing year) by the two sets, for explanations. */
export function sharedDays(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): string[] {
  const shared = new Set<string>();
  for (const x of a.keys()) {
    for (const y of b.keys()) if (daySimilarity(x, y) >= YEARLESS_MATCH) shared.add(x.startsWith('--') ? y : x);
  }
  return [...shared].sort();
}
