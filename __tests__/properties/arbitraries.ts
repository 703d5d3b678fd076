import fc from 'fast-check';
import type { NewsDocumentInput } from '../../src/index.js';

/** At least 500 runs per property in CI (the floor), 100 locally. */
export const RUNS = process.env.CI ? 500 : 100;
/** A fixed "now", so results do not depend on the clock. */
export const REFERENCE_DATE = '2026-11-23';

/**
 * Pieces of news text in the three languages, chosen to collide across documents: shared and
 * transliterated names, dates in every written form, counts, relative days, stop words.
 */
const NEWS_PIECES = [
  'Amnesty International', 'Almaty', 'Алматы', 'Kazakhstan', 'Kazakstan', 'Mukhtar Abliazov', 'Ablyazov', 'Nur-Sultan',
  'police', 'polisen', 'la police', 'protesters', 'demonstranter', 'manifestants', 'were detained', 'greps', 'ont été arrêtés',
  'election', 'valet', "l'élection", 'Bishkek', 'UN', 'EPCA', 'the', 'och', 'et', 'in', 'i', 'à', 'on', 'den', 'le',
  '22 February 2020', 'February 22, 2020', '22 februari', 'den 22 februari 2020', 'le 22 février', 'samedi 22 février 2020',
  'Sunday, April 18', '9 and 10 June 2019', '2019-06-12', '12.06.2019', 'mars 2019', 'in 2009', 'yesterday', 'igår', 'hier',
  "aujourd'hui", 'today', 'Monday', 'måndag', 'lundi', '70', '23', '1 000', '45%', 'at least 70 people', 'minst 70 personer',
  'Share this article', 'Läs också', 'À lire aussi', 'Related Stories',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '\n', ' – ', ': '];

/** News-like text: 0–20 pieces joined by spaces and punctuation. */
export const newsText = fc
  .array(fc.tuple(fc.constantFrom(...NEWS_PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 20 })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

/** Characters and strings that break naive text code. */
const HOSTILE_PIECES = [
  '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009F', '\r\n', '\r', '\u2028', '\u2029', '\t', '\u00A0', '\u3000',
  '\u200B', '\u200D', '\u00AD', '\uFEFF', '\u202E', '\u2066', '\u200F', '\u0301', '\u0308', 'e\u0301', 'A\u030A',
  '\uD800', '\uDFFF', '\uDC00\uD800', '😀', '🇫🇷', '👩‍👩‍👧', 'Ⅻ', '²', '٣', '𝟘', 'ǅ', 'İ', 'ß', 'ﬁ', 'Ω', 'Å',
  'Алматы', 'שלום', 'مرحبا', '東京', '한국', "'", '’', '`', '´', '"', '«', '»', '-', '‐', '–', '—', '−', '%', '+', '(',
  ')', '.', '/', ':', '#', '_', '__proto__', 'constructor', 'toString', "l'", "qu'", ":e", '1er', 'Amnesty', 'februari', '22', '2020',
];

/**
 * Runs of base letter + invisible/control/surrogate + combining mark: the orderings that break
 * normalisation (`e` + ZWSP + U+0301 must end as `é` in one pass), which random code points
 * almost never produce.
 */
export const interactingText = fc
  .array(
    fc.tuple(
      fc.constantFrom('e', 'A', 'i', 'İ', 'ӑ', 'Ѓ', ' ', '1', "'", '-'),
      fc.constantFrom('', '\u200B', '\u00AD', '\uFEFF', '\u202E', '\u2066', '\r', '\r\n', '\u0085', '\uD800', '\uDE00', '\u0007'),
      fc.constantFrom('', '\u0301', '\u030A', '\u0308', '\u2019', '\u2011', '\u00A0'),
    ),
    { maxLength: 6 },
  )
  .map((runs) => runs.flat().join(''));

/** Arbitrary Unicode, including lone surrogates and every kind of control character. */
export const hostileText = fc
  .array(
    fc.oneof(
      interactingText,
      fc.constantFrom(...HOSTILE_PIECES),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      newsText,
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

/** Ids, including names of Object.prototype members. */
export const documentId = fc.oneof(
  fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
);

const publishedAt = fc.option(
  fc.constantFrom('2020-02-22', '2020-02-23T10:00:00Z', '2019-06-12', '2021-04-19', '2018-05-30T23:59:59+02:00'),
  { nil: undefined },
);
const lang = fc.option(fc.constantFrom('sv', 'fr', 'en', 'und', 'de', 'SV'), { nil: undefined });

/** One valid document: news-like or hostile text, optional language and publication date. */
export const documentWith = (id: fc.Arbitrary<string>): fc.Arbitrary<NewsDocumentInput> =>
  fc.record({ id, text: fc.oneof(newsText, newsText, hostileText), lang, publishedAt }).map((d) => {
    const doc: NewsDocumentInput = { id: d.id, text: d.text };
    if (d.lang !== undefined) doc.lang = d.lang;
    if (d.publishedAt !== undefined) doc.publishedAt = d.publishedAt;
    return doc;
  });

/** A small valid collection: 0–6 documents with unique ids. */
export const collection = fc.uniqueArray(documentWith(documentId), { maxLength: 6, selector: (d) => d.id });

/** A collection and the same documents in another order. */
export const collectionAndPermutation = collection.chain((docs) =>
  fc.tuple(fc.constant(docs), fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length })),
);

/** Options that are valid for a collection of `n` documents. */
export const validOptions = (n: number) =>
  fc.record({
    threshold: fc.double({ min: 0, max: 1, noNaN: true }),
    linkage: fc.constantFrom('average' as const, 'single' as const, 'complete' as const),
    kmeans: fc.boolean(),
    k: fc.integer({ min: 1, max: Math.max(1, n) }),
  }).map(({ threshold, linkage, kmeans, k }) =>
    kmeans ? { referenceDate: REFERENCE_DATE, algorithm: 'kmeans' as const, k, seed: 7 } : { referenceDate: REFERENCE_DATE, threshold, linkage },
  );
