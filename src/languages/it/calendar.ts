import type { Seven, Twelve } from '../types.js';

/** `mar` (as in `Mar Rosso`) and `set` are left out of the abbreviations: they are ordinary words. */
export const months: Twelve<readonly string[]> = [
  ['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'],
  ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'sett'], ['ottobre', 'ott'], ['novembre', 'nov'],
  ['dicembre', 'dic'],
];

/** Sunday first; the accent-less spellings (`lunedi`) are common online. */
export const weekdays: Seven<readonly string[]> = [
  ['domenica'], ['lunedì', 'lunedi'], ['martedì', 'martedi'], ['mercoledì', 'mercoledi'], ['giovedì', 'giovedi'],
  ['venerdì', 'venerdi'], ['sabato'],
];

export const relativeDays = {
  today: ['oggi', 'stamattina', 'stamani', 'stamane', 'stasera', 'stanotte'],
  yesterday: ['ieri'],
  tomorrow: ['domani'],
} as const;
