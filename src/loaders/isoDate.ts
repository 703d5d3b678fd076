/**
 * Publication dates are kept as ISO 8601 strings. Accepted: `YYYY-MM-DD`, optionally followed by
 * `T` or a space, `hh:mm`, optional `:ss`, optional `.fff`, optional `Z` / `±hh:mm` / `±hhmm` / `±hh`.
 * The only rewriting is to the canonical ISO form: a space separator becomes `T` and an offset gets
 * its colon (`2014-11-05 13:40:00+0100` → `2014-11-05T13:40:00+01:00`). Out-of-range parts
 * (`2021-02-30`, `24:00`) are rejected.
 */
const ISO_DATE =
  /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(\.[0-9]+)?)?(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?$/u;

/** The canonical ISO string, or null when `value` is not a valid ISO 8601 date(-time). */
export function normalizeIsoDate(value: string): string | null {
  const match = ISO_DATE.exec(value.trim());
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  if (!validDay(Number(year), Number(month), Number(day))) return null;
  if (hour === undefined) return `${year}-${month}-${day}`;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return null;
  const seconds = second === undefined ? '' : `:${second}${fraction ?? ''}`;
  return `${year}-${month}-${day}T${hour}:${minute}${seconds}${normalizeZone(zone)}`;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function normalizeZone(zone: string | undefined): string {
  if (zone === undefined) return '';
  if (zone === 'Z') return zone;
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2) || '00'}`;
}
