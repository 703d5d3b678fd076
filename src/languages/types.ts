/**
 * The contract every language folder fulfils (cf. date-fns `Locale`): data plus two small hooks.
 * A profile is a plain frozen object annotated with this interface, so the compiler rejects an
 * incomplete language. Adding a language = one folder + one line in `languages/index.ts`.
 */

/** Exactly twelve entries: January first. */
export type Twelve<T> = readonly [T, T, T, T, T, T, T, T, T, T, T, T];
/** Exactly seven entries: Sunday first (the order of `Date#getUTCDay`). */
export type Seven<T> = readonly [T, T, T, T, T, T, T];

/** Word orders a language writes dates in; the date engine builds its patterns from these. */
export type DateOrder =
  /** `22 februari 2020`, `le 22 février`, `9 June 2019` */
  | 'day-month-year'
  /** `February 22, 2020`, `April 18` */
  | 'month-day-year';

/** Numeric date order for `22.02.2020` / `22/02/2020` (ISO `2020-02-22` is always read). */
export type NumericDateOrder = 'dmy' | 'mdy';

export interface LanguageProfile {
  /** ISO 639-1 code, lower case. */
  readonly code: string;
  /** English name of the language. */
  readonly name: string;
  /** ISO 639-3 code used by language detectors and the `stopword` package. */
  readonly iso639_3: string;

  // --- tokens and normalisation ---------------------------------------------------------
  /** Lower-cased, NFC stop words (function words that carry no topic). */
  readonly stopwords: ReadonlySet<string>;
  /** Hook 1: reduce a lower-cased NFC word to its stem. Must be pure and never throw. */
  readonly stem: (word: string) => string;
  /** Elided articles/pronouns written before an apostrophe and removed (`l'`, `qu'`). */
  readonly elisions: readonly string[];
  /** Suffixes after an apostrophe removed from a word (`'s` in English). */
  readonly apostropheSuffixes: readonly string[];
  /**
   * Hook 2 (optional): split a lower-cased word into parts (German-style compounds). Returning
   * the word itself means "no split". Hyphenated words are always split by the tokeniser.
   */
  readonly splitCompound?: (word: string) => readonly string[];

  // --- names ------------------------------------------------------------------------------
  /** Lower-case words allowed inside a multi-word proper name (`of`, `de`, `för`). */
  readonly nameConnectors: ReadonlySet<string>;
  /**
   * Country names the language's news writes that ICU's region names lack (ICU gives the current
   * official name, `Türkiye`, `Czechia`), as name → ISO 3166 region code (`Turkey: 'TR'`).
   */
  readonly regionAliases?: Readonly<Record<string, string>>;

  // --- calendar ---------------------------------------------------------------------------
  /** Month names and abbreviations, lower case, longest first not required. */
  readonly months: Twelve<readonly string[]>;
  /** Weekday names, lower case, Sunday first. */
  readonly weekdays: Seven<readonly string[]>;
  readonly dateOrders: readonly DateOrder[];
  readonly numericDateOrder: NumericDateOrder;
  /** Suffixes written after a day number (`st`, `er`, `:e`). */
  readonly dayOrdinalSuffixes: readonly string[];
  /** Words written before a day number that mean nothing for the date (`the`, `le`, `den`). */
  readonly dayArticles: readonly string[];
  /** Words written between day and month and between month and year (`22 de febrero de 2020`). */
  readonly monthPrepositions?: readonly string[];
  /** Words joining two days of one month: `9 and 10 June`, `10–11 mai`. */
  readonly dayConnectors: readonly string[];
  /** Words for today / yesterday / tomorrow, lower case (may be several words). */
  readonly relativeDays: { readonly today: readonly string[]; readonly yesterday: readonly string[]; readonly tomorrow: readonly string[] };

  // --- page furniture ---------------------------------------------------------------------
  /**
   * Phrases that mark a short line (≤ 12 words) as page furniture: share, print, comments…
   * Lower case; matched on word boundaries; a trailing `*` matches any word ending.
   */
  readonly boilerplateCues: readonly string[];
  /** Phrases that mark a whole paragraph (≤ 60 words) as furniture: cookies, newsletters, subscriptions. */
  readonly boilerplateParagraphCues: readonly string[];
  /** Headings after which the rest of a page is not the article (related stories, comments…). */
  readonly trailerCues: readonly string[];
}
