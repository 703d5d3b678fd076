import { PorterStemmerNl } from 'natural/lib/natural/stemmers/index.js';
import { nld } from 'stopword';
import { naturalStem, stopwordSet } from '../naturalStemmer.js';
import type { LanguageProfile } from '../types.js';
import { months, relativeDays, weekdays } from './calendar.js';
import { boilerplateCues, boilerplateParagraphCues, extraStopwords, nameConnectors, trailerCues } from './vocabulary.js';

/**
 * Dutch: `zaterdag 22 februari 2020`, `op 9 en 10 juni`, `22/02/2020`; `'s` after vowels and names
 * removed (`auto's`, `Obama's`). Compounds are not split. Numeric dates with dashes (`22-02-2020`)
 * are not read: the shared numeric pattern takes `.` and `/` only.
 */
export const nl: LanguageProfile = Object.freeze<LanguageProfile>({
  code: 'nl',
  name: 'Dutch',
  iso639_3: 'nld',
  stopwords: stopwordSet(nld, extraStopwords),
  stem: naturalStem(PorterStemmerNl),
  elisions: [],
  apostropheSuffixes: ["'s"],
  nameConnectors: new Set(nameConnectors),
  months,
  weekdays,
  dateOrders: ['day-month-year'],
  numericDateOrder: 'dmy',
  dayOrdinalSuffixes: ['e', 'ste', 'de'],
  dayArticles: [],
  dayConnectors: ['en', 'tot', 't/m', '–', '-'],
  relativeDays,
  boilerplateCues,
  boilerplateParagraphCues,
  trailerCues,
});
