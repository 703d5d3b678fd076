import { fin } from 'stopword';
import { stopwordSet } from '../naturalStemmer.js';
import type { LanguageProfile } from '../types.js';
import { months, relativeDays, weekdays } from './calendar.js';
import { stem } from './stem.js';
import { boilerplateCues, boilerplateParagraphCues, extraStopwords, nameConnectors, notStopwords, trailerCues } from './vocabulary.js';

const removed = new Set(notStopwords);

/**
 * Finnish: `tiistaina 10. marraskuuta 2026`, `10.11.2026`, `helmikuussa 2020`, `eilen`; Snowball
 * stems (natural has none). Names take case endings (`Helsingissä`, `Lindqvistin`): stems are
 * not applied to names, so cross-language name matching relies on fuzzy matching alone.
 */
export const fi: LanguageProfile = Object.freeze<LanguageProfile>({
  code: 'fi',
  name: 'Finnish',
  iso639_3: 'fin',
  stopwords: stopwordSet(fin.filter((w) => !removed.has(w)), extraStopwords),
  stem,
  elisions: [],
  apostropheSuffixes: [],
  nameConnectors: new Set(nameConnectors),
  months,
  weekdays,
  dateOrders: ['day-month-year'],
  numericDateOrder: 'dmy',
  dayOrdinalSuffixes: ['.'],
  dayArticles: [],
  dayConnectors: ['ja', '–', '-'],
  relativeDays,
  boilerplateCues,
  boilerplateParagraphCues,
  trailerCues,
});
