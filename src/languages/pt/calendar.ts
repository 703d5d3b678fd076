import type { Seven, Twelve } from '../types.js';

/** `mar` (sea) and `marco` (landmark, a first name) are left out: they are ordinary words. */
export const months: Twelve<readonly string[]> = [
  ['janeiro', 'jan'], ['fevereiro', 'fev'], ['março'], ['abril', 'abr'], ['maio', 'mai'], ['junho', 'jun'],
  ['julho', 'jul'], ['agosto', 'ago'], ['setembro', 'set'], ['outubro', 'out'], ['novembro', 'nov'], ['dezembro', 'dez'],
];

/**
 * Sunday first. Only the `-feira` forms: the short `segunda`, `quarta`, `quinta`, `sexta` are
 * also ordinals (`a segunda maior cidade`) and would read as weekdays.
 */
export const weekdays: Seven<readonly string[]> = [
  ['domingo'], ['segunda-feira'], ['terça-feira', 'terca-feira'], ['quarta-feira'], ['quinta-feira'],
  ['sexta-feira'], ['sábado', 'sabado'],
];

export const relativeDays = {
  today: ['hoje', 'esta manhã', 'nesta manhã', 'esta tarde', 'nesta tarde', 'esta noite', 'nesta noite'],
  yesterday: ['ontem'],
  tomorrow: ['amanhã'],
} as const;
