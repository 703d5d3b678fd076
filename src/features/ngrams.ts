/** Length of the character n-grams. Four letters catch shared roots (`oppo`, `demo`, `krat`). */
export const NGRAM_SIZE = 4;
/**
 * N-grams are hashed into this many buckets (the hashing trick) instead of interned as strings:
 * no vocabulary to look up or grow, and workers hand back small integer arrays. With about
 * 10^5 distinct 4-grams in three languages, collisions touch well under 10% of them, and a
 * collision merely adds a little noise to a weak signal.
 */
export const NGRAM_BUCKETS = 1 << 20;
const MIN_WORD = 4;
const NO_GRAMS: readonly number[] = Object.freeze([]);

/** FNV-1a over UTF-16 code units, folded to NGRAM_BUCKETS. */
export function hashGram(gram: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    hash ^= gram.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % NGRAM_BUCKETS;
}

/**
 * Hashed character n-grams of a folded content word, padded with `_` at word edges: the
 * cross-language view of a text, where `opposition`/`oppositionen` and
 * `démocratique`/`demokratiska` share grams.
 */
export function charNgrams(foldedWord: string): readonly number[] {
  if (foldedWord.length < MIN_WORD || /\p{N}/u.test(foldedWord)) return NO_GRAMS;
  const padded = `_${foldedWord}_`;
  const grams: number[] = [];
  for (let i = 0; i + NGRAM_SIZE <= padded.length; i++) grams.push(hashGram(padded.slice(i, i + NGRAM_SIZE)));
  return grams;
}

/** A document's n-gram counts: sorted unique bucket ids and their counts. */
export interface NgramCounts {
  ids: Int32Array;
  counts: Int32Array;
}

export function ngramCounts(counts: ReadonlyMap<number, number>): NgramCounts {
  const ids = Int32Array.from(counts.keys()).sort();
  return { ids, counts: Int32Array.from(ids, (id) => counts.get(id) ?? 0) };
}
