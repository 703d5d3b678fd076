import type { Seven, Twelve } from '../types.js';

export const months: Twelve<readonly string[]> = [
  ['janvier', 'janv', 'jan'], ['février', 'févr', 'fév', 'fevrier'], ['mars'], ['avril', 'avr'], ['mai'],
  ['juin'], ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'],
  ['novembre', 'nov'], ['décembre', 'déc', 'decembre'],
];

export const weekdays: Seven<readonly string[]> = [
  ['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'],
];

export const relativeDays = {
  today: ["aujourd'hui", 'ce matin', 'ce soir', 'cette nuit'],
  yesterday: ['hier', 'avant-hier'],
  tomorrow: ['demain'],
} as const;
