import { PorterStemmer } from 'natural/lib/natural/stemmers/index.js';
import { eng } from 'stopword';
import { naturalStem, stopwordSet } from '../naturalStemmer.js';
import type { LanguageProfile } from '../types.js';
import { months, relativeDays, weekdays } from './calendar.js';
import { boilerplateCues, boilerplateParagraphCues, extraStopwords, nameConnectors, regionAliases, trailerCues } from './vocabulary.js';

/** English: `February 22, 2020`, `22 February 2020`, `May 10–11, 2018`, possessive `'s`. */
export const en: LanguageProfile = Object.freeze<LanguageProfile>({
  code: 'en',
  name: 'English',
  iso639_3: 'eng',
  stopwords: stopwordSet(eng, extraStopwords),
  stem: naturalStem(PorterStemmer),
  elisions: [],
  apostropheSuffixes: ["'s", "'"],
  nameConnectors: new Set(nameConnectors),
  regionAliases,
  months,
  weekdays,
  dateOrders: ['month-day-year', 'day-month-year'],
  numericDateOrder: 'mdy',
  dayOrdinalSuffixes: ['st', 'nd', 'rd', 'th'],
  dayArticles: ['the'],
  dayConnectors: ['and', 'to', '–', '-', 'through'],
  relativeDays,
  boilerplateCues,
  boilerplateParagraphCues,
  trailerCues,
});
