import type { LanguageProfile } from '../languages/types.js';
import { fold } from '../text/fold.js';

/**
 * Country and territory names in every language, from the ICU data built into Node
 * (`Intl.DisplayNames`): `Marocko`, `Maroc` and `Morocco` all become the key `morocco`, and
 * `Sydkorea`, `Corée du Sud` and `South Korea` become `south korea`. No list to maintain, and a
 * new language profile gets its country names for free (its `code` is the locale).
 */
const cache = new Map<string, ReadonlyMap<string, string>>();
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function regionCodes(): string[] {
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (const a of LETTERS) for (const b of LETTERS) if (english.of(a + b) !== undefined) codes.push(a + b);
  return codes;
}

/** Name tokens as entity keys are built: folded, split on spaces, connectors left out. */
function nameKey(name: string, connectors: ReadonlySet<string>): string {
  return fold(name)
    .split(/[\s,.()]+/u)
    .filter((t) => t.length > 0 && !connectors.has(t))
    .join(' ');
}

/** Folded local name → English key, for one profile (cached per language code). */
export function regionNames(profile: LanguageProfile): ReadonlyMap<string, string> {
  const cached = cache.get(profile.code);
  if (cached !== undefined) return cached;
  const names = new Map<string, string>();
  try {
    const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const local = profile.code === 'und' ? english : new Intl.DisplayNames([profile.code], { type: 'region', fallback: 'none' });
    for (const code of regionCodes()) {
      const key = nameKey(english.of(code) ?? '', new Set());
      for (const display of [local.of(code), english.of(code)]) {
        if (display !== undefined && key.length > 0) names.set(nameKey(display, profile.nameConnectors), key);
      }
    }
  } catch {
    // A profile code that is not a valid locale simply has no region names.
  }
  cache.set(profile.code, names);
  return names;
}

/** The English key of a country name written in `profile`'s language (genitive `-s` allowed). */
export function regionKey(tokens: readonly string[], names: ReadonlyMap<string, string>): string | undefined {
  const key = tokens.join(' ');
  return names.get(key) ?? (key.endsWith('s') ? names.get(key.slice(0, -1)) : undefined);
}
