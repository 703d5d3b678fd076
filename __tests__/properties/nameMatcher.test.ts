import fc from 'fast-check';
import levenshtein from 'fast-levenshtein';
import { allowedDistance, NameMatcher } from '../../src/features/nameMatcher.js';
import { RUNS } from './arbitraries.js';

/**
 * The deletion index (hashed deletions, candidates measured) against the definition it stands
 * for: a new token joins the closest canonical name within the allowed distance (ties: the
 * smaller spelling), found by comparing it with every canonical name registered so far. Tokens
 * from a three-letter alphabet, so that near spellings, repeated letters and ties are common.
 */
function reference(tokens: readonly string[]): string[] {
  const canonical = new Map<string, string>();
  const names: string[] = []; // canonical names open to fuzzy matching
  const fuzzy = (t: string) => t.length >= 5 && t.length <= 40;
  return tokens.map((token) => {
    const known = canonical.get(token);
    if (known !== undefined) return known;
    let best: string | undefined;
    let bestDistance = Infinity;
    if (fuzzy(token)) {
      for (const name of names) {
        const distance = levenshtein.get(token, name);
        if (distance > allowedDistance(token, name)) continue;
        if (distance < bestDistance || (distance === bestDistance && best !== undefined && name < best)) [best, bestDistance] = [name, distance];
      }
    }
    canonical.set(token, best ?? token);
    if (best === undefined && fuzzy(token)) names.push(token);
    return best ?? token;
  });
}

describe('NameMatcher (property)', () => {
  test('finds the same canonical names as comparing each token with every name registered before it', () => {
    const token = fc.stringMatching(/^[abc]{3,11}$/);
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 60 }), (tokens) => {
        const matcher = new NameMatcher();
        expect(tokens.map((t) => matcher.add(t))).toEqual(reference(tokens));
      }),
      { numRuns: RUNS },
    );
  });
});
