import type { LanguageProfile } from '../languages/types.js';

/**
 * The lower-case word forms a token stands for in `profile`: elisions removed (`l'armée` →
 * `armée`), possessive suffixes removed (`Kazakhstan's` → `kazakhstan`), hyphenated words split
 * (`non-reconnu` → `non`, `reconnu`), compounds split when the profile has a splitter.
 */
export function wordForms(token: string, profile: LanguageProfile): string[] {
  let lower = token.toLowerCase();
  lower = stripElision(lower, profile.elisions);
  lower = stripSuffix(lower, profile.apostropheSuffixes);
  const forms: string[] = [];
  for (const part of lower.split('-')) {
    if (part.length === 0) continue;
    const parts = profile.splitCompound?.(part) ?? [part];
    for (const p of parts) if (p.length > 0) forms.push(p);
  }
  return forms;
}

/** Strips elisions repeatedly (`qu'l'…`); a loop, not recursion: `l'l'l'…` junk must not overflow the stack. */
function stripElision(lower: string, elisions: readonly string[]): string {
  let rest = lower;
  for (;;) {
    const elision = elisions.find((e) => rest.length > e.length && rest.startsWith(e));
    if (elision === undefined) return rest;
    rest = rest.slice(elision.length);
  }
}

function stripSuffix(lower: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (lower.length > suffix.length + 1 && lower.endsWith(suffix)) return lower.slice(0, -suffix.length);
  }
  return lower;
}
