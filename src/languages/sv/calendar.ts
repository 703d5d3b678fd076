import type { Seven, Twelve } from '../types.js';

export const months: Twelve<readonly string[]> = [
  ['januari', 'jan'], ['februari', 'feb'], ['mars', 'mar'], ['april', 'apr'], ['maj'], ['juni', 'jun'],
  ['juli', 'jul'], ['augusti', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'],
  ['november', 'nov'], ['december', 'dec'],
];

/** Sunday first; definite forms (`söndagen`) are written in news too. */
export const weekdays: Seven<readonly string[]> = [
  ['söndag', 'söndagen', 'sön'], ['måndag', 'måndagen', 'mån'], ['tisdag', 'tisdagen', 'tis'],
  ['onsdag', 'onsdagen', 'ons'], ['torsdag', 'torsdagen', 'tors'], ['fredag', 'fredagen', 'fre'],
  ['lördag', 'lördagen', 'lör'],
];

export const relativeDays = {
  today: ['idag', 'i dag', 'i kväll', 'ikväll', 'i natt', 'inatt', 'i morse', 'imorse'],
  yesterday: ['igår', 'i går', 'i förrgår'],
  tomorrow: ['imorgon', 'i morgon'],
} as const;
