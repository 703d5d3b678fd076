import type { Seven, Twelve } from '../types.js';

export const months: Twelve<readonly string[]> = [
  ['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt', 'mar'], ['april', 'apr'], ['mei'], ['juni', 'jun'],
  ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'],
  ['december', 'dec'],
];

export const weekdays: Seven<readonly string[]> = [
  ['zondag'], ['maandag'], ['dinsdag'], ['woensdag'], ['donderdag'], ['vrijdag'], ['zaterdag'],
];

export const relativeDays = {
  today: ['vandaag', 'vanochtend', 'vanmorgen', 'vanmiddag', 'vanavond', 'vannacht'],
  yesterday: ['gisteren', 'gisterochtend', 'gistermiddag', 'gisteravond'],
  tomorrow: ['morgen'],
} as const;
