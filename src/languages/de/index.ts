import { PorterStemmerDe } from 'natural/lib/natural/stemmers/index.js';
import { deu } from 'stopword';
import { naturalStem, stopwordSet } from '../naturalStemmer.js';
import type { LanguageProfile } from '../types.js';
import { months, relativeDays, weekdays } from './calendar.js';
import { splitCompound } from './compounds.js';
import { boilerplateCues, boilerplateParagraphCues, extraStopwords, nameConnectors, notStopwords, trailerCues } from './vocabulary.js';

const removed = new Set(notStopwords);

/**
 * German: `Samstag, 22. Februar 2020`, `am 22. und 23. Februar`, `22.02.2020`; compounds of
 * known news nouns split (`Bundesregierung` → also `Bund`, `Regierung`). natural's German
 * stemmer does not lower-case: words reach it lower-cased already.
 */
export const de: LanguageProfile = Object.freeze<LanguageProfile>({
  code: 'de',
  name: 'German',
  iso639_3: 'deu',
  stopwords: stopwordSet(deu.filter((w) => !removed.has(w) && /^\p{L}+$/u.test(w)), extraStopwords),
  stem: naturalStem(PorterStemmerDe),
  elisions: [],
  apostropheSuffixes: [],
  splitCompound,
  nameConnectors: new Set(nameConnectors),
  months,
  weekdays,
  dateOrders: ['day-month-year'],
  numericDateOrder: 'dmy',
  dayOrdinalSuffixes: ['.'],
  dayArticles: ['den', 'dem', 'am', 'vom'],
  dayConnectors: ['und', 'bis', '–', '-'],
  relativeDays,
  boilerplateCues,
  boilerplateParagraphCues,
  trailerCues,
});
