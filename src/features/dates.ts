import type { LanguageProfile } from '../languages/types.js';
import type { DateMention } from '../types.js';
import { wordMatches } from '../text/patterns.js';
import { dayNumber, fromDayNumber, isoDay, isValidDate, weekdayOf } from './calendar.js';
import { datePatternsFor, ISO_DATE, lookupForm, NUMERIC_DATE, YEAR_ONLY } from './datePatterns.js';
import { detectDatelines } from './datelines.js';
import { resolveYears, type RawDate } from './dateYears.js';

export interface DateContext {
  /** Publication date, if known: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` at reduced precision. */
  publishedAt: string | null;
  /** `YYYY-MM-DD`: "now" for weekday-based year inference. */
  referenceDate: string;
}

export interface DateExtraction {
  mentions: DateMention[];
  /** Character spans consumed by dates (so the number extractor skips them). */
  spans: [number, number][];
  /** Standalone years (`in 2009`). */
  years: number[];
}

/**
 * Finds absolute, yearless and relative dates in one normalised text, decides missing years
 * (publication date, weekday, the document's other years) and tags each with its rule.
 */
export function extractDates(text: string, profile: LanguageProfile, context: DateContext): DateExtraction {
  const spans = new Spans(text.length);
  const raws = [...numericDates(text, profile, spans), ...namedDates(text, profile, spans)].sort((a, b) => a.index - b.index);
  const years = standaloneYears(text, spans);
  const datelines = detectDatelines(text, raws, profile);
  const resolved = resolveYears(raws, { ...context, datelines, documentYears: years });
  // "Yesterday" needs the day of publication: a month-precision one cannot anchor it.
  const publishedDay = context.publishedAt !== null && context.publishedAt.length === 10 ? context.publishedAt : null;
  const anchor = publishedDay ?? resolved.datelineAnchor;
  const mentions = [...resolved.mentions];
  // A loop, not push(...list): spreading 100k+ mentions of a junk page overflows the call stack.
  if (anchor !== null) for (const m of relativeDates(text, profile, anchor, spans)) mentions.push(m);
  mentions.sort((a, b) => a.index - b.index || a.value.localeCompare(b.value));
  return { mentions, spans: spans.list, years };
}

/**
 * Character spans already taken by dates: a list (for the number extractor) and a bitmap, so
 * that an overlap test costs the length of the match, not the number of dates found so far
 * (which made a page of thousands of dates quadratic).
 */
class Spans {
  readonly list: [number, number][] = [];
  private readonly taken: Uint8Array;

  constructor(length: number) {
    this.taken = new Uint8Array(length);
  }

  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i] === 1) return true;
    return false;
  }

  add(start: number, end: number): void {
    this.taken.fill(1, start, end);
    this.list.push([start, end]);
  }
}

function numericDates(text: string, profile: LanguageProfile, spans: Spans): RawDate[] {
  const out: RawDate[] = [];
  for (const m of text.matchAll(ISO_DATE)) {
    const g = m.groups ?? {};
    pushRaw(out, spans, { index: m.index, text: m[0], rule: 'iso', year: Number(g.year), month: Number(g.month), days: [Number(g.day)], weekday: null });
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const g = m.groups ?? {};
    const [a, b, year] = [Number(g.a), Number(g.b), Number(g.year)];
    // The profile's order first; the other one only when it is the sole valid reading (13.06.2019).
    const order = isValidDate(year, ...(profile.numericDateOrder === 'dmy' ? ([b, a] as const) : ([a, b] as const))) ? profile.numericDateOrder : profile.numericDateOrder === 'dmy' ? 'mdy' : 'dmy';
    const [day, month] = order === 'dmy' ? [a, b] : [b, a];
    pushRaw(out, spans, { index: m.index, text: m[0], rule: `numeric-${order}`, year, month, days: [day], weekday: null });
  }
  return out;
}

const DIGIT_RUNS = /\p{N}+/gu;

function namedDates(text: string, profile: LanguageProfile, spans: Spans): RawDate[] {
  const patterns = datePatternsFor(profile);
  const out: RawDate[] = [];
  for (const { rule, pattern } of patterns.named) {
    for (const m of wordMatches(pattern, text)) {
      const g = m.groups ?? {};
      const month = lookupForm(patterns.monthIndex, g.month ?? '');
      if (month === undefined) continue;
      const weekday = g.weekday === undefined ? null : (lookupForm(patterns.weekdayIndex, g.weekday) ?? null);
      const days = g.days === undefined ? [] : (g.days.match(DIGIT_RUNS) ?? []).map(Number);
      const year = g.year === undefined ? null : Number(g.year);
      pushRaw(out, spans, { index: m.index, text: m[0], rule, year, month: month + 1, days, weekday });
    }
  }
  return out;
}

/** Keeps a raw date if it is valid and does not overlap one found before it. */
function pushRaw(out: RawDate[], spans: Spans, raw: RawDate): void {
  const end = raw.index + raw.text.length;
  if (spans.overlaps(raw.index, end)) return;
  const checkYear = raw.year ?? 2000; // a leap year, so that `29 February` without a year is valid
  if (raw.days.length > 0 && !raw.days.every((d) => isValidDate(checkYear, raw.month, d))) return;
  if (raw.days.length > 0 && raw.year !== null && raw.weekday !== null && raw.days.length === 1 && weekdayOf(raw.year, raw.month, raw.days[0] ?? 1) !== raw.weekday) {
    raw = { ...raw, weekday: null }; // a weekday that contradicts a printed year is a typo; trust the year
  }
  spans.add(raw.index, end);
  out.push(raw);
}

function standaloneYears(text: string, spans: Spans): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(YEAR_ONLY)) {
    if (!spans.overlaps(m.index, m.index + m[0].length)) years.push(Number(m.groups?.year));
  }
  return years;
}

function relativeDates(text: string, profile: LanguageProfile, anchor: string, spans: Spans): DateMention[] {
  const patterns = datePatternsFor(profile);
  const [y, mo, d] = anchor.split('-').map(Number) as [number, number, number];
  const base = dayNumber(y, mo, d);
  const out: DateMention[] = [];
  const push = (index: number, matched: string, rule: string, offset: number, weekday: boolean) => {
    if (spans.overlaps(index, index + matched.length)) return;
    spans.add(index, index + matched.length);
    const day = fromDayNumber(base + offset);
    out.push({
      value: isoDay(day.year, day.month, day.day), precision: 'day', text: matched, index, rule, dateline: false,
      explicit: { year: false, month: false, day: false, weekday }, yearSource: 'publishedAt',
    });
  };
  for (const m of patterns.relative === null ? [] : wordMatches(patterns.relative, text)) {
    const g = m.groups ?? {};
    const offset = g.today !== undefined ? 0 : g.yesterday !== undefined ? -1 : 1;
    push(m.index, m[0], `relative/${g.today !== undefined ? 'today' : g.yesterday !== undefined ? 'yesterday' : 'tomorrow'}`, offset, false);
  }
  for (const m of patterns.bareWeekday === null ? [] : wordMatches(patterns.bareWeekday, text)) {
    const weekday = lookupForm(patterns.weekdayIndex, m[0]);
    if (weekday === undefined || m[0].length < 5) continue; // short forms (`sat`, `sun`) are ordinary words
    const back = (weekdayOf(y, mo, d) - weekday + 7) % 7;
    push(m.index, m[0], 'relative/weekday', -back, true);
  }
  return out;
}
