import type { DocumentAnalysis } from './analyzeDocument.js';
import type { RawEntity } from './entities.js';
import { dayVector, type DayVector } from '../similarity/dateOverlap.js';
import { dayWeights } from './eventDate.js';
import { parsedDay, type ParsedDay } from './calendar.js';
import { NameMatcher } from './nameMatcher.js';
import type { Space } from '../storage/slab.js';
import { EMPTY_VECTOR, type SparseVector } from './sparse.js';
import { NGRAM_BUCKETS } from './ngrams.js';
import type { TimeSpan } from './timeSpan.js';
import { DocumentFrequencies, tfidfFromSorted, Vocabulary } from './tfidf.js';

/** One feature space: interned terms and their document frequencies. */
export interface FeatureSpace {
  vocab: Vocabulary;
  df: DocumentFrequencies;
}

/** Collection statistics learnt from the documents (the "fit" step). */
export interface CollectionModel {
  words: FeatureSpace;
  ngrams: FeatureSpace;
  entities: FeatureSpace;
  numbers: FeatureSpace;
  names: NameMatcher;
  /**
   * Canonical entity key → the surface forms written for it and their counts, flat:
   * `[surface, count, surface, count, …]` (most keys have one or two: a Map each cost ~10× more).
   */
  entitySurfaces: Map<string, (string | number)[]>;
  /** Word id → the first spelling met for it (documents in id order), for display. */
  wordSurfaces: string[];
}

/** A document's vectors in every space, ready for pair similarity. */
export interface DocumentFeatures {
  id: string;
  analysis: DocumentAnalysis;
  words: SparseVector;
  ngrams: SparseVector;
  entities: SparseVector;
  numbers: SparseVector;
  /** Canonical entity key → mention count. */
  entityCounts: Map<string, number>;
  /** Day-precision date value → weight (datelines count 0.3). */
  days: Map<string, number>;
  /** The same days parsed for the pair loop. */
  dayVector: DayVector;
  /** The estimated event date, parsed for the pair loop; null when unknown. */
  eventDay: ParsedDay | null;
  /** Its language (as `analysis.lang`), for the pair loop. */
  lang: string;
  /** When its event happened, at the precision the text or page gives; null when it says nothing. */
  span: TimeSpan | null;
  /** Tokens of its text (as `analysis.tokens`). */
  tokens: number;
  /** Documents it stands for: 1 (a pooled group of documents has more, see similarity/pooledSide.ts). */
  size: number;
}

/**
 * Character n-grams found in more than this share of the documents (and in more than
 * COMMON_NGRAM_MIN_DOCUMENTS) are dropped from the n-gram vectors, as scikit-learn's `max_df`
 * drops corpus-specific stop words: they are the grams of function words and affixes that every
 * text shares (`_the`, `tion`, `ment`), carry no event evidence, and made up two thirds of the
 * n-gram entries — and of the pair-scoring time and vector memory — on the 10k benchmark corpus.
 */
export const COMMON_NGRAM_SHARE = 0.1;
export const COMMON_NGRAM_MIN_DOCUMENTS = 100;

/** The document frequency above which an n-gram is too common to keep. */
export function commonNgramCutoff(documents: number): number {
  return Math.max(COMMON_NGRAM_MIN_DOCUMENTS, Math.floor(COMMON_NGRAM_SHARE * documents));
}

export function emptyModel(): CollectionModel {
  const space = (size?: number): FeatureSpace => ({ vocab: new Vocabulary(), df: new DocumentFrequencies(size) });
  return { words: space(), ngrams: space(NGRAM_BUCKETS), entities: space(), numbers: space(), names: new NameMatcher(), entitySurfaces: new Map(), wordSurfaces: [] };
}

/** Counts, per name token, the documents that write it. */
function countNameTokens(frequency: Map<string, number>, analysis: DocumentAnalysis): void {
  for (const token of new Set(analysis.entities.flatMap((e) => e.tokens))) frequency.set(token, (frequency.get(token) ?? 0) + 1);
}

/** Registers name tokens most frequent first (ties by spelling), so results do not depend on input order. */
export function registerByFrequency(model: CollectionModel, frequency: ReadonlyMap<string, number>): void {
  const ordered = [...frequency].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  for (const [token] of ordered) model.names.add(token);
}

export function registerNames(model: CollectionModel, analyses: readonly DocumentAnalysis[]): void {
  const frequency = new Map<string, number>();
  for (const a of analyses) countNameTokens(frequency, a);
  registerByFrequency(model, frequency);
}

export function entityCounts(model: CollectionModel, entities: readonly RawEntity[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entity of entities) countMention(model, counts, entity.tokens.map((t) => model.names.get(t)).join(' '), entity.surface);
  return counts;
}

/** Counts one mention of the entity `key` in a document, and its spelling `surface` in the collection. */
export function countMention(model: CollectionModel, counts: Map<string, number>, key: string, surface: string): void {
  if (key.length === 0) return;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  const surfaces = model.entitySurfaces.get(key);
  if (surfaces === undefined) model.entitySurfaces.set(key, [surface, 1]);
  else {
    const at = surfaces.indexOf(surface);
    if (at >= 0 && at % 2 === 0) surfaces[at + 1] = (surfaces[at + 1] as number) + 1;
    else surfaces.push(surface, 1);
  }
}

