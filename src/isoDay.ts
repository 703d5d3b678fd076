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

const ISO_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}(?:$|T)/u;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/u;

/**
 * `YYYY-MM-DD` of a date given as an ISO 8601 string (`YYYY-MM-DD[THH:mm…]`) or a `Date`, or
 * null when it is neither or not a real day in years 1000–9999. A date-time without an offset
 * is read as UTC, so the day never depends on the machine's time zone.
 */
export function parseIsoDay(value: unknown): string | null {
  const text = typeof value === 'string' ? value.trim() : undefined;
  const utc = text !== undefined && LOCAL_DATE_TIME.test(text) ? `${text}Z` : text;
  const date = value instanceof Date ? value : utc !== undefined && ISO_DATE_PREFIX.test(utc) ? new Date(utc) : null;
  return date === null ? null : isoDayOf(date, text);
}

const REDUCED_PRECISION = /^(\d{4})(?:-(\d{2}))?$/u;

/**
 * A publication date at the precision it is given: `YYYY-MM-DD` as `parseIsoDay` reads it, or
 * ISO 8601's reduced precision, `YYYY-MM` (a month) or `YYYY` (a year), kept as it is. Null when
 * it is none of these or names no real month or day in years 1000–9999.
 */
export function parsePublication(value: unknown): string | null {
  const text = typeof value === 'string' ? value.trim() : undefined;
  const reduced = text === undefined ? null : REDUCED_PRECISION.exec(text);
  if (reduced === null) return parseIsoDay(value);
  const year = Number(reduced[1]);
  const month = reduced[2] === undefined ? 1 : Number(reduced[2]);
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 ? (text as string) : null;
}
