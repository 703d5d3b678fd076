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

/** Everything the steps before NFC replace, as one character class (a fast scan). */
const BEFORE_NFC = oneClass([LONE_SURROGATE, /[\r\u2028\u2029\u0085]/u, INVISIBLE]);
/** The one-character steps after NFC, in order; no step's output is matched by a later one. */
const AFTER_NFC: readonly (readonly [RegExp, string])[] = [
  [CONTROL, ' '],
  [SPACE, ' '],
  [APOSTROPHE, "'"],
  [QUOTE, '"'],
  [HYPHEN, '-'],
  [DASH, '–'],
].map(([re, to]) => [new RegExp((re as RegExp).source, 'u'), to as string] as const);
const AFTER_NFC_ANY = oneClass(AFTER_NFC.map(([re]) => re));

/** One global `[…]` regex from single-class regexes. */
function oneClass(classes: readonly RegExp[]): RegExp {
  return new RegExp(`[${classes.map((re) => re.source.slice(1, -1)).join('')}]`, 'gu');
}

/**
 * Same as the chain of replacements of the patterns above, in their order (lone surrogates,
 * line breaks, invisible characters; NFC; control characters, spaces, apostrophes, quotes,
 * hyphens, dashes), but in two scans with one character class each instead of nine.
 */
export function normalizeText(text: string): string {
  return text
    .replace(BEFORE_NFC, beforeNfc)
    // Invisible characters go before NFC: removed after it, they would leave `e` + U+0301 apart.
    .normalize('NFC')
    .replace(AFTER_NFC_ANY, afterNfc);
}

/** LONE_SURROGATE → U+FFFD, LINE_BREAK → `\n` (`\r\n` as its `\n` alone), INVISIBLE → nothing. */
function beforeNfc(ch: string, offset: number, text: string): string {
  if (ch >= '\uD800' && ch <= '\uDFFF') return '\uFFFD';
  if (ch === '\r') return text.charCodeAt(offset + 1) === 0x0a ? '' : '\n';
  return ch === '\u2028' || ch === '\u2029' || ch === '\u0085' ? '\n' : '';
}

function afterNfc(ch: string): string {
  for (const [re, to] of AFTER_NFC) if (re.test(ch)) return to;
  return ch;
}