/** A document's counts in one feature space: sorted unique term ids and their counts. */
export interface TermCounts {
  ids: Int32Array;
  counts: Int32Array;
}

/** Above this many terms, `intern` sorts an index instead of inserting in place. */
const INSERTION_SORT_MAX = 64;

/**
 * Interns terms (`onTerm` sees each term's id and spelling) and sorts them by id. Distinct terms
 * have distinct ids. A document has a few dozen entities or numbers: they are sorted by insertion
 * as they come, with no map from id to count (a million documents' worth of maps in a batch).
 */
function intern(space: FeatureSpace, counts: ReadonlyMap<string, number>, prefix = '', onTerm?: (id: number, term: string) => void): TermCounts {
  const ids = new Int32Array(counts.size);
  const values = new Int32Array(counts.size);
  let k = 0;
  for (const [term, count] of counts) {
    const id = space.vocab.id(prefix + term);
    onTerm?.(id, term);
    ids[k] = id;
    values[k++] = count;
  }
  if (k <= INSERTION_SORT_MAX) {
    for (let i = 1; i < k; i++) {
      const id = ids[i] as number;
      const value = values[i] as number;
      let j = i;
      for (; j > 0 && (ids[j - 1] as number) > id; j--) {
        ids[j] = ids[j - 1] as number;
        values[j] = values[j - 1] as number;
      }
      ids[j] = id;
      values[j] = value;
    }
    return { ids, counts: values };
  }
  const order = Array.from({ length: k }, (_, i) => i).sort((x, y) => (ids[x] as number) - (ids[y] as number));
  return { ids: Int32Array.from(order, (i) => ids[i] as number), counts: Int32Array.from(order, (i) => values[i] as number) };
}

export interface Interned {
  words: TermCounts;
  entities: TermCounts;
  numbers: TermCounts;
  entityCounts: Map<string, number>;
}

/** Interns a document's words and numbers, counts them (and its n-grams) in the document frequencies. */
function internTerms(model: CollectionModel, analysis: DocumentAnalysis): Pick<Interned, 'words' | 'numbers'> {
  const words = intern(model.words, analysis.words, `${analysis.lang}:`, (id, stem) => {
    if (id >= model.wordSurfaces.length) model.wordSurfaces[id] = analysis.wordSurface.get(stem) ?? stem;
  });
  const numbers = internNumbers(model, analysis);
  countTerms(model, analysis, words, numbers);
  return { words, numbers };
}

export function internNumbers(model: CollectionModel, analysis: Pick<DocumentAnalysis, 'numbers'>): TermCounts {
  return intern(model.numbers, new Map(analysis.numbers.map((n) => [n.key, n.count])));
}

/** Counts a document's words, n-grams and numbers in the document frequencies. */
export function countTerms(model: CollectionModel, analysis: Pick<DocumentAnalysis, 'lang' | 'ngrams'>, words: TermCounts, numbers: TermCounts): void {
  model.words.df.addDocument(words.ids, analysis.lang);
  model.ngrams.df.addDocument(analysis.ngrams.ids); // hashed ids: no vocabulary
  model.numbers.df.addDocument(numbers.ids);
}

export type EntityTerms = Pick<Interned, 'entities' | 'entityCounts'>;

/** Interns a document's entity counts (`entityCounts`: keys are canonical names, registered beforehand) and counts them in the document frequencies. */
export function internEntities(model: CollectionModel, counts: Map<string, number>): EntityTerms {
  const entities = intern(model.entities, counts);
  model.entities.df.addDocument(entities.ids);
  return { entities, entityCounts: counts };
}

/** Interns one document's terms and counts them in the document frequencies (names registered beforehand). */
export function addToModel(model: CollectionModel, analysis: DocumentAnalysis): Interned {
  return { ...internEntities(model, entityCounts(model, analysis.entities)), ...internTerms(model, analysis) };
}

/**
 * A document's features; `days`, its day dates and weights, when already worked out (`dayWeights`
 * of its dates); `slab`, where to put the vectors when they will live and die with a whole batch;
 * `built`, its word and n-gram vectors when already built (parallel/vectorsInParallel.ts, which
 * also reserves `slab`, room for the others beside them).
 */
export function vectorize(model: CollectionModel, analysis: DocumentAnalysis, interned: Interned, days = dayWeights(analysis.dates), slab?: Space, built?: Pick<DocumentFeatures, 'words' | 'ngrams'>): DocumentFeatures {
  const vector = (space: FeatureSpace, counts: TermCounts, population = '', maxDf?: number) =>
    counts.ids.length === 0 ? EMPTY_VECTOR : tfidfFromSorted(counts.ids, counts.counts, space.df, population, maxDf, slab);
  return {
    id: analysis.id,
    analysis,
    words: built?.words ?? vector(model.words, interned.words, analysis.lang),
    ngrams: built?.ngrams ?? vector(model.ngrams, analysis.ngrams, '', commonNgramCutoff(model.ngrams.df.population.get('') ?? 0)),
    entities: vector(model.entities, interned.entities),
    numbers: vector(model.numbers, interned.numbers),
    entityCounts: interned.entityCounts,
    days,
    dayVector: dayVector(days),
    eventDay: analysis.eventDate === null ? null : parsedDay(analysis.eventDate),
    lang: analysis.lang,
    span: analysis.eventSpan,
    tokens: analysis.tokens,
    size: 1,
  };
}
