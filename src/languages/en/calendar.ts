import type { Seven, Twelve } from '../types.js';

export const months: Twelve<readonly string[]> = [
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
  ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'],
  ['november', 'nov'], ['december', 'dec'],
];

export const weekdays: Seven<readonly string[]> = [
  ['sunday', 'sun'], ['monday', 'mon'], ['tuesday', 'tue', 'tues'], ['wednesday', 'wed'],
  ['thursday', 'thu', 'thurs'], ['friday', 'fri'], ['saturday', 'sat'],
];

export const relativeDays = {
  today: ['today', 'tonight', 'this morning', 'this evening'],
  yesterday: ['yesterday', 'last night'],
  tomorrow: ['tomorrow'],
} as const;
