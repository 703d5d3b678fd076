import { transliterate } from './transliterate.js';

/** Letters that NFD does not decompose but that readers treat as accented Latin letters. */
const SPECIAL = new Map<string, string>([
  ['ł', 'l'], ['ø', 'o'], ['đ', 'd'], ['ð', 'd'], ['þ', 'th'], ['ß', 'ss'], ['æ', 'ae'], ['œ', 'oe'],
  ['ı', 'i'], ['ŀ', 'l'], ['ħ', 'h'],
]);
const SPECIAL_RE = /[łøđðþßæœıŀħ]/gu;
const MARKS = /\p{M}+/gu;

/**
 * Case and diacritic folding for comparing across languages: `Démocratique` → `democratique`,
 * `Wałęsa` → `walesa`, `Алматы` → `almaty`. Used for entity keys and character n-grams.
 */
export function fold(text: string): string {
  // ASCII has no marks, special letters or Cyrillic, and NFD/NFC leave it unchanged.
  if (isAscii(text)) return text.toLowerCase();
  const lower = text.toLowerCase();
  const bare = transliterate(lower).normalize('NFD').replace(MARKS, '');
  // Transliterated again once marks are gone: `ӑ`, `ѓ`, `ў` are Cyrillic letters + a mark that the
  // table lists only bare; left alone they would give mixed-script keys and a non-idempotent fold.
  return transliterate(bare)
    .replace(SPECIAL_RE, (ch) => SPECIAL.get(ch) ?? ch)
    .normalize('NFC');
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
