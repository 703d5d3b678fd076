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
