/**
 * The plain peers of the real-data benchmark, written to match scikit-learn's `TfidfVectorizer`
 * with the settings of the shared SemEval README (`sublinear_tf=True, strip_accents='unicode'`,
 * lower-cased, smoothed IDF, L2-normalised), so that our figures sit beside the ones measured there:
 * - `words`: sklearn's default tokens, runs of two or more word characters (`(?u)\b\w\w+\b`);
 * - `char4`: character 4-grams within word boundaries (`analyzer='char_wb'`): each
 *   whitespace-separated word padded with one space on each side, a word shorter than the gram
 *   counted once as a whole.
 * IDF is fitted on the documents given. Cosine of two vectors is their dot product.
 */
import { dot, sparseFrom, type SparseVector } from '../../src/features/sparse.js';

export type BaselineAnalyzer = 'words' | 'char4';

export const BASELINE_NAMES: Record<BaselineAnalyzer, string> = {
  words: 'word TF-IDF cosine',
  char4: 'character 4-gram TF-IDF cosine',
};

const COMBINING_MARK = /\p{M}/gu;
const WORD_RUN = /[\p{L}\p{N}_]{2,}/gu;
const WHITESPACE = /\s+/u;

/** sklearn's `strip_accents_unicode` after `lower()`: NFKD, then combining marks dropped. */
export function stripAccents(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(COMBINING_MARK, '');
}

export function wordTerms(text: string): string[] {
  return stripAccents(text).match(WORD_RUN) ?? [];
}

export function char4Terms(text: string, n = 4): string[] {
  const grams: string[] = [];
  for (const word of stripAccents(text).split(WHITESPACE)) {
    if (word === '') continue;
    const padded = ` ${word} `;
    if (padded.length <= n) {
      grams.push(padded);
      continue;
    }
    for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  }
  return grams;
}

/** TF-IDF vectors of `texts` (sublinear tf, smoothed idf fitted on them, L2-normalised). */
export function tfidfVectors(texts: readonly string[], analyzer: BaselineAnalyzer): SparseVector[] {
  const terms = analyzer === 'words' ? wordTerms : char4Terms;
  const vocabulary = new Map<string, number>();
  const counts = texts.map((text) => {
    const tf = new Map<number, number>();
    for (const term of terms(text)) {
      let id = vocabulary.get(term);
      if (id === undefined) vocabulary.set(term, (id = vocabulary.size));
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Float64Array(vocabulary.size);
  for (const tf of counts) for (const id of tf.keys()) df[id] = (df[id] as number) + 1;
  const idf = (id: number) => Math.log((1 + texts.length) / (1 + (df[id] as number))) + 1;
  return counts.map((tf) => sparseFrom([...tf].map(([id, count]) => [id, (1 + Math.log(count)) * idf(id)] as const)));
}

export const cosineOf = (a: SparseVector, b: SparseVector): number => dot(a, b);
