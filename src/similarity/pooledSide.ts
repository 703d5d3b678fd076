/**
 * A group of documents as one side of a pair: its members' evidence pooled. Two documents of one
 * event in different languages often share one name; two groups share their members' names,
 * dates, numbers and terms together, which is what lets the pair model see they are one event.
 * Vectors are the sum of the members' (L2-normalised each, so that no long member dominates),
 * normalised again; dates are all the members' dates; the span is the one most members give at
 * the finest precision any gives (its median start); tokens add up.
 */
import type { DatePrecision } from '../types.js';
import { sparseFrom, type SparseVector } from '../features/sparse.js';
import type { TimeSpan } from '../features/timeSpan.js';
import type { ParsedDay } from '../features/calendar.js';
import type { DayVector } from './dateOverlap.js';
import type { PairSide } from './pairInputs.js';

function pooledVector(vectors: readonly SparseVector[]): SparseVector {
  const entries: [number, number][] = [];
  for (const v of vectors) for (let k = 0; k < v.idx.length; k++) entries.push([v.idx[k] as number, v.val[k] as number]);
  return sparseFrom(entries);
}

/** All members' dated days, weights of one day added up (parsed days compare by value). */
function pooledDays(members: readonly PairSide[]): DayVector {
  const weights = new Map<string, { day: ParsedDay; weight: number }>();
  for (const m of members) {
    m.dayVector.days.forEach((day, k) => {
      const key = `${day.abs}|${day.md}`;
      const known = weights.get(key);
      if (known === undefined) weights.set(key, { day, weight: m.dayVector.w[k] as number });
      else known.weight += m.dayVector.w[k] as number;
    });
  }
  const entries = [...weights.values()];
  const w = Float64Array.from(entries, (e) => e.weight);
  return { days: entries.map((e) => e.day), w, norm: Math.sqrt(w.reduce((s, x) => s + x * x, 0)) };
}

const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year'];

/** The median-start span among the members' spans of the finest precision given; null when none has one. */
function pooledSpan(members: readonly PairSide[]): TimeSpan | null {
  for (const precision of PRECISIONS) {
    const spans = members.flatMap((m) => (m.span !== null && m.span.precision === precision ? [m.span] : []));
    if (spans.length > 0) return spans.sort((a, b) => a.start - b.start)[(spans.length - 1) >> 1] as TimeSpan;
  }
  return null;
}

/** The most frequent event day among members (ties: the smaller month-day, then dated first). */
function pooledEventDay(members: readonly PairSide[]): ParsedDay | null {
  const counts = new Map<string, { day: ParsedDay; count: number }>();
  for (const m of members) {
    if (m.eventDay === null) continue;
    const key = `${m.eventDay.abs}|${m.eventDay.md}`;
    const known = counts.get(key);
    if (known === undefined) counts.set(key, { day: m.eventDay, count: 1 });
    else known.count += 1;
  }
  let best: { day: ParsedDay; count: number } | undefined;
  for (const c of counts.values()) if (best === undefined || c.count > best.count || (c.count === best.count && c.day.md < best.day.md)) best = c;
  return best?.day ?? null;
}

/** The members as one side. A group of one is that member itself. Languages: the members' one language, or `mixed`. */
export function poolSides(members: readonly PairSide[]): PairSide {
  if (members.length === 1) return members[0] as PairSide;
  const langs = new Set(members.map((m) => m.lang));
  return {
    lang: langs.size === 1 ? (members[0] as PairSide).lang : 'mixed',
    words: pooledVector(members.map((m) => m.words)),
    ngrams: pooledVector(members.map((m) => m.ngrams)),
    entities: pooledVector(members.map((m) => m.entities)),
    numbers: pooledVector(members.map((m) => m.numbers)),
    dayVector: pooledDays(members),
    span: pooledSpan(members),
    eventDay: pooledEventDay(members),
    tokens: members.reduce((s, m) => s + m.tokens, 0),
    size: members.reduce((s, m) => s + m.size, 0),
  };
}
