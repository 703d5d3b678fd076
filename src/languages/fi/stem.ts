import { newStemmer } from 'snowball-stemmers';

/** Longer words are left as they are: no real word needs stemming past this, and it bounds cost. */
const MAX_STEMMED_LENGTH = 40;
/** natural has no Finnish stemmer: Snowball's, from `snowball-stemmers` (silent on import, ESM-safe). */
const snowball = newStemmer('finnish');

/** Hook 1 for Finnish: the Snowball stem of a lower-cased NFC word; never throws. */
export function stem(word: string): string {
  if (word.length < 3 || word.length > MAX_STEMMED_LENGTH) return word;
  try {
    const result = snowball.stem(word);
    return typeof result === 'string' && result.length > 0 ? result.toLowerCase() : word;
  } catch {
    return word;
  }
}
