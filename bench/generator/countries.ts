import type { Spelled } from './types.js';

/**
 * Countries as each language writes them (French with the article its templates need; the
 * generator's contraction step turns `de le Kazakhstan` into `du Kazakhstan`). Order is news
 * prominence: earlier countries are drawn more often.
 */
export const COUNTRIES: readonly Spelled[] = [
  { en: 'Kazakhstan', sv: 'Kazakstan', fr: 'le Kazakhstan' },
  { en: 'Ukraine', sv: 'Ukraina', fr: "l'Ukraine" },
  { en: 'France', sv: 'Frankrike', fr: 'la France' },
  { en: 'Sweden', sv: 'Sverige', fr: 'la Suède' },
  { en: 'Germany', sv: 'Tyskland', fr: "l'Allemagne" },
  { en: 'Turkey', sv: 'Turkiet', fr: 'la Turquie' },
  { en: 'Kyrgyzstan', sv: 'Kirgizistan', fr: 'le Kirghizistan' },
  { en: 'Georgia', sv: 'Georgien', fr: 'la Géorgie' },
  { en: 'Poland', sv: 'Polen', fr: 'la Pologne' },
  { en: 'Italy', sv: 'Italien', fr: "l'Italie" },
  { en: 'Spain', sv: 'Spanien', fr: "l'Espagne" },
  { en: 'Uzbekistan', sv: 'Uzbekistan', fr: "l'Ouzbékistan" },
  { en: 'Armenia', sv: 'Armenien', fr: "l'Arménie" },
  { en: 'Serbia', sv: 'Serbien', fr: 'la Serbie' },
  { en: 'Hungary', sv: 'Ungern', fr: 'la Hongrie' },
  { en: 'Greece', sv: 'Grekland', fr: 'la Grèce' },
  { en: 'Morocco', sv: 'Marocko', fr: 'le Maroc' },
  { en: 'Senegal', sv: 'Senegal', fr: 'le Sénégal' },
  { en: 'Kenya', sv: 'Kenya', fr: 'le Kenya' },
  { en: 'Chile', sv: 'Chile', fr: 'le Chili' },
  { en: 'Peru', sv: 'Peru', fr: 'le Pérou' },
  { en: 'Canada', sv: 'Kanada', fr: 'le Canada' },
  { en: 'Romania', sv: 'Rumänien', fr: 'la Roumanie' },
  { en: 'Tajikistan', sv: 'Tadzjikistan', fr: 'le Tadjikistan' },
  { en: 'Azerbaijan', sv: 'Azerbajdzjan', fr: "l'Azerbaïdjan" },
  { en: 'Moldova', sv: 'Moldavien', fr: 'la Moldavie' },
  { en: 'Belarus', sv: 'Belarus', fr: 'la Biélorussie' },
  { en: 'Bulgaria', sv: 'Bulgarien', fr: 'la Bulgarie' },
];

/** Draw weights: prominence falls off slowly (1/√rank). */
export const COUNTRY_WEIGHTS: readonly number[] = COUNTRIES.map((_, i) => 1 / Math.sqrt(i + 1));
