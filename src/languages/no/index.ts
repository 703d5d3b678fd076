import { PorterStemmerNo } from 'natural/lib/natural/stemmers/index.js';
import { nob } from 'stopword';
import { naturalStem, stopwordSet } from '../naturalStemmer.js';
import type { LanguageProfile } from '../types.js';
import { months, relativeDays, weekdays } from './calendar.js';
import { boilerplateCues, boilerplateParagraphCues, extraStopwords, nameConnectors, trailerCues } from './vocabulary.js';

/**
 * Norwegian, bokmål: `lørdag 22. februar 2020`, `den 9. og 10. juni`, `i går`. The code is `no`
 * (ISO 639-1 for Norwegian, and what the detector `eld` returns); `nb` is not used. Nynorsk text
 * is detected as `no` and read with these bokmål words.
 */
export const no: LanguageProfile = Object.freeze<LanguageProfile>({
  code: 'no',
  name: 'Norwegian (bokmål)',
  iso639_3: 'nob',
  stopwords: stopwordSet(nob, extraStopwords),
  stem: naturalStem(PorterStemmerNo),
  elisions: [],
  apostropheSuffixes: [],
  nameConnectors: new Set(nameConnectors),
  months,
  weekdays,
  dateOrders: ['day-month-year'],
  numericDateOrder: 'dmy',
  dayOrdinalSuffixes: ['.'],
  dayArticles: ['den'],
  dayConnectors: ['og', 'til', '–', '-'],
  relativeDays,
  boilerplateCues,
  boilerplateParagraphCues,
  trailerCues,
});
