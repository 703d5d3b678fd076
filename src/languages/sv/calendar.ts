import type { Seven, Twelve } from '../types.js';

export const months: Twelve<readonly string[]> = [
  ['januari', 'jan'], ['februari', 'feb'], ['mars', 'mar'], ['april', 'apr'], ['maj'], ['juni', 'jun'],
  ['juli', 'jul'], ['augusti', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'],
  ['november', 'nov'], ['december', 'dec'],
];

/**
 * Sunday first. News writes definite forms (`söndagen`), `i söndags` (last Sunday) and compounds
 * (`söndagsmorgonen`, `fredagskvällen`): `söndags*` covers the last two.
 */
export const weekdays: Seven<readonly string[]> = [
  ['söndag', 'söndagen', 'söndags*', 'sön'], ['måndag', 'måndagen', 'måndags*', 'mån'], ['tisdag', 'tisdagen', 'tisdags*', 'tis'],
  ['onsdag', 'onsdagen', 'onsdags*', 'ons'], ['torsdag', 'torsdagen', 'torsdags*', 'tors'], ['fredag', 'fredagen', 'fredags*', 'fre'],
  ['lördag', 'lördagen', 'lördags*', 'lör'],
];

export const relativeDays = {
  today: ['idag', 'i dag', 'i kväll', 'ikväll', 'i natt', 'inatt', 'i morse', 'imorse'],
  yesterday: ['igår', 'i går', 'i förrgår'],
  tomorrow: ['imorgon', 'i morgon'],
} as const;
