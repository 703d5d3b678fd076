import type { DateMention, DatePrecision, YearSource } from '../types.js';
import { dayNumber, isoDay, weekdayOf, yearlessDay } from './calendar.js';

/** A date as matched, before its year is decided. */
export interface RawDate {
  index: number;
  text: string;
  rule: string;
  year: number | null;
  month: number;
  /** Days of the month; empty for a month-precision date; several for `9 and 10 June`. */
  days: number[];
  /** 0 = Sunday, when the text printed one. */
  weekday: number | null;
}

export interface YearContext {
  publishedAt: string | null;
  referenceDate: string;
  datelines: ReadonlySet<RawDate>;
  /** Standalone years printed in the text. */
  documentYears: readonly number[];
}

/** A yearless date up to this many days after publication is read in the publication year. */
const FUTURE_DAYS = 60;
/** How far back weekday inference looks for a year. */
const WEEKDAY_YEARS_BACK = 30;

/**
 * Decides the year of every date: printed → `explicit`; else the year that puts it within
 * [publication − 10 months, publication + 60 days] → `publishedAt`; else the text's most
 * printed year of a full date, if the weekday (when printed) fits it → `documentYear`; else the
 * latest year not after the reference date (and not before the text's own latest year) whose
 * calendar has the printed weekday → `weekday`; else the most frequent year among the text's
 * resolved full dates → `documentYear`; else none (`--MM-DD`). A dateline found this way anchors relative dates.
 */
export function resolveYears(raws: readonly RawDate[], context: YearContext): { mentions: DateMention[]; datelineAnchor: string | null } {
  const decided = new Map<RawDate, { year: number | null; source: YearSource }>();
  const printedYears = raws.flatMap((r) => (r.year === null ? [] : [r.year]));
  // A fold, not Math.max(...years): spreading 100k+ years of a junk page overflows the call stack.
  const floorYear = [...printedYears, ...context.documentYears].reduce((max, year) => (year > max ? year : max), 0);
  // Only full dates lend their year: a `mars 2022` aside is background more often than not.
  const printedYear = mostFrequentYear(raws.flatMap((r) => (r.year === null || r.days.length === 0 ? [] : [r.year])));
  for (const raw of raws) {
    if (raw.year !== null) decided.set(raw, { year: raw.year, source: 'explicit' });
    else if (context.publishedAt !== null) decided.set(raw, { year: yearFromPublication(raw, context.publishedAt), source: 'publishedAt' });
    else if (printedYear !== null && weekdayFits(raw, printedYear)) decided.set(raw, { year: printedYear, source: 'documentYear' });
    else if (raw.weekday !== null && raw.days.length === 1) decided.set(raw, weekdayYear(raw, context.referenceDate, floorYear));
  }
  const documentYear = mostFrequentYear(raws.flatMap((r) => {
    const year = r.days.length > 0 ? decided.get(r)?.year : null;
    return year === null || year === undefined ? [] : [year];
  }));
  for (const raw of raws) {
    if (!decided.has(raw)) decided.set(raw, documentYear === null ? { year: null, source: 'none' } : { year: documentYear, source: 'documentYear' });
  }
  const mentions = raws.flatMap((raw) => toMentions(raw, decided.get(raw) ?? { year: null, source: 'none' }, context.datelines.has(raw)));
  const anchor = mentions.find((m) => m.dateline && m.precision === 'day' && !m.value.startsWith('--'));
  return { mentions, datelineAnchor: anchor?.value ?? null };
}

/** True when the date has no printed weekday, or has that weekday in `year`. */
function weekdayFits(raw: RawDate, year: number): boolean {
  return raw.weekday === null || raw.days.every((day) => weekdayOf(year, raw.month, day) === raw.weekday);
}

/** The year of a yearless date given the publication date (a reduced-precision one by its middle day; a year alone is that year). */
function yearFromPublication(raw: RawDate, publishedAt: string): number {
  const [y, m, d] = publishedAt.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return y;
  const published = dayNumber(y, m, d ?? 15);
  const candidate = dayNumber(y, raw.month, raw.days[0] ?? 1);
  return candidate - published > FUTURE_DAYS ? y - 1 : published - candidate > 365 - FUTURE_DAYS ? y + 1 : y;
}

function weekdayYear(raw: RawDate, referenceDate: string, floorYear: number): { year: number | null; source: YearSource } {
  const [refYear, refMonth, refDay] = referenceDate.split('-').map(Number) as [number, number, number];
  const reference = dayNumber(refYear, refMonth, refDay);
  const day = raw.days[0] ?? 1;
  for (let year = refYear; year >= Math.max(floorYear, refYear - WEEKDAY_YEARS_BACK); year--) {
    if (dayNumber(year, raw.month, day) > reference) continue;
    if (weekdayOf(year, raw.month, day) === raw.weekday) return { year, source: 'weekday' };
  }
  return { year: null, source: 'none' };
}

function mostFrequentYear(years: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && best !== null && year > best)) best = year;
  }
  return best;
}

function toMentions(raw: RawDate, decided: { year: number | null; source: YearSource }, dateline: boolean): DateMention[] {
  const precision: DatePrecision = raw.days.length > 0 ? 'day' : 'month';
  const explicit = { year: raw.year !== null, month: true, day: raw.days.length > 0, weekday: raw.weekday !== null };
  const base = { text: raw.text, index: raw.index, rule: raw.rule, explicit, yearSource: decided.source, dateline, precision };
  if (precision === 'month') {
    return decided.year === null ? [] : [{ ...base, value: `${String(decided.year).padStart(4, '0')}-${String(raw.month).padStart(2, '0')}` }];
  }
  return raw.days.map((day) => ({ ...base, value: decided.year === null ? yearlessDay(raw.month, day) : isoDay(decided.year, raw.month, day) }));
}
