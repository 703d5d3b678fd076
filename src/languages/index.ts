import { da } from './da/index.js';
import { de } from './de/index.js';
import { en } from './en/index.js';
import { es } from './es/index.js';
import { fi } from './fi/index.js';
import { fr } from './fr/index.js';
import { it } from './it/index.js';
import { neutral } from './neutral/index.js';
import { nl } from './nl/index.js';
import { no } from './no/index.js';
import { pt } from './pt/index.js';
import { sv } from './sv/index.js';
import type { LanguageProfile } from './types.js';

export type { DateOrder, LanguageProfile, NumericDateOrder, Seven, Twelve } from './types.js';
export { neutral } from './neutral/index.js';

/** The built-in language profiles, by ISO 639-1 code. Register a new language here. */
export const LANGUAGES: ReadonlyMap<string, LanguageProfile> = new Map<string, LanguageProfile>([
  ['sv', sv],
  ['fr', fr],
  ['en', en],
  ['de', de],
  ['es', es],
  ['it', it],
  ['nl', nl],
  ['pt', pt],
  ['no', no],
  ['da', da],
  ['fi', fi],
]);

export { da, de, en, es, fi, fr, it, nl, no, pt, sv };

/** The profile for `code` among `profiles` (default: the built-in ones), or undefined. */
export function getLanguage(code: string, profiles: ReadonlyMap<string, LanguageProfile> = LANGUAGES): LanguageProfile | undefined {
  if (code === neutral.code) return neutral;
  return profiles.get(code.toLowerCase());
}
