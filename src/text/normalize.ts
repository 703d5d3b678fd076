/**
 * Text clean-up before anything else reads it (cf. compromise's 01-cleanup): well-formed UTF-16,
 * NFC, one kind of apostrophe, quote, hyphen and space, no zero-width or control characters.
 * Idempotent: normalizeText(normalizeText(x)) === normalizeText(x).
 */
/** With the `u` flag a surrogate class only matches unpaired halves: pairs are one code point. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;
/** Soft hyphen, zero-width characters, word joiner, BOM, and bidi marks/embeddings/isolates (`Alm\u202Eaty`). */
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
const APOSTROPHE = /[\u2018\u2019\u201B\u02BC\u2032\u0060\u00B4]/gu;
const QUOTE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E]/gu;
const HYPHEN = /[\u2010\u2011]/gu;
const DASH = /[\u2012-\u2015\u2212]/gu;
const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/gu;

export function normalizeText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(LINE_BREAK, '\n')
    // Invisible characters go before NFC: removed after it, they would leave `e` + U+0301 apart.
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(CONTROL, ' ')
    .replace(SPACE, ' ')
    .replace(APOSTROPHE, "'")
    .replace(QUOTE, '"')
    .replace(HYPHEN, '-')
    .replace(DASH, '–');
}
