import type { DocumentAnalysis } from './analyzeDocument.js';
import type { RawEntity } from './entities.js';
import { dayVector, type DayVector } from '../similarity/dateOverlap.js';
import { dayWeights } from './eventDate.js';
import { parsedDay, type ParsedDay } from './calendar.js';
import { NameMatcher } from './nameMatcher.js';
import { packChunk, packedNameTokens, TermUnpacker, unpackDays, unpackStrings, type AnalysisHead, type PackedChunk, type PackedDays, type PackedEntities } from './packedAnalyses.js';
import { grown, Slab, type Space } from './slab.js';
import { EMPTY_VECTOR, type SparseVector } from './sparse.js';
import { NGRAM_BUCKETS } from './ngrams.js';
import type { TimeSpan } from './timeSpan.js';
import { DocumentFrequencies, tfidfFromSorted, Vocabulary } from './tfidf.js';
import { vectorsInParallel } from '../parallel/vectorsInParallel.js';

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
  /** Documents it stands for: 1 (a pooled group of documents has more, see similarity/pooled.ts). */
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
function registerByFrequency(model: CollectionModel, frequency: ReadonlyMap<string, number>): void {
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

/**
 * `entityCounts` of packed entities, read in place: a batch of 100k documents has millions of
 * mentions, and unpacking each into an object with its token array was garbage to collect.
 */
function packedEntityCounts(model: CollectionModel, packed: PackedEntities): Map<string, number> {
  const strings = unpackStrings(packed.strings);
  const counts = new Map<string, number>();
  for (let i = 0, at = 0; i < packed.layout.length; i += 2) {
    const surface = strings[at++] as string;
    // The key built as a string (`join(' ')` of the canonical names): most keys are one name,
    // which then costs nothing, where a scratch array emptied per mention re-grew its storage.
    let key = '';
    for (let k = 0, tokens = packed.layout[i + 1] as number; k < tokens; k++) {
      const name = model.names.get(strings[at++] as string);
      key = k === 0 ? name : `${key} ${name}`;
    }
    countMention(model, counts, key, surface);
  }
  return counts;
}

/** Counts one mention of the entity `key` in a document, and its spelling `surface` in the collection. */
function countMention(model: CollectionModel, counts: Map<string, number>, key: string, surface: string): void {
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

function internNumbers(model: CollectionModel, analysis: Pick<DocumentAnalysis, 'numbers'>): TermCounts {
  return intern(model.numbers, new Map(analysis.numbers.map((n) => [n.key, n.count])));
}

/** Counts a document's words, n-grams and numbers in the document frequencies. */
function countTerms(model: CollectionModel, analysis: Pick<DocumentAnalysis, 'lang' | 'ngrams'>, words: TermCounts, numbers: TermCounts): void {
  model.words.df.addDocument(words.ids, analysis.lang);
  model.ngrams.df.addDocument(analysis.ngrams.ids); // hashed ids: no vocabulary
  model.numbers.df.addDocument(numbers.ids);
}

type EntityTerms = Pick<Interned, 'entities' | 'entityCounts'>;

/** Interns a document's entity counts (`entityCounts`: keys are canonical names, registered beforehand) and counts them in the document frequencies. */
function internEntities(model: CollectionModel, counts: Map<string, number>): EntityTerms {
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

/**
 * The term maps of a finished batch's analyses, in vectors now: one empty map shared by every
 * document instead of two each (200k maps at 100k documents). Nothing writes to them.
 */
const NO_WORDS: Map<string, number> = new Map();
const NO_SURFACES: Map<string, string> = new Map();

/** A document between the builder's two passes. */
interface PendingDocument {
  head: AnalysisHead;
  days: PackedDays;
  entities: PackedEntities;
  terms: Pick<Interned, 'words' | 'numbers'>;
}

/** Documents packed at a time when the builder is given analyses one by one. */
const PACK_CHUNK = 250;

/**
 * Fits the collection statistics and builds every document's features, in two passes over the
 * documents in id order. Pass one takes them in packed chunks (features/packedAnalyses.ts: the
 * form worker threads send) as they arrive: each distinct stem of a chunk is interned once, words
 * and numbers are counted, and the analysis' term maps are never rebuilt. `finish` registers the
 * names (most frequent first: that needs every document), interns the entities, then builds the
 * vectors — once every document is counted, so that no vector reads a partial IDF. Each feature
 * keeps its analysis without term maps, n-grams and raw entities (turned into vectors and entity
 * counts): memory for 100k documents.
 */
export interface CollectionBuilderOptions {
  /**
   * Build the vectors in shared memory, so that pair-scoring helper threads read them in place
   * rather than a copy of every vector (similarity/sharedFeatures.ts). Default false.
   */
  sharedVectors?: boolean;
  /**
   * Helper threads that build the word and n-gram vectors while this thread registers the names
   * and counts the entities (parallel/vectorsInParallel.ts). Needs `sharedVectors` and chunks
   * whose kept buffers are shared (`ChunkWriter`'s `sharedKept`); otherwise, or with 0 (the
   * default), this thread builds them.
   */
  vectorHelpers?: number;
}

export class CollectionBuilder {
  readonly model = emptyModel();
  private readonly sharedVectors: boolean;
  private pending: PendingDocument[] = [];
  private buffered: DocumentAnalysis[] = [];
  private readonly nameTokens = new Map<string, number>();
  /** Scratch: word id → count in the document being folded in (see byWordId). */
  private countById = new Int32Array(1024);
  /** Per sender's term table: its term ids → word ids. */
  private readonly wordIds = new WeakMap<TermUnpacker, { ids: Int32Array; count: number }>();
  private readonly vectorHelpers: number;
  /** Where pass one puts each document's word ids and counts (they are let go by `finish`, in order). */
  private readonly termSlab: Slab;

  constructor(options: CollectionBuilderOptions = {}) {
    this.sharedVectors = options.sharedVectors ?? false;
    this.vectorHelpers = this.sharedVectors ? (options.vectorHelpers ?? 0) : 0;
    this.termSlab = new Slab(undefined, this.vectorHelpers > 0);
  }

  /** Takes one analysis (the next in id order). */
  add(analysis: DocumentAnalysis): void {
    this.buffered.push(analysis);
    if (this.buffered.length >= PACK_CHUNK) this.flush();
  }

  /**
   * Takes a chunk of packed analyses (the next ones in id order); `unpacker`, its sender's term
   * table once it has received the chunk (a self-contained chunk needs none).
   */
  addChunk(chunk: PackedChunk, unpacker = TermUnpacker.of(chunk)): void {
    this.flush();
    const { model } = this;
    // Word ids of the sender's terms: only the terms new in this chunk are interned.
    let known = this.wordIds.get(unpacker);
    if (known === undefined) this.wordIds.set(unpacker, (known = { ids: new Int32Array(1024), count: 0 }));
    const { terms, surfaces } = unpacker;
    const end = chunk.firstTerm + chunk.terms.ends.length;
    if (chunk.firstTerm !== known.count || terms.length < end) throw new RangeError(`chunk out of order: its terms are ${chunk.firstTerm}–${end} of its sender, ${known.count} were taken in and ${terms.length} received`);
    if (known.ids.length < end) known.ids = grown(known.ids, end);
    for (let t = known.count; t < end; t++) {
      const id = model.words.vocab.id(terms[t] as string);
      if (id >= model.wordSurfaces.length) model.wordSurfaces[id] = surfaces[t] as string;
      known.ids[t] = id;
    }
    known.count = end;
    const { ids } = known;
    if (this.countById.length < model.words.vocab.size) this.countById = new Int32Array(Math.max(model.words.vocab.size, 2 * this.countById.length));
    for (const doc of chunk.documents) {
      const words = byWordId(ids, doc.terms, doc.counts, this.countById, this.termSlab);
      const numbers = internNumbers(model, doc.head);
      countTerms(model, doc.head, words, numbers);
      for (const token of packedNameTokens(doc.entities)) this.nameTokens.set(token, (this.nameTokens.get(token) ?? 0) + 1);
      this.pending.push({ head: doc.head, days: doc.days, entities: doc.entities, terms: { words, numbers } });
    }
  }

  finish(): { model: CollectionModel; features: DocumentFeatures[] } {
    this.flush();
    const { model } = this;
    const pending: (PendingDocument | undefined)[] = this.pending;
    this.pending = [];
    let entities: (EntityTerms | undefined)[] = [];
    const countEntities = () => {
      registerByFrequency(model, this.nameTokens);
      this.nameTokens.clear();
      entities = pending.map((entry) => internEntities(model, packedEntityCounts(model, (entry as PendingDocument).entities)));
      model.names.releaseIndex(); // every name is in: the rest of a batch only looks names up
    };
    const vectors = new Slab(undefined, this.sharedVectors);
    // On helper threads, the word and n-gram vectors are built while this thread counts the
    // entities; then every document's raw counts live until all those vectors are built.
    // Otherwise each document's pass-one data is let go as soon as its vectors are built, so that
    // the raw n-gram counts (the bulk of it) never coexist with every vector.
    const built =
      this.vectorHelpers > 0
        ? vectorsInParallel(
            (pending as PendingDocument[]).map(({ head, terms, entities }) => ({ lang: head.lang, words: terms.words, ngrams: head.ngrams, room: otherVectorBytes(terms.numbers.ids.length, entities.layout.length / 2) })),
            model.words.df,
            model.ngrams.df,
            commonNgramCutoff(model.ngrams.df.population.get('') ?? 0),
            vectors,
            { helpers: this.vectorHelpers, first: countEntities },
          )
        : undefined;
    if (built === undefined) countEntities();
    const features = pending.map((entry, i): DocumentFeatures => {
      const { head, days, terms } = entry as PendingDocument;
      // The date mentions stay behind in the packed chunk: the day map (made by the analysis) is what the features need.
      const analysis: DocumentAnalysis = { ...head, dates: [], words: NO_WORDS, wordSurface: NO_SURFACES, entities: [] };
      const prebuilt = built === undefined ? undefined : { words: built.words[i] as SparseVector, ngrams: built.ngrams[i] as SparseVector };
      const f = vectorize(model, analysis, { ...terms, ...(entities[i] as EntityTerms) }, unpackDays(days), built?.rooms[i] ?? vectors, prebuilt);
      // Now in the vectors and the entity counts: explanations never read them.
      analysis.ngrams = EMPTY_NGRAMS;
      pending[i] = undefined;
      entities[i] = undefined;
      return f;
    });
    return { model, features };
  }

  private flush(): void {
    if (this.buffered.length === 0) return;
    const chunk = packChunk(this.buffered);
    this.buffered = [];
    this.addChunk(chunk);
  }
}

/**
 * Bytes a document's number and entity vectors can take at most: `numbers` terms, and at most one
 * entity per mention (`mentions`). Reserved beside its word and n-gram vectors when those are
 * built ahead on helper threads, so that a document's vectors stay side by side for pair scoring
 * (scattered, they made scoring 7% slower).
 */
function otherVectorBytes(numbers: number, mentions: number): number {
  const bytes = (terms: number) => Math.ceil((terms * (Float64Array.BYTES_PER_ELEMENT + Int32Array.BYTES_PER_ELEMENT)) / 8) * 8;
  return bytes(numbers) + bytes(mentions);
}

/**
 * A packed document's words as global word ids in ascending order with their counts: the ids are
 * unique within a document, so a native numeric sort of the ids plus a scatter/gather of the
 * counts through `countById` (one slot per word id) replaces a comparator sort of index pairs.
 */
function byWordId(chunkIds: Int32Array, terms: Int32Array, counts: Int32Array, countById: Int32Array, slab: Slab): TermCounts {
  const ids = slab.int32(terms.length);
  for (let k = 0; k < terms.length; k++) {
    const id = chunkIds[terms[k] as number] as number;
    ids[k] = id;
    countById[id] = counts[k] as number;
  }
  ids.sort();
  const sorted = slab.int32(ids.length);
  for (let k = 0; k < ids.length; k++) sorted[k] = countById[ids[k] as number] as number;
  return { ids, counts: sorted };
}

/** The two passes of `CollectionBuilder` over analyses at hand (in id order). */
export function buildFeatures(analyses: readonly DocumentAnalysis[]): { model: CollectionModel; features: DocumentFeatures[] } {
  const builder = new CollectionBuilder();
  for (const analysis of analyses) builder.add(analysis);
  return builder.finish();
}

const EMPTY_NGRAMS = Object.freeze({ ids: new Int32Array(0), counts: new Int32Array(0) });
