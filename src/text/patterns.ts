import { classOf, LETTER, MARK, NUMBER } from './charClass.js';

/**
 * Helpers to build Unicode-correct regular expressions from word lists (cf. chrono's
 * matchAnyPattern): escaped, longest first, with letter/digit lookarounds instead of `\b`.
 */
const SPECIAL = /[.*+?^${}()|[\]\\/]/gu;

export const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
export const NOT_WORD_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

export function escapeRegExp(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}

/**
 * `(?:a|b|c)` over the forms, longest first so that `februari` wins over `feb`. A form ending in
 * `*` matches any continuation of letters (`prenumeration*`). Spaces match any run of spaces.
 * An empty list gives a pattern that never matches.
 */
export function alternation(forms: readonly string[]): string {
  const unique = [...new Set(forms.filter((f) => f.length > 0))].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (unique.length === 0) return '(?!)';
  const parts = unique.map((form) => {
    const prefix = form.endsWith('*');
    const body = escapeRegExp(prefix ? form.slice(0, -1) : form).replaceAll(' ', '\\s+');
    return prefix ? `${body}\\p{L}*` : body;
  });
  return `(?:${parts.join('|')})`;
}

/** A case-insensitive regex matching any of the phrases as whole words. */
export function phraseRegExp(phrases: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`${NOT_WORD_BEFORE}${alternation(phrases)}${NOT_WORD_AFTER}`, flags);
}

/**
 * A whole-word pattern (`NOT_WORD_BEFORE` + `body`) kept in two forms: `regex`, the pattern
 * itself, and `body`, the pattern without its leading lookbehind. V8 cannot skip ahead through
 * text for a pattern that opens with a Unicode lookbehind and tries it at every offset; for the
 * body alone it can, which made the date and furniture patterns several times faster. See
 * `wordMatches` and `wordTest`, which give exactly what `regex` would.
 */
export interface WordPattern {
  readonly regex: RegExp;
  /** The pattern without its lookbehind, global (`wordMatches` resumes it where it needs to). */
  readonly body: RegExp;
}

export function wordPattern(body: string, flags: string): WordPattern {
  const global = flags.includes('g') ? flags : `${flags}g`;
  return { regex: new RegExp(`${NOT_WORD_BEFORE}${body}`, flags), body: new RegExp(body, global) };
}

/** `phraseRegExp` as a WordPattern. */
export function phrasePattern(phrases: readonly string[], flags = 'iu'): WordPattern {
  return wordPattern(`${alternation(phrases)}${NOT_WORD_AFTER}`, flags);
}

/**
 * `text.matchAll(pattern.regex)` (with a `g` flag): the body's matches in text order, each kept
 * if the lookbehind holds at its start. The lookbehind is zero-width and holds no groups, so the
 * body's match there is the pattern's match; where it fails, the scan resumes one code point on,
 * as the pattern's own scan would.
 */
export function wordMatches(pattern: WordPattern, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  const body = pattern.body;
  body.lastIndex = 0;
  for (let m = body.exec(text); m !== null; m = body.exec(text)) {
    if (atWordStart(text, m.index)) {
      matches.push(m);
      if (m[0].length === 0) body.lastIndex = nextCodePoint(text, m.index);
    } else body.lastIndex = nextCodePoint(text, m.index);
  }
  return matches;
}

/** `pattern.regex.test(text)`, found as in `wordMatches`. */
export function wordTest(pattern: WordPattern, text: string): boolean {
  const body = pattern.body;
  body.lastIndex = 0;
  for (let m = body.exec(text); m !== null; m = body.exec(text)) {
    if (atWordStart(text, m.index)) return true;
    body.lastIndex = nextCodePoint(text, m.index);
  }
  return false;
}

/** NOT_WORD_BEFORE at `index`: no letter, mark or digit code point ends there. */
function atWordStart(text: string, index: number): boolean {
  if (index === 0) return true;
  let cp = text.charCodeAt(index - 1);
  if (cp >= 0xdc00 && cp <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) cp = ((high - 0xd800) << 10) + (cp - 0xdc00) + 0x10000;
  }
  return (classOf(cp) & (LETTER | MARK | NUMBER)) === 0;
}

function nextCodePoint(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
