/**
 * When a document says its event happened, at the precision the text or the page gives: a day,
 * a month (`published 2023-03`, `octobre 2020` on the page's stamp) or a year. A span is the
 * days that precision allows, so two documents agree when their spans meet and conflict by how
 * far apart they lie; a document with no date at all has no span ("unknown", not "conflicting").
 */
import type { DatePrecision, YearSource } from '../types.js';
import { dayNumber, fromDayNumber } from './calendar.js';

/** Inclusive day numbers (days since 1970-01-01) and the precision they come from. */
export interface TimeSpan {
  start: number;
  end: number;
  precision: DatePrecision;
}

const REDUCED = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** The span of `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (already validated), or null for anything else. */
export function spanOf(value: string): TimeSpan | null {
  const m = REDUCED.exec(value);
  if (m === null) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), precision: 'year' };
  const month = Number(m[2]);
  if (m[3] === undefined) return { start: dayNumber(year, month, 1), end: dayNumber(year, month + 1, 1) - 1, precision: 'month' };
  const day = dayNumber(year, month, Number(m[3]));
  return { start: day, end: day, precision: 'day' };
}

/** Days between two spans: 0 when they meet. */
export function spanGap(a: TimeSpan, b: TimeSpan): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** A reported day this long before the page's publication is background, not the news. */
export const BACKGROUND_DAYS = 45;
/** Days after publication a reported day may lie (time zones, a date written ahead). */
const AHEAD_DAYS = 2;

/** What the span is made from: the estimated event day and how its year was decided, the publication date, the latest year the text names. */
export interface SpanEvidence {
  eventDate: string | null;
  /** How the event day's year was decided (`weekday`: only the weekday's calendar, a guess that repeats every few years). */
  yearSource: YearSource | null;
  published: string | null;
  /** The latest year the text prints (in a date or alone), if any. */
  latestYear: number | null;
}

/**
 * The document's event span: its estimated event day when nothing contradicts it, else the
 * publication's span (news reports what just happened); null when the document says neither.
 * The event day does not count when it lies long before the publication or after it, when its
 * year is only the weekday's guess, or when the text names a later year (the day is background:
 * `founded on 4 April 1949`, in a story of 2023).
 */
export function eventSpan(evidence: SpanEvidence): TimeSpan | null {
  const event = evidence.eventDate === null ? null : spanOf(evidence.eventDate);
  const publication = evidence.published === null ? null : spanOf(evidence.published);
  const guessed = evidence.yearSource === 'weekday';
  const superseded = event !== null && evidence.latestYear !== null && yearOf(event) < evidence.latestYear - 1;
  if (event === null || guessed || superseded) return publication;
  if (publication === null) return event;
  const plausible = event.start >= publication.start - BACKGROUND_DAYS && event.end <= publication.end + AHEAD_DAYS;
  return plausible ? event : publication;
}

const yearOf = (span: TimeSpan): number => fromDayNumber(span.start).year;
