import { en } from './en/index.js';
import { fr } from './fr/index.js';
import { neutral } from './neutral/index.js';
import { sv } from './sv/index.js';
import type { LanguageProfile } from './types.js';

export type { DateOrder, LanguageProfile, NumericDateOrder, Seven, Twelve } from './types.js';
export { neutral } from './neutral/index.js';

/** The built-in language profiles, by ISO 639-1 code. Register a new language here. */
export const LANGUAGES: ReadonlyMap<string, LanguageProfile> = new Map<string, LanguageProfile>([
  ['sv', sv],
  ['fr', fr],
  ['en', en],
]);

export { en, fr, sv };

/** The profile for `code` among `profiles` (default: the built-in ones), or undefined. */
export function getLanguage(code: string, profiles: ReadonlyMap<string, LanguageProfile> = LANGUAGES): LanguageProfile | undefined {
  if (code === neutral.code) return neutral;
  return profiles.get(code.toLowerCase());
}
