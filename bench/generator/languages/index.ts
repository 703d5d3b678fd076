import type { GenLang, LanguageKit } from '../types.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { sv } from './sv.js';

export const KITS: ReadonlyMap<GenLang, LanguageKit> = new Map<GenLang, LanguageKit>([
  ['sv', sv],
  ['fr', fr],
  ['en', en],
]);

export function kitFor(lang: GenLang): LanguageKit {
  const kit = KITS.get(lang);
  if (kit === undefined) throw new Error(`no generator data for language ${lang}`);
  return kit;
}
