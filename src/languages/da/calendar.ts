import type { Seven, Twelve } from '../types.js';

export const months: Twelve<readonly string[]> = [
  ['januar', 'jan'], ['februar', 'feb'], ['marts', 'mar'], ['april', 'apr'], ['maj'], ['juni', 'jun'], ['juli', 'jul'],
  ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec'],
];

/** Sunday first; definite forms (`søndagen`) are written in news too. */
export const weekdays: Seven<readonly string[]> = [
  ['søndag', 'søndagen'], ['mandag', 'mandagen'], ['tirsdag', 'tirsdagen'], ['onsdag', 'onsdagen'],
  ['torsdag', 'torsdagen'], ['fredag', 'fredagen'], ['lørdag', 'lørdagen'],
];

export const relativeDays = {
  today: ['i dag', 'idag', 'i aften', 'i nat', 'i morges'],
  yesterday: ['i går', 'igår', 'i aftes'],
  tomorrow: ['i morgen', 'imorgen'],
} as const;
