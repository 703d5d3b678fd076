import { PorterStemmerSv } from 'natural/lib/natural/stemmers/index.js';
import { swe } from 'stopword';
import { naturalStem, stopwordSet } from '../naturalStemmer.js';
import type { LanguageProfile } from '../types.js';
import { months, relativeDays, weekdays } from './calendar.js';
import { boilerplateCues, boilerplateParagraphCues, extraStopwords, nameConnectors, regionAliases, trailerCues } from './vocabulary.js';

/** Swedish: `den 22 februari 2020`, `22/2`, `i dag`, genitive `-s` on names (handled by fuzzy matching). */
export const sv: LanguageProfile = Object.freeze<LanguageProfile>({
  code: 'sv',
  name: 'Swedish',
  iso639_3: 'swe',
  stopwords: stopwordSet(swe, extraStopwords),
  stem: naturalStem(PorterStemmerSv),
  elisions: [],
  apostropheSuffixes: [],
  nameConnectors: new Set(nameConnectors),
  regionAliases,
  months,
  weekdays,
  dateOrders: ['day-month-year'],
  numericDateOrder: 'dmy',
  dayOrdinalSuffixes: [':e', ':a'],
  dayArticles: ['den'],
  dayConnectors: ['och', '–', '-', 'till'],
  relativeDays,
  boilerplateCues,
  boilerplateParagraphCues,
  trailerCues,
});
