/**
 * Unicode general categories of code points as bit flags, for the hot scanning loops (tokens,
 * word counts) that would otherwise run a `u` regex per word or per line. The flags mean exactly
 * what the regex property escapes of the same name mean, because they are computed with them.
 */
export const LETTER = 1; // \p{L}
export const MARK = 2; // \p{M}
export const NUMBER = 4; // \p{N}
export const UPPER = 8; // \p{Lu}
export const TITLE = 16; // \p{Lt}
export const DECIMAL = 32; // \p{Nd}
/** Set on every computed entry of the table, so that 0 means "not looked up yet". */
const KNOWN = 128;

const PROPERTIES: readonly (readonly [RegExp, number])[] = [
  [/^\p{L}$/u, LETTER],
  [/^\p{M}$/u, MARK],
  [/^\p{N}$/u, NUMBER],
  [/^\p{Lu}$/u, UPPER],
  [/^\p{Lt}$/u, TITLE],
  [/^\p{Nd}$/u, DECIMAL],
];

/**
 * Flags of every BMP code unit, filled on first sight: a constant table (a code point's
 * categories never change), built lazily because the whole BMP costs tens of milliseconds of
 * regex tests while a text uses a few hundred distinct characters.
 */
const BMP = new Uint8Array(0x10000);
/** The same for code points past the BMP (emoji, historic scripts), up to a bounded number of them. */
const ASTRAL = new Map<number, number>();
const ASTRAL_LIMIT = 4096;

function compute(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  let flags = 0;
  for (const [re, flag] of PROPERTIES) if (re.test(ch)) flags |= flag;
  return flags;
}

/** Category flags of a code point (a lone surrogate has none, as in a `u` regex). */
export function classOf(codePoint: number): number {
  if (codePoint > 0xffff) return astralClass(codePoint);
  let flags = BMP[codePoint] ?? 0;
  if (flags === 0) BMP[codePoint] = flags = (codePoint >= 0xd800 && codePoint <= 0xdfff ? 0 : compute(codePoint)) | KNOWN;
  return flags & ~KNOWN;
}

function astralClass(codePoint: number): number {
  let flags = ASTRAL.get(codePoint);
  if (flags === undefined) {
    flags = compute(codePoint);
    if (ASTRAL.size < ASTRAL_LIMIT) ASTRAL.set(codePoint, flags);
  }
  return flags;
}

/** The code point at `i` as a `u` regex reads it: a surrogate pair is one code point. */
export function codePointAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff || i + 1 >= text.length) return unit;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? ((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000 : unit;
}

/** Number of `[\p{L}\p{N}]+` matches in text: the word count the furniture rules use. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    const isWordChar = (classOf(cp) & (LETTER | NUMBER)) !== 0;
    if (isWordChar && !inWord) count++;
    inWord = isWordChar;
    i += cp > 0xffff ? 2 : 1;
  }
  return count;
}

/** True when text has a `\p{N}` code point. */
export function hasNumber(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    if ((classOf(cp) & NUMBER) !== 0) return true;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}
