import type { Seven, Twelve } from '../types.js';

export const months: Twelve<readonly string[]> = [
  ['januar', 'jan'], ['februar', 'feb'], ['mars', 'mar'], ['april', 'apr'], ['mai'], ['juni', 'jun'], ['juli', 'jul'],
  ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['desember', 'des'],
];

/** Sunday first; definite forms (`søndagen`) are written in news too. */
export const weekdays: Seven<readonly string[]> = [
  ['søndag', 'søndagen'], ['mandag', 'mandagen'], ['tirsdag', 'tirsdagen'], ['onsdag', 'onsdagen'],
  ['torsdag', 'torsdagen'], ['fredag', 'fredagen'], ['lørdag', 'lørdagen'],
];

export const relativeDays = {
  today: ['i dag', 'idag', 'i kveld', 'i natt', 'i morges'],
  yesterday: ['i går', 'igår', 'i går kveld'],
  tomorrow: ['i morgen', 'imorgen'],
} as const;
