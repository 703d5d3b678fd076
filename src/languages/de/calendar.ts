import type { Seven, Twelve } from '../types.js';

/** Austrian `Jänner`/`Feber` and the ASCII spelling `maerz` included. */
export const months: Twelve<readonly string[]> = [
  ['januar', 'jänner', 'jan', 'jän'], ['februar', 'feber', 'feb', 'febr'], ['märz', 'maerz', 'mär', 'mrz'],
  ['april', 'apr'], ['mai'], ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'],
  ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez'],
];

/** Sunday first. Two-letter abbreviations (`So`, `Do`, `Sa`) are left out: they are ordinary words. */
export const weekdays: Seven<readonly string[]> = [
  ['sonntag'], ['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend'],
];

/**
 * `morgen` (tomorrow) is left out on purpose: the relative-date pattern is case-insensitive and
 * `Morgen` (morning) is far more frequent in news (`am Morgen`, `gestern Morgen`).
 */
export const relativeDays = {
  today: ['heute', 'heute morgen', 'heute abend', 'heute nacht', 'heute früh'],
  yesterday: ['gestern', 'gestern abend', 'gestern morgen'],
  tomorrow: [],
} as const;
