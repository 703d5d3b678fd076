import type { DateMention } from '../types.js';
import { parsedDay } from './calendar.js';
import { BACKGROUND_DAYS, spanOf, type TimeSpan } from './timeSpan.js';

/** A dateline or publication stamp says when the page was made, not when the event happened. */
const DATELINE_WEIGHT = 0.3;
/** A date after publication is an announcement (`the run-off on 3 November`), not the news. */
const FUTURE_WEIGHT = 0.3;
/** A date long before publication is background (`the 1999 quake`), not the news. */
const BACKGROUND_WEIGHT = 0.3;

/** A document's day-precision dates (value → weight: 1 per mention, DATELINE_WEIGHT per dateline), in order of first mention. */
export function dayWeights(mentions: readonly DateMention[]): Map<string, number> {
  const days = new Map<string, number>();
  for (const m of mentions) {
    if (m.precision === 'day') days.set(m.value, (days.get(m.value) ?? 0) + (m.dateline ? DATELINE_WEIGHT : 1));
  }
  return days;
}

function mentionWeight(m: DateMention, publication: TimeSpan | null): number {
  if (m.dateline) return DATELINE_WEIGHT;
  const day = publication === null || m.value.startsWith('--') ? null : parsedDay(m.value);
  if (day === null || publication === null) return 1;
  if (day.abs > publication.end + 1) return FUTURE_WEIGHT;
  return day.abs < publication.start - BACKGROUND_DAYS ? BACKGROUND_WEIGHT : 1;
}

/**
 * Estimates the date of the event a document reports: the day-precision date with the most
 * weight (1 per mention; 0.3 per dateline mention, date after publication or date long before
 * it; `publishedAt` may be of reduced precision, `YYYY-MM` or `YYYY`), ties going to
 * the earliest mention. A yearless mention counts towards a dated one with its month and day.
 */
export function estimateEventDate(mentions: readonly DateMention[], publishedAt: string | null = null): string | null {
  const days = mentions.filter((m) => m.precision === 'day');
  const publication = publishedAt === null ? null : spanOf(publishedAt);
  const dated = new Map<string, string>();
  for (const m of days) if (!m.value.startsWith('--')) dated.set(m.value.slice(4), m.value);
  const scores = new Map<string, { weight: number; first: number }>();
  for (const m of days) {
    const value = m.value.startsWith('--') ? (dated.get(m.value.slice(1)) ?? m.value) : m.value;
    const entry = scores.get(value) ?? { weight: 0, first: m.index };
    entry.weight += mentionWeight(m, publication);
    entry.first = Math.min(entry.first, m.index);
    scores.set(value, entry);
  }
  let best: string | null = null;
  let bestEntry: { weight: number; first: number } | undefined;
  for (const [value, entry] of scores) {
    if (bestEntry === undefined || entry.weight > bestEntry.weight + 1e-9 || (Math.abs(entry.weight - bestEntry.weight) <= 1e-9 && entry.first < bestEntry.first)) {
      best = value;
      bestEntry = entry;
    }
  }
  return best;
}
