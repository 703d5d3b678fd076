import { PorterStemmerPt } from 'natural/lib/natural/stemmers/index.js';
import { por } from 'stopword';
import { naturalStem, stopwordSet } from '../naturalStemmer.js';
import type { LanguageProfile } from '../types.js';
import { months, relativeDays, weekdays } from './calendar.js';
import { boilerplateCues, boilerplateParagraphCues, extraStopwords, nameConnectors, trailerCues } from './vocabulary.js';

/**
 * Portuguese (European and Brazilian): `terça-feira, 10 de novembro de 2026`, `no dia 1º de maio`,
 * `22/02/2020`, `ontem`. Weekdays hyphenated (`segunda-feira`) stay one calendar word.
 */
export const pt: LanguageProfile = Object.freeze<LanguageProfile>({
  code: 'pt',
  name: 'Portuguese',
  iso639_3: 'por',
  stopwords: stopwordSet(por, extraStopwords),
  stem: naturalStem(PorterStemmerPt),
  elisions: [],
  apostropheSuffixes: [],
  nameConnectors: new Set(nameConnectors),
  months,
  weekdays,
  dateOrders: ['day-month-year'],
  numericDateOrder: 'dmy',
  dayOrdinalSuffixes: ['º', '°', '.º'],
  dayArticles: ['dia'],
  monthPrepositions: ['de'],
  dayConnectors: ['e', 'a', '–', '-'],
  relativeDays,
  boilerplateCues,
  boilerplateParagraphCues,
  trailerCues,
});
