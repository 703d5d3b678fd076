import { dayGap } from '../features/calendar.js';

/**
 * Temporal proximity of two estimated event dates: a Gaussian decay over the gap in days
 * (cf. Priberam's timestamp feature), 1 for the same day, ~0 a few scales apart.
 */
export function temporalProximity(a: string | null, b: string | null, scaleDays: number): { score: number | null; gap: number | null } {
  if (a === null || b === null) return { score: null, gap: null };
  const gap = dayGap(a, b);
  if (gap === null) return { score: null, gap: null };
  return { score: Math.exp(-0.5 * (gap / scaleDays) ** 2), gap };
}
