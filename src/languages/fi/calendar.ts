import type { Seven, Twelve } from '../types.js';

/**
 * A month written in news: nominative `helmikuu`, partitive `helmikuuta` (`22. helmikuuta 2020`),
 * genitive `helmikuun`, inessive `helmikuussa` (`helmikuussa 2020`), elative and illative, and
 * the abbreviation `helmik.`.
 */
function monthForms(stem: string): readonly string[] {
  return [`${stem}kuu`, `${stem}kuuta`, `${stem}kuun`, `${stem}kuussa`, `${stem}kuusta`, `${stem}kuuhun`, `${stem}k`];
}

export const months: Twelve<readonly string[]> = [
  monthForms('tammi'), monthForms('helmi'), monthForms('maalis'), monthForms('huhti'), monthForms('touko'),
  monthForms('kesä'), monthForms('heinä'), monthForms('elo'), monthForms('syys'), monthForms('loka'),
  monthForms('marras'), monthForms('joulu'),
];

/** Sunday first: nominative and essive (`tiistaina`, "on Tuesday"), the form dates are written with. */
export const weekdays: Seven<readonly string[]> = [
  ['sunnuntai', 'sunnuntaina'], ['maanantai', 'maanantaina'], ['tiistai', 'tiistaina'],
  ['keskiviikko', 'keskiviikkona'], ['torstai', 'torstaina'], ['perjantai', 'perjantaina'], ['lauantai', 'lauantaina'],
];

export const relativeDays = {
  today: ['tänään', 'tänä aamuna', 'tänä iltana', 'tänä yönä'],
  yesterday: ['eilen', 'eilisiltana', 'eilisaamuna'],
  tomorrow: ['huomenna'],
} as const;
