import { parsedDay, parsedDayGap, type ParsedDay } from '../features/calendar.js';

/** Same month and day where one side's year is unknown: likely, not certain, the same day. */
const YEARLESS_MATCH = 0.9;
/** Neighbouring days (`9 and 10 June`, time zones, overnight events). */
const NEXT_DAY_MATCH = 0.5;

export function daySimilarity(a: string, b: string): number {
  return a === b ? 1 : dayValueSimilarity({ value: a, day: parsedDay(a) }, { value: b, day: parsedDay(b) });
}

/** A day value with its parse (null when it does not parse). */
interface DayValue {
  value: string;
  day: ParsedDay | null;
}

/** `daySimilarity` of values parsed beforehand: the same value is the same day, even unparsed. */
function dayValueSimilarity(a: DayValue, b: DayValue): number {
  if (a.value === b.value) return 1;
  return a.day === null || b.day === null ? 0 : parsedDaySimilarity(a.day, b.day);
}

/** `daySimilarity` on parsed days: one rule for explanations and for the pair loop. */
export function parsedDaySimilarity(a: ParsedDay, b: ParsedDay): number {
  const gap = parsedDayGap(a, b);
  const yearless = Number.isNaN(a.abs) || Number.isNaN(b.abs);
  if (gap === 0) return yearless ? YEARLESS_MATCH : 1;
  return gap === 1 ? NEXT_DAY_MATCH * (yearless ? YEARLESS_MATCH : 1) : 0;
}

/** A document's day dates, parsed once for the pair loop, with their weights. */
export interface DayVector {
  days: readonly ParsedDay[];
  w: Float64Array;
  norm: number;
}

export function dayVector(days: ReadonlyMap<string, number>): DayVector {
  const parsed = [...days].flatMap(([value, weight]) => {
    const day = parsedDay(value);
    return day === null ? [] : [{ day, weight }];
  });
  const w = Float64Array.from(parsed, (p) => p.weight);
  return { days: parsed.map((p) => p.day), w, norm: Math.sqrt(w.reduce((s, x) => s + x * x, 0)) };
}

/**
 * Soft cosine of two weighted sets of day dates: shared days count fully, a yearless day
 * matching a dated one counts 0.9, neighbouring days 0.5. Null when either side has no day.
 */
export function dayVectorOverlap(a: DayVector, b: DayVector): number | null {
  if (a.w.length === 0 || b.w.length === 0) return null;
  let cross = 0;
  for (let i = 0; i < a.w.length; i++) for (let j = 0; j < b.w.length; j++) cross += (a.w[i] as number) * (b.w[j] as number) * parsedDaySimilarity(a.days[i] as ParsedDay, b.days[j] as ParsedDay);
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
  // `daySimilarity` with each day parsed once, not once per pair it is in (every link of every cluster is explained).
  const parsed = (days: ReadonlyMap<string, number>) => [...days.keys()].map((value): DayValue => ({ value, day: parsedDay(value) }));
  const ys = parsed(b);
  for (const x of parsed(a)) {
    for (const y of ys) if (dayValueSimilarity(x, y) >= YEARLESS_MATCH) shared.add(x.value.startsWith('--') ? y.value : x.value);
  }
  return [...shared].sort();
}
