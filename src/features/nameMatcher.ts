import levenshtein from 'fast-levenshtein';
import { ClusteringError } from '../errors.js';

/**
 * Groups spelling variants of names across languages and transliterations
 * (`kazakhstan`/`kazakstan`, `abliazov`/`ablyazov`, `mukhtar`/`moukhtar`) under one canonical
 * form, by edit distance on folded tokens: none under 5 letters, one letter added or dropped
 * from 5, 2 edits from 8 (on the shorter of the two; see `allowedDistance`). Candidates come from a deletion index (SymSpell: deletions to depth 1
 * below 8 letters, 2 from 8, which finds every pair within the allowed distance), so adding a
 * name costs O(length²), not O(names). Tokens are added most frequent first, so the common spelling becomes
 * the canonical one; a token joins the closest canonical form, never a chain of variants.
 */
const MIN_FUZZY_LENGTH = 5;
const LONG_NAME = 8;
/** Deletion depth that finds every partner within the allowed distance of a token this long. */
const depthFor = (token: string): number => (token.length >= LONG_NAME ? 2 : 1);
/**
 * Longer tokens are matched exactly only: no name is this long, and the deletion index costs
 * O(length²) strings of that length (a 100k-letter "name" in scraped junk would never finish).
 */
const MAX_FUZZY_LENGTH = 40;

const fuzzy = (token: string): boolean => token.length >= MIN_FUZZY_LENGTH && token.length <= MAX_FUZZY_LENGTH;

/**
 * Edits allowed between two tokens: 2 from 8 letters; from 5, one letter added or dropped
 * (`moukhtar`/`mukhtar`), or one letter changed for another that transliterations write for the
 * same sound (`tokajev`/`tokayev`, `kasym`/`kassym` is an addition) — not any letter, which in
 * short words makes another word as often as a variant (`prime`/`prize`, `paris`/`parks`); none below 5.
 */
export function allowedDistance(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  if (shorter >= LONG_NAME) return 2;
  if (shorter < MIN_FUZZY_LENGTH) return 0;
  return a.length !== b.length || transliterationSwap(a, b) ? 1 : 0;
}

/** Letters that transliterations of one name write for one another. */
const SAME_SOUND = ['ijy', 'ckq', 'sz', 'vw'].map((letters) => new Set(letters));

/** Equal-length tokens that differ in one letter only, and there by letters of one SAME_SOUND class. */
function transliterationSwap(a: string, b: string): boolean {
  let at = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (at !== -1) return false;
    at = k;
  }
  return at !== -1 && SAME_SOUND.some((letters) => letters.has(a[at] as string) && letters.has(b[at] as string));
}

/**
 * The deletion neighbourhood of `word` (itself, and every string made by deleting up to `depth`
 * of its characters, depth 1 or 2) as 30-bit hashes, not strings: ~50 strings per long name made
 * the index the largest structure of a 100k batch while names were registered. A collision can
 * only add a candidate, and every candidate is measured (`closest`), so the matches are those of
 * the strings themselves: SymSpell's neighbourhood already holds every name within reach.
 */
function deletions(word: string, depth: number): Set<number> {
  const out = new Set<number>([deletionHash(word, -1, -1)]);
  for (let i = 0; i < word.length; i++) {
    out.add(deletionHash(word, i, -1));
    if (depth > 1) for (let j = i + 1; j < word.length; j++) out.add(deletionHash(word, i, j));
  }
  return out;
}

/** FNV-1a of `word` without the code units at `skipA` and `skipB` (−1: none), in 30 bits (a small integer key). */
function deletionHash(word: string, skipA: number, skipB: number): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) if (k !== skipA && k !== skipB) hash = Math.imul(hash ^ word.charCodeAt(k), 0x01000193);
  return hash >>> 2;
}

export class NameMatcher {
  private readonly canonical = new Map<string, string>();
  /** Deletion hash → the names indexed under it: one name as itself (most hashes have one), several in an array. */
  private index: Map<number, string | string[]> | null = new Map();

  /** Canonical form of `token`, registering it (as its own canonical form if nothing is close). */
  add(token: string): string {
    const known = this.canonical.get(token);
    if (known !== undefined) return known;
    if (this.index === null) throw new ClusteringError('INVALID_STATE', `the name index was released: cannot register "${token}"`);
    // The token's deletions serve twice: to look for a close name, then to index the token.
    const variants = fuzzy(token) ? deletions(token, depthFor(token)) : undefined;
    const match = variants === undefined ? undefined : this.closest(token, variants);
    const result = match ?? token;
    this.canonical.set(token, result);
    if (match === undefined && variants !== undefined) {
      for (const variant of variants) {
        const list = this.index.get(variant);
        if (list === undefined) this.index.set(variant, token);
        else if (typeof list === 'string') this.index.set(variant, [list, token]);
        else list.push(token);
      }
    }
    return result;
  }

  /**
   * Drops the deletion index once every name is registered (a batch): it holds some fifty
   * entries per long name, tens of MB at 100k documents, and lookups need only the canonical
   * forms. Registering a new name afterwards is an error.
   */
  releaseIndex(): void {
    this.index = null;
  }

  /** Canonical form if known, else the token itself (does not register). */
  get(token: string): string {
    return this.canonical.get(token) ?? token;
  }

  /** The closest indexed name within the allowed distance (ties: the smaller spelling), from the token's deletions. */
  private closest(token: string, variants: ReadonlySet<number>): string | undefined {
    let best: string | undefined;
    let bestDistance = Infinity;
    // A close name shares many deletions with the token: measure each candidate once.
    let measured: Set<string> | undefined;
    const measure = (candidate: string) => {
      if (measured?.has(candidate) === true) return;
      (measured ??= new Set()).add(candidate);
      const allowed = allowedDistance(token, candidate);
      if (Math.abs(token.length - candidate.length) > allowed) return;
      const distance = levenshtein.get(token, candidate);
      if (distance > allowed) return;
      if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) [best, bestDistance] = [candidate, distance];
    };
    for (const variant of variants) {
      const found = this.index?.get(variant);
      if (found === undefined) continue;
      if (typeof found === 'string') measure(found);
      else for (const candidate of found) measure(candidate);
    }
    return best;
  }

  /** Snapshot for persistence: token → canonical, in insertion order. */
  entries(): [string, string][] {
    return [...this.canonical.entries()];
  }

  static fromEntries(entries: Iterable<readonly [string, string]>): NameMatcher {
    const matcher = new NameMatcher();
    for (const [token, canonical] of entries) {
      if (token === canonical) matcher.add(token);
      else matcher.canonical.set(token, canonical);
    }
    return matcher;
  }
}
