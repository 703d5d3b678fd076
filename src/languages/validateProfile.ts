import type { LanguageProfile } from './types.js';

const isStrings = (x: unknown): boolean => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isStringGroups = (x: unknown, length: number): boolean => Array.isArray(x) && x.length === length && x.every(isStrings);
const isSet = (x: unknown): boolean => typeof x === 'object' && x !== null && typeof (x as Set<string>).has === 'function';

/** Each field of a profile with the check it must pass (a custom profile comes from user code). */
const CHECKS: readonly [keyof LanguageProfile, (x: unknown) => boolean][] = [
  ['code', (x) => typeof x === 'string' && x.length > 0],
  ['name', (x) => typeof x === 'string'],
  ['stopwords', isSet],
  ['stem', (x) => typeof x === 'function'],
  ['elisions', isStrings],
  ['apostropheSuffixes', isStrings],
  ['nameConnectors', isSet],
  ['months', (x) => isStringGroups(x, 12)],
  ['weekdays', (x) => isStringGroups(x, 7)],
  ['dateOrders', (x) => Array.isArray(x) && x.every((o) => o === 'day-month-year' || o === 'month-day-year')],
  ['numericDateOrder', (x) => x === 'dmy' || x === 'mdy'],
  ['dayOrdinalSuffixes', isStrings],
  ['dayArticles', isStrings],
  ['dayConnectors', isStrings],
  ['relativeDays', (x) => typeof x === 'object' && x !== null && ['today', 'yesterday', 'tomorrow'].every((k) => isStrings((x as Record<string, unknown>)[k]))],
  ['boilerplateCues', isStrings],
  ['boilerplateParagraphCues', isStrings],
  ['trailerCues', isStrings],
];

/** The first field of `profile` that is missing or malformed, or null when it is a usable profile. */
export function invalidProfileField(profile: unknown): string | null {
  if (typeof profile !== 'object' || profile === null) return '(profile)';
  const record = profile as Record<string, unknown>;
  for (const [field, ok] of CHECKS) if (!ok(record[field])) return field;
  if (record.splitCompound !== undefined && typeof record.splitCompound !== 'function') return 'splitCompound';
  if (record.monthPrepositions !== undefined && !isStrings(record.monthPrepositions)) return 'monthPrepositions';
  if (record.regionAliases !== undefined && (typeof record.regionAliases !== 'object' || record.regionAliases === null || !Object.values(record.regionAliases).every((c) => typeof c === 'string'))) return 'regionAliases';
  return null;
}
