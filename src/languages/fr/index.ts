import { PorterStemmerFr } from 'natural/lib/natural/stemmers/index.js';
import { fra } from 'stopword';
import { naturalStem, stopwordSet } from '../naturalStemmer.js';
import type { LanguageProfile } from '../types.js';
import { months, relativeDays, weekdays } from './calendar.js';
import { boilerplateCues, boilerplateParagraphCues, elisions, extraStopwords, nameConnectors, regionAliases, trailerCues } from './vocabulary.js';

/** French: elisions (`l'`, `qu'`), `samedi 22 février 2020`, `1er mai`, `aujourd'hui`. */
export const fr: LanguageProfile = Object.freeze<LanguageProfile>({
  code: 'fr',
  name: 'French',
  iso639_3: 'fra',
  stopwords: stopwordSet(fra, extraStopwords, elisions.map((e) => e.slice(0, -1))),
  stem: naturalStem(PorterStemmerFr),
  elisions,
  apostropheSuffixes: [],
  nameConnectors: new Set(nameConnectors),
  regionAliases,
  months,
  weekdays,
  dateOrders: ['day-month-year'],
  numericDateOrder: 'dmy',
  dayOrdinalSuffixes: ['er', 'ᵉʳ', 'e'],
  dayArticles: ['le', 'du', 'au'],
  dayConnectors: ['et', 'au', '–', '-'],
  relativeDays,
  boilerplateCues,
  boilerplateParagraphCues,
  trailerCues,
});
