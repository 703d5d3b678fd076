import { dan } from 'stopword';
import { stopwordSet } from '../naturalStemmer.js';
import type { LanguageProfile } from '../types.js';
import { months, relativeDays, weekdays } from './calendar.js';
import { stem } from './stem.js';
import { boilerplateCues, boilerplateParagraphCues, extraStopwords, nameConnectors, notStopwords, trailerCues } from './vocabulary.js';

const removed = new Set(notStopwords);

/** Danish: `lørdag den 22. februar 2020`, `den 9. og 10. juni`, `i går`; Snowball stems (natural has none). */
export const da: LanguageProfile = Object.freeze<LanguageProfile>({
  code: 'da',
  name: 'Danish',
  iso639_3: 'dan',
  stopwords: stopwordSet(dan.filter((w) => !removed.has(w)), extraStopwords),
  stem,
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
