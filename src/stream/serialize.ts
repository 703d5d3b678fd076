import type { DocumentAnalysis } from '../features/analyzeDocument.js';

/** A DocumentAnalysis as JSON-safe data (its Maps as entry lists). */
export interface SerializedAnalysis extends Omit<DocumentAnalysis, 'words' | 'wordSurface' | 'ngrams'> {
  words: [string, number][];
  wordSurface: [string, string][];
  ngrams: { ids: number[]; counts: number[] };
}

export function serializeAnalysis(a: DocumentAnalysis): SerializedAnalysis {
  return { ...a, words: [...a.words], wordSurface: [...a.wordSurface], ngrams: { ids: [...a.ngrams.ids], counts: [...a.ngrams.counts] } };
}

export function deserializeAnalysis(s: SerializedAnalysis): DocumentAnalysis {
  return { ...s, words: new Map(s.words), wordSurface: new Map(s.wordSurface), ngrams: { ids: Int32Array.from(s.ngrams.ids), counts: Int32Array.from(s.ngrams.counts) } };
}
