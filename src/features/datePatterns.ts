import type { LanguageProfile } from '../languages/types.js';
import { alternation, NOT_WORD_AFTER, wordPattern, type WordPattern } from '../text/patterns.js';

/**
 * Builds one language's date regular expressions from its profile data (month and weekday
 * names, date orders, ordinal suffixes, day connectors). Every pattern is a sequence of bounded
 * pieces with `u` and lookarounds instead of `\b`, so matching is linear in the text.
 */
export interface CompiledDatePatterns {
  /** Named patterns with groups: weekday, days, month, year. Tried in this order. */
  named: readonly { rule: string; pattern: WordPattern }[];
  /** Form → index (0-based); forms ending in `*` match any ending (`söndags*` → `söndagsmorgonen`). */
  monthIndex: ReadonlyMap<string, number>;
  weekdayIndex: ReadonlyMap<string, number>;
  relative: WordPattern | null;
  bareWeekday: WordPattern | null;
}

const YEAR = '(?<year>1[89]\\d\\d|2[01]\\d\\d)(?![\\p{N}:.,]\\p{N})';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])';

const cache = new WeakMap<LanguageProfile, CompiledDatePatterns>();

export function datePatternsFor(profile: LanguageProfile): CompiledDatePatterns {
  let compiled = cache.get(profile);
  if (compiled === undefined) {
    compiled = compile(profile);
    cache.set(profile, compiled);
  }
  return compiled;
}

/** Index of the form a matched text stands for: exact, else the longest `prefix*` form. */
export function lookupForm(index: ReadonlyMap<string, number>, matched: string): number | undefined {
  const lower = matched.toLowerCase();
  const exact = index.get(lower);
  if (exact !== undefined) return exact;
  let best: { length: number; value: number } | undefined;
  for (const [form, value] of index) {
    if (!form.endsWith('*')) continue;
    const prefix = form.slice(0, -1);
    if (lower.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = { length: prefix.length, value };
  }
  return best?.value;
}

function indexOf(groups: readonly (readonly string[])[]): Map<string, number> {
  const index = new Map<string, number>();
  groups.forEach((forms, i) => forms.forEach((form) => index.set(form, i)));
  return index;
}

function compile(profile: LanguageProfile): CompiledDatePatterns {
  const monthIndex = indexOf(profile.months);
  const weekdayIndex = indexOf(profile.weekdays);
  const month = `(?<month>${alternation([...monthIndex.keys()])})\\.?`;
  const weekday = `(?:(?<weekday>${alternation([...weekdayIndex.keys()])})\\.?,?\\s+)?`;
  const suffix = profile.dayOrdinalSuffixes.length > 0 ? `(?:${alternation(profile.dayOrdinalSuffixes)})?` : '';
  const article = profile.dayArticles.length > 0 ? `(?:${alternation(profile.dayArticles)}\\s+)?` : '';
  const connector = profile.dayConnectors.length > 0 ? `(?:\\s*${alternation(profile.dayConnectors)}\\s*${DAY}${suffix}){0,3}` : '';
  const days = `(?<days>${DAY}${suffix}${connector})`;
  const prep = (profile.monthPrepositions ?? []).length > 0 ? `(?:${alternation(profile.monthPrepositions ?? [])}\\s+)?` : '';
  const named: { rule: string; pattern: WordPattern }[] = [];
  const add = (rule: string, body: string) => named.push({ rule: `${profile.code}/${rule}`, pattern: wordPattern(`${body}${NOT_WORD_AFTER}`, 'giu') });
  if (monthIndex.size > 0) {
    for (const order of profile.dateOrders) {
      if (order === 'day-month-year') add('day-month-year', `${weekday}${article}${days}\\s+${prep}${month}(?:,?\\s+${prep}${YEAR})?`);
      else add('month-day-year', `${weekday}${month}\\s+${article}${days}(?:,?\\s+${prep}${YEAR})?`);
    }
    add('month-year', `${month}\\s+${prep}${YEAR}`);
  }
  return {
    named,
    monthIndex,
    weekdayIndex,
    relative: relativePattern(profile),
    bareWeekday: weekdayIndex.size > 0 ? wordPattern(`(?<weekday>${alternation([...weekdayIndex.keys()])})${NOT_WORD_AFTER}`, 'giu') : null,
  };
}

function relativePattern(profile: LanguageProfile): WordPattern | null {
  const { today, yesterday, tomorrow } = profile.relativeDays;
  if (today.length + yesterday.length + tomorrow.length === 0) return null;
  const group = (name: string, forms: readonly string[]) => `(?<${name}>${alternation(forms)})`;
  return wordPattern(`(?:${group('today', today)}|${group('yesterday', yesterday)}|${group('tomorrow', tomorrow)})${NOT_WORD_AFTER}`, 'giu');
}

/** Language-independent numeric dates: ISO `2020-02-22` and `22.02.2020` / `22/02/2020` / `22-02-2020`. */
export const ISO_DATE = /(?<![\p{N}\p{L}-])(?<year>1[89]\d\d|2[01]\d\d)-(?<month>0?[1-9]|1[0-2])-(?<day>[12]\d|3[01]|0?[1-9])(?![\p{N}])/gu;
export const NUMERIC_DATE = /(?<![\p{N}\p{L}.\/-])(?<a>[12]\d|3[01]|0?[1-9])(?<sep>[./-])(?<b>[12]\d|3[01]|0?[1-9])\k<sep>(?<year>1[89]\d\d|2[01]\d\d)(?![\p{N}]|[./-]\p{N})/gu;
/** A standalone year (`in 2009`), used to infer missing years, never as an event date. */
export const YEAR_ONLY = /(?<![\p{N}\p{L}.,:\/-])(?<year>1[89]\d\d|20\d\d)(?![\p{N}\p{L}]|[.,:\/]\p{N})/gu;
