import { dayGap, dayNumber, parseDayValue } from '../features/calendar.js';

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

/** A document's day dates, parsed once for the pair loop: absolute day (NaN when yearless), month-day ordinal, weight. */
export interface DayVector {
  abs: Float64Array;
  md: Int32Array;
  w: Float64Array;
  norm: number;
}

export function dayVector(days: ReadonlyMap<string, number>): DayVector {
  const parsed = [...days].flatMap(([value, weight]) => {
    const p = parseDayValue(value);
    return p === null ? [] : [{ abs: p.year === null ? Number.NaN : dayNumber(p.year, p.month, p.day), md: dayNumber(2001, p.month, p.day), weight }];
  });
  const w = Float64Array.from(parsed, (p) => p.weight);
  return { abs: Float64Array.from(parsed, (p) => p.abs), md: Int32Array.from(parsed, (p) => p.md), w, norm: Math.sqrt(w.reduce((s, x) => s + x * x, 0)) };
}

function vectorDaySimilarity(a: DayVector, i: number, b: DayVector, j: number): number {
  const absA = a.abs[i] as number;
  const absB = b.abs[j] as number;
  const yearless = Number.isNaN(absA) || Number.isNaN(absB);
  let gap: number;
  if (yearless) {
    const diff = Math.abs((a.md[i] as number) - (b.md[j] as number));
    gap = Math.min(diff, 365 - diff);
  } else gap = Math.abs(absA - absB);
  if (gap === 0) return yearless ? YEARLESS_MATCH : 1;
  return gap === 1 ? NEXT_DAY_MATCH * (yearless ? YEARLESS_MATCH : 1) : 0;
}

/**
 * Soft cosine of two weighted sets of day dates: shared days count fully, a yearless day
 * matching a dated one counts 0.9, neighbouring days 0.5. Null when either side has no day.
 */
export function dayVectorOverlap(a: DayVector, b: DayVector): number | null {
  if (a.w.length === 0 || b.w.length === 0) return null;
  let cross = 0;
  for (let i = 0; i < a.w.length; i++) for (let j = 0; j < b.w.length; j++) cross += (a.w[i] as number) * (b.w[j] as number) * vectorDaySimilarity(a, i, b, j);
  const denominator = a.norm * b.norm;
  return denominator === 0 ? null : Math.min(1, cross / denominator);
}

/** `dayVectorOverlap` on two maps of day value → weight. */
export function dateOverlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number | null {
  return dayVectorOverlap(dayVector(a), dayVector(b));
}

/** Days shared (exactly or up to a missing year) by the two sets, for explanations. */
export function sharedDays(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): string[] {
  const shared = new Set<string>();
  for (const x of a.keys()) {
    for (const y of b.keys()) if (daySimilarity(x, y) >= YEARLESS_MATCH) shared.add(x.startsWith('--') ? y : x);
  }
  return [...shared].sort();
}
