/**
 * Building a collection's features as a batch, in the memory layout a large batch needs: analyses
 * taken in as packed chunks (the form worker threads send), pass-one counts in a slab, vectors in
 * shared memory for helper threads. What the features are — the collection model, interning,
 * vectors — is features/collection.ts; this file is how they are assembled and stored.
 */
import type { DocumentAnalysis } from '../features/analyzeDocument.js';
import { commonNgramCutoff, countMention, countTerms, emptyModel, internEntities, internNumbers, registerByFrequency, vectorize, type CollectionModel, type DocumentFeatures, type EntityTerms, type Interned, type TermCounts } from '../features/collection.js';
import type { SparseVector } from '../features/sparse.js';
import { EMPTY_VECTOR } from '../features/sparse.js';
import { vectorsInParallel } from '../parallel/vectorsInParallel.js';
import { packChunk, packedNameTokens, TermUnpacker, unpackDays, unpackStrings, type AnalysisHead, type PackedChunk, type PackedDays, type PackedEntities } from './packedAnalyses.js';
import { grown, Slab } from './slab.js';

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
 * documents in id order. Pass one takes them in packed chunks (storage/packedAnalyses.ts: the
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
   * rather than a copy of every vector (storage/sharedFeatures.ts). Default false.
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
