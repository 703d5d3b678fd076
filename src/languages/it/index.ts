import { PorterStemmerIt } from 'natural/lib/natural/stemmers/index.js';
import { ita } from 'stopword';
import { naturalStem, stopwordSet } from '../naturalStemmer.js';
import type { LanguageProfile } from '../types.js';
import { months, relativeDays, weekdays } from './calendar.js';
import { boilerplateCues, boilerplateParagraphCues, elisions, extraStopwords, nameConnectors, trailerCues } from './vocabulary.js';

/** Italian: elisions (`l'isola`, `dell'equipaggio`), `sabato 22 febbraio 2020`, `1º maggio`, `dal 9 all'11 giugno`. */
export const it: LanguageProfile = Object.freeze<LanguageProfile>({
  code: 'it',
  name: 'Italian',
  iso639_3: 'ita',
  stopwords: stopwordSet(ita, extraStopwords, elisions.map((e) => e.slice(0, -1))),
  stem: naturalStem(PorterStemmerIt),
  elisions,
  apostropheSuffixes: [],
  nameConnectors: new Set(nameConnectors),
  months,
  weekdays,
  dateOrders: ['day-month-year'],
  numericDateOrder: 'dmy',
  dayOrdinalSuffixes: ['º', '°'],
  dayArticles: ['il', 'del', 'dal', 'al'],
  dayConnectors: ['e', 'al', "all'", '–', '-'],
  relativeDays,
  boilerplateCues,
  boilerplateParagraphCues,
  trailerCues,
});
