import { extractDates, tokenize, wordForms, type LanguageProfile } from '../../src/index.js';

/**
 * The table every language test fills in with real sentences of its language: stems checked
 * against the stemmer's actual output, stop words removed from a sentence, and dates.
 */
export interface LanguageCases {
  profile: LanguageProfile;
  /** An expected stem and meaningfully related forms that must all reduce to it. */
  stems: readonly (readonly [stem: string, forms: readonly string[]])[];
  /** A real sentence and the word forms left once stop words are removed. */
  stopwords: readonly (readonly [sentence: string, kept: readonly string[]])[];
  dates: readonly DateCase[];
}

export interface DateCase {
  /** What the case shows: `with year`, `without year`, `with weekday`, `range`… */
  name: string;
  text: string;
  publishedAt: string | null;
  /** Every day value found, in text order. */
  values: readonly string[];
  /** Whether the year was printed, and whether a weekday was printed, on the first date. */
  explicitYear: boolean;
  weekday: boolean;
}

/** "Now" for weekday-based year inference, fixed so that results do not depend on the clock. */
export const REFERENCE_DATE = '2026-11-23';

export function describeLanguage({ profile, stems, stopwords, dates }: LanguageCases): void {
  describe(`${profile.name} (${profile.code})`, () => {
    test.each(stems)('stems to %s: %j', (stem, forms) => {
      for (const form of forms) expect(profile.stem(form)).toBe(stem);
    });

    test.each(stopwords)('removes stop words from: %s', (sentence, kept) => {
      const forms = tokenize(sentence).flatMap((token) => wordForms(token.text, profile));
      expect(forms.filter((form) => !profile.stopwords.has(form))).toEqual(kept);
    });

    test.each(dates)('reads a date $name: $text', ({ text, publishedAt, values, explicitYear, weekday }) => {
      const { mentions } = extractDates(text, profile, { publishedAt, referenceDate: REFERENCE_DATE });
      expect(mentions.map((m) => m.value)).toEqual(values);
      expect(mentions[0]?.explicit.year).toBe(explicitYear);
      expect(mentions[0]?.explicit.weekday).toBe(weekday);
      expect(mentions[0]?.rule.startsWith(`${profile.code}/`)).toBe(true);
    });
  });
}
