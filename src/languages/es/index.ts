import { PorterStemmerEs } from 'natural/lib/natural/stemmers/index.js';
import { spa } from 'stopword';
import { naturalStem, stopwordSet } from '../naturalStemmer.js';
import type { LanguageProfile } from '../types.js';
import { months, relativeDays, weekdays } from './calendar.js';
import { boilerplateCues, boilerplateParagraphCues, extraStopwords, nameConnectors, trailerCues } from './vocabulary.js';

/**
 * Spanish: `el sábado 22 de febrero de 2020`, `1.º de mayo`, `del 9 al 11 de junio`, `22/02/2020`.
 * Accents are kept (NFC) for stemming; natural's Spanish stemmer removes them from its stems.
 * Spanish writes no elisions with apostrophes (`al`, `del` are words and stop words).
 */
export const es: LanguageProfile = Object.freeze<LanguageProfile>({
  code: 'es',
  name: 'Spanish',
  iso639_3: 'spa',
  stopwords: stopwordSet(spa, extraStopwords),
  stem: naturalStem(PorterStemmerEs),
  elisions: [],
  apostropheSuffixes: [],
  nameConnectors: new Set(nameConnectors),
  months,
  weekdays,
  dateOrders: ['day-month-year'],
  numericDateOrder: 'dmy',
  dayOrdinalSuffixes: ['.º', 'º', '°', '.°'],
  dayArticles: ['el', 'del', 'día'],
  monthPrepositions: ['de', 'del'],
  dayConnectors: ['y', 'al', 'a', '–', '-'],
  relativeDays,
  boilerplateCues,
  boilerplateParagraphCues,
  trailerCues,
});
