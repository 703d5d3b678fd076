import type { Day } from '../calendar.js';
import type { Rng } from '../random.js';

/** `1200` → `1 200` / `1,200`: groups of three digits joined by `separator`. */
export function grouped(n: number, separator: string): string {
  const digits = String(Math.trunc(n));
  if (digits.length <= 4 && separator !== ',') return digits; // `1200` is as common as `1 200`
  return digits.replace(/(\p{Nd})(?=(?:\p{Nd}{3})+$)/gu, `$1${separator}`);
}

export type DateStyle = 'full' | 'dayMonth' | 'weekdayDate' | 'relative';

/**
 * How a report writes the event day: mostly with the year, often without (the publication date
 * then implies it), sometimes relative to publication (`yesterday`, `on Sunday`) when that is
 * within the past week.
 */
export function dateStyle(date: Day, published: Day, rng: Rng): DateStyle {
  const gap = published.n - date.n;
  const style = (['full', 'dayMonth', 'weekdayDate', 'relative'] as const)[rng.weighted([0.4, 0.25, 0.1, 0.25])] ?? 'full';
  return style === 'relative' && (gap < 0 || gap > 6) ? 'full' : style;
}

/** Capitalises the first letter of a sentence (after any opening quote or dash). */
export function capitaliseFirst(sentence: string): string {
  return sentence.replace(/^([\s"«–—-]*)(\p{Ll})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}
