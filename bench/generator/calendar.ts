/** UTC day numbers (days since 1970-01-01) and their parts: the generator never uses local time. */
export interface Day {
  /** Days since 1970-01-01. */
  n: number;
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const MS_PER_DAY = 86_400_000;

export function dayOf(n: number): Day {
  const d = new Date(n * MS_PER_DAY);
  return { n, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

export function parseDay(iso: string): Day {
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`not an ISO date: ${iso}`);
  return dayOf(Math.round(ms / MS_PER_DAY));
}

export function isoDay(d: Day): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
