/** Corpus and gold-label loaders: a pure `parseX(text)` and a file-reading `loadX(path)` each. */
export { loadJsonl, parseJsonl } from './loadJsonl.js';
export { loadMiranda, parseMiranda } from './loadMiranda.js';
export type { MirandaOptions } from './loadMiranda.js';
export { OG2021_COLUMNS, loadOg2021, parseOg2021 } from './loadOg2021.js';
export { loadGoldTsv, parseGoldTsv } from './loadGoldTsv.js';
export type { GoldTsv, GoldTsvOptions } from './loadGoldTsv.js';
export { loadSemEvalPairs, parseSemEvalPairs, SEMEVAL_RATINGS } from './loadSemEval.js';
export type { LoadedPairs, RatedPair, SemEvalOptions, SemEvalRating } from './loadSemEval.js';
export { parseCsv } from './csv.js';
export type { CsvRow } from './csv.js';
export { normalizeIsoDate } from './isoDate.js';
export { toIso6391 } from './languageCode.js';
export type { LoadedCorpus, LoadProblem, LoaderOptions } from './types.js';
