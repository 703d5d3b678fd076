import { parsedDayGap, type ParsedDay } from '../features/calendar.js';

/**
 * Days between two documents' estimated event dates; null when either is unknown. (Taking the
 * closest of any reported dates instead was tried: a story on a second strike that recalls the
 * first strike's date then looked like the same event, so only the estimates are compared.)
 */
export function eventGap(eventA: ParsedDay | null, eventB: ParsedDay | null): number | null {
  return eventA === null || eventB === null ? null : parsedDayGap(eventA, eventB);
}

/**
 * The temporal factor applied to a pair's score (cf. Priberam's timestamp feature): 1 for the
 * same day, falling along a Gaussian of the gap to 1 − penalty for distant dates; 1 when unknown.
 */
export function temporalFactor(gap: number | null, scaleDays: number, penalty: number): number {
  if (gap === null) return 1;
  return 1 - penalty * (1 - Math.exp(-0.5 * (gap / scaleDays) ** 2));
}
