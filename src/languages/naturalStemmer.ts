
/** Longer words are left as they are: no real word needs stemming past this, and it bounds cost. */
const MAX_STEMMED_LENGTH = 40;

/** Anything with a `stem(word)` method: natural's stemmers and `snowball-stemmers`' alike. */
export interface StemmerLike {
  stem(word: string): unknown;
}

/**
 * Wraps a stemmer — one of natural's (imported from its stemmers folder only: the package root
 * prints dotenv lines and reads `.env`) or a `snowball-stemmers` one — as a pure hook that
 * never throws.
 */
export function naturalStem(stemmer: StemmerLike): (word: string) => string {
  return (word: string): string => {
    if (word.length < 3 || word.length > MAX_STEMMED_LENGTH) return word;
    try {
      const stem = stemmer.stem(word);
      return typeof stem === 'string' && stem.length > 0 ? stem.toLowerCase() : word;
    } catch {
      return word;
    }
  };
}

/** Merges a base stop-word list (from the `stopword` package) with a profile's own additions. */
export function stopwordSet(...lists: readonly (readonly string[])[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const list of lists) for (const word of list) set.add(word.normalize('NFC').toLowerCase());
  return set;
}
