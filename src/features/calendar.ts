/** Calendar arithmetic on UTC day numbers (days since 1970-01-01): no time zones, no clocks. */

export interface YMD {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(days: number): YMD {
  const d = new Date(days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function yearlessDay(month: number, day: number): string {
  return `--${pad(month)}-${pad(day)}`;
}

/** Parses `YYYY-MM-DD` or `--MM-DD` into parts (year null for the yearless form). */
export function parseDayValue(value: string): { year: number | null; month: number; day: number } | null {
  const m = /^(?:(\d{4})|--)-?(\d{2})-(\d{2})$/u.exec(value);
  if (m === null) return null;
  return { year: m[1] === undefined ? null : Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/**
 * Days between two day values. When either has no year, the distance between month-days on a
 * circular calendar (so `--12-30` and `2020-01-02` are 3 days apart).
 */
export function dayGap(a: string, b: string): number | null {
  const pa = parsedDay(a);
  const pb = parsedDay(b);
  return pa === null || pb === null ? null : parsedDayGap(pa, pb);
}

/** A day value parsed for arithmetic: its day number (NaN when yearless) and its month-day ordinal. */
export interface ParsedDay {
  abs: number;
  md: number;
}

export function parsedDay(value: string): ParsedDay | null {
  const p = parseDayValue(value);
  return p === null ? null : { abs: p.year === null ? Number.NaN : dayNumber(p.year, p.month, p.day), md: dayNumber(2001, p.month, p.day) };
}

/** `dayGap` on parsed days (the pair loop's form: no parsing per pair). */
export function parsedDayGap(a: ParsedDay, b: ParsedDay): number {
  if (!Number.isNaN(a.abs) && !Number.isNaN(b.abs)) return Math.abs(a.abs - b.abs);
  const diff = Math.abs(a.md - b.md);
  return Math.min(diff, 365 - diff);
}
