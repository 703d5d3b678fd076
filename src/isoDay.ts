import { isValidDate } from './features/calendar.js';

/**
 * Years a publication or reference date may have. Outside them the calendar code breaks:
 * `Date.UTC` reads years 0–99 as 1900–1999, and `toISOString` writes years past 9999 as
 * `+010000-…`, which no `YYYY-MM-DD` reader understands.
 */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/**
 * `YYYY-MM-DD` (UTC) of a parsed publication or reference date, or null when the date is
 * invalid, outside years 1000–9999, or parsed from a text naming a day that does not exist
 * (`2021-02-29`, which `Date` would silently roll over to 1 March).
 */
export function isoDayOf(date: Date, text?: string): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (text !== undefined) {
    const [y, m, d] = text.slice(0, 10).split('-').map(Number);
    if (!isValidDate(y ?? Number.NaN, m ?? Number.NaN, d ?? Number.NaN)) return null;
  }
  return date.toISOString().slice(0, 10);
}
