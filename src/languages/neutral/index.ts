import type { LanguageProfile } from '../types.js';

const none: readonly string[] = [];

/**
 * The language-neutral profile (`und`) used for text in a language no profile covers: tokens are
 * lower-cased and folded but not stemmed, no stop words, only ISO and numeric dates. Entities,
 * numbers and character n-grams still work, so such a document can still join a cluster.
 */
export const neutral: LanguageProfile = Object.freeze<LanguageProfile>({
  code: 'und',
  name: 'Undetermined (language-neutral)',
  iso639_3: 'und',
  stopwords: new Set<string>(),
  stem: (word: string) => word,
  elisions: none,
  apostropheSuffixes: none,
  nameConnectors: new Set<string>(),
  months: [none, none, none, none, none, none, none, none, none, none, none, none],
  weekdays: [none, none, none, none, none, none, none],
  dateOrders: [],
  numericDateOrder: 'dmy',
  dayOrdinalSuffixes: none,
  dayArticles: none,
  dayConnectors: none,
  relativeDays: { today: none, yesterday: none, tomorrow: none },
  boilerplateCues: none,
  boilerplateParagraphCues: none,
  trailerCues: none,
});
