/** Length of the character n-grams. Four letters catch shared roots (`oppo`, `demo`, `krat`). */
export const NGRAM_SIZE = 4;
const MIN_WORD = 4;

/**
 * Character n-grams of folded content words, padded with `_` at word edges: the cross-language
 * view of a text, where `opposition`/`oppositionen` and `démocratique`/`demokratiska` share grams.
 */
export function addCharNgrams(foldedWord: string, counts: Map<string, number>): void {
  if (foldedWord.length < MIN_WORD || /\p{N}/u.test(foldedWord)) return;
  const padded = `_${foldedWord}_`;
  for (let i = 0; i + NGRAM_SIZE <= padded.length; i++) {
    const gram = padded.slice(i, i + NGRAM_SIZE);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
}
