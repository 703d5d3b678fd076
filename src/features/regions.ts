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
    const locale = profile.code === 'und' ? 'en' : profile.code;
    // Long and short names (`Hong Kong SAR China`, `Hong Kong`; `United States`, `US`), local and English.
    const namers = [new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }), new Intl.DisplayNames([locale], { type: 'region', style: 'short', fallback: 'none' }), english, new Intl.DisplayNames(['en'], { type: 'region', style: 'short', fallback: 'none' })];
    const keyOf = new Map<string, string>();
    for (const code of regionCodes()) {
      const key = nameKey(english.of(code) ?? '', new Set());
      if (key.length === 0) continue;
      keyOf.set(code, key);
      for (const namer of namers) {
        const display = namer.of(code);
        if (display !== undefined) names.set(nameKey(display, profile.nameConnectors), key);
      }
    }
    for (const [alias, code] of Object.entries(profile.regionAliases ?? {})) {
      const key = keyOf.get(code.toUpperCase());
      if (key !== undefined) names.set(nameKey(alias, profile.nameConnectors), key);
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

/** English key → region code (`turkey` → `TR`), built once. */
let codes: ReadonlyMap<string, string> | undefined;

function codeOf(key: string): string | undefined {
  if (codes === undefined) {
    const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    codes = new Map(regionCodes().map((code) => [nameKey(english.of(code) ?? '', new Set()), code]));
  }
  return codes.get(key);
}

/**
 * A country key's name in `language` (`turkey` in `sv` → `Turkiet`), from the same ICU data;
 * undefined when the key is no country or the language has no name for it.
 */
export function regionDisplayName(key: string, language: string): string | undefined {
  const code = codeOf(key);
  return code === undefined ? undefined : displayNames(language)?.of(code);
}

/** One `Intl.DisplayNames` per language (null: ICU has none for it): a cluster label asks for several names. */
const namers = new Map<string, Intl.DisplayNames | null>();

function displayNames(language: string): Intl.DisplayNames | null {
  let namer = namers.get(language);
  if (namer === undefined) {
    try {
      namer = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      namer = null;
    }
    namers.set(language, namer);
  }
  return namer;
}
