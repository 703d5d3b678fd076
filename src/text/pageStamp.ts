/**
 * The publication stamp a crawler or a site writes before the article (` date 2023-02`,
 * `date 2019-06-12 12 Jun 2019`, `Published: 2023-10-05`): an ISO 8601 date at whatever precision
 * it has, at the very start of the page. It says when the page was made, so it is a publication
 * date (at its precision), not part of the story: it is taken out of the text.
 *
 * Only the start of the page is read: a metadata key (`date`, `published`, …) and an ISO date,
 * or an ISO date of at least month precision alone on its line, so that a headline or a text
 * that begins with a date (`2023 was …`, `2020-02-22: 70 arrested`) stays as it is.
 */
import { parsePublication } from '../isoDay.js';

/** An ISO 8601 date of reduced precision or not: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type IsoPrecisionDate = string;

export interface PageStamp {
  /** The stamp's date at its own precision, or null when the page has none. */
  stamp: IsoPrecisionDate | null;
  /** The text without it. */
  text: string;
}

const STAMP = /^\s*(?:(?<key>date|dated|published|updated|posted)\s*:?\s*)?(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s|$)/iu;

export function readPageStamp(text: string): PageStamp {
  const match = STAMP.exec(text);
  const g = match?.groups;
  if (match === null || g === undefined) return { stamp: null, text };
  // Without its key, a stamp is a month or a day alone on its line.
  const alone = /^[\t ]*(?:\n|$)/u.test(text.slice(match[0].length));
  if (g.key === undefined && (g.month === undefined || !alone)) return { stamp: null, text };
  // A stamp is a publication date, checked as a given one is: a date that does not exist, or a year outside 1000–9999, is none.
  const stamp = parsePublication([g.year, g.month, g.day].filter((part) => part !== undefined).join('-'));
  return stamp === null ? { stamp: null, text } : { stamp, text: text.slice(match[0].length) };
}
