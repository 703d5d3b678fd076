/** Length of the character n-grams. Four letters catch shared roots (`oppo`, `demo`, `krat`). */
export const NGRAM_SIZE = 4;
const MIN_WORD = 4;
const NO_GRAMS: readonly string[] = Object.freeze([]);

/**
 * Character n-grams of a folded content word, padded with `_` at word edges: the cross-language
 * view of a text, where `opposition`/`oppositionen` and `démocratique`/`demokratiska` share grams.
 */
export function charNgrams(foldedWord: string): readonly string[] {
  if (foldedWord.length < MIN_WORD || /\p{N}/u.test(foldedWord)) return NO_GRAMS;
  const padded = `_${foldedWord}_`;
  const grams: string[] = [];
  for (let i = 0; i + NGRAM_SIZE <= padded.length; i++) grams.push(padded.slice(i, i + NGRAM_SIZE));
  return grams;
}
