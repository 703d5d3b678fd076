import type { Seven, Twelve } from '../types.js';

/** `mar` (sea) and `ago` (I do) are left out of the abbreviations: they are ordinary words. */
export const months: Twelve<readonly string[]> = [
  ['enero', 'ene'], ['febrero', 'feb'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio', 'jun'], ['julio', 'jul'],
  ['agosto'], ['septiembre', 'setiembre', 'sept', 'sep'], ['octubre', 'oct'], ['noviembre', 'nov'],
  ['diciembre', 'dic'],
];

export const weekdays: Seven<readonly string[]> = [
  ['domingo'], ['lunes'], ['martes'], ['miércoles', 'miercoles'], ['jueves'], ['viernes'], ['sábado', 'sabado'],
];

/**
 * `mañana` (tomorrow) is left out on purpose: the same word means "morning" (`ayer por la
 * mañana`), and the relative-date pattern cannot tell them apart.
 */
export const relativeDays = {
  today: ['hoy', 'esta mañana', 'esta tarde', 'esta noche'],
  yesterday: ['ayer', 'anoche'],
  tomorrow: [],
} as const;
