import { isShared, type Slab, type Space } from '../storage/slab.js';
import { EMPTY_VECTOR, type SparseVector } from '../features/sparse.js';
import { idfTableOf, keptTerms, tfidfSpace, writeTfidf, type DocumentFrequencies } from '../features/tfidf.js';
import { blockQueue, helperCopy, helperCount, runBlocks, type BlockPlan, type BlockQueue } from './blocks.js';

/** From this many documents, a batch's word and n-gram vectors are built on a helper thread. */
export const PARALLEL_VECTORS_FROM = 10_000;
/** Documents a thread takes per claim of the shared block counter. */
export const VECTOR_BLOCK = 1_024;

/** Helper threads for the vectors of `documents` documents given the `workers` option; 0 = this thread alone. */
export function vectorHelpers(option: 'auto' | number, documents: number): number {
  return helperCount(option, documents >= PARALLEL_VECTORS_FROM);
}

/** A document's word and n-gram counts (sorted unique ids and their counts) and its language. */
export interface VectorInput {
  lang: string;
  words: { ids: Int32Array; counts: Int32Array };
  ngrams: { ids: Int32Array; counts: Int32Array };
  /** Bytes to set aside right after its vectors, for the caller's other vectors of the document (default 0). */
  room?: number;
}

/** Typed arrays per document in `layout`: word ids, word counts, n-gram ids, n-gram counts, word vector, n-gram vector. */
const ARRAYS = 6;
/** Per array: segment, byte offset, length (for a vector: values at the offset, then ids; length 0 = empty). */
const SLOT = 3;

/** What a vector helper is given (parallel/pairsWorker.ts): views of every array by (segment, offset, length). */
export interface VectorsTask {
  task: 'vectors';
  segments: SharedArrayBuffer[];
  layout: Int32Array;
  /** Document frequencies by term id (copies in shared memory), and the population each vector's idf is over. */
  wordDf: Int32Array;
  ngramDf: Int32Array;
  wordPopulation: Int32Array;
  ngramPopulation: number;
  /** N-grams in more documents than this are left out (features/collection.ts, commonNgramCutoff). */
  maxDf: number;
  block: number;
  queue: BlockQueue;
}

/**
 * The word and n-gram TF-IDF vectors of a batch (`tfidfFromSorted`'s, bit for bit: the same
 * `writeTfidf` on the same numbers), built on `helpers` worker threads while this thread does
 * `plan.first` (the batch's names and entities), then joins them on what is left. They are most of
 * the work of finishing a batch, and need only the document frequencies, complete by then.
 *
 * The counts must be in shared memory (the collection builder's term slab and the analysis
 * workers' kept buffers, when the batch asks for it), and so must `slab`, where the vectors go:
 * this thread lays them out (each document's `room` reserved after them: `rooms`), the threads
 * fill them in place. Returns undefined, before doing
 * anything, when some input is not shared: the caller then builds the vectors itself.
 */
export function vectorsInParallel(inputs: readonly VectorInput[], words: DocumentFrequencies, ngrams: DocumentFrequencies, maxDf: number, slab: Slab, plan: BlockPlan & { first: () => void }, block = VECTOR_BLOCK): { words: SparseVector[]; ngrams: SparseVector[]; rooms: Space[] } | undefined {
  const n = inputs.length;
  const segments: SharedArrayBuffer[] = [];
  const segmentOf = new Map<SharedArrayBuffer, number>();
  const layout = new Int32Array(new SharedArrayBuffer(n * ARRAYS * SLOT * Int32Array.BYTES_PER_ELEMENT));
  const place = (array: Int32Array | Float64Array, at: number): boolean => {
    const buffer = array.buffer;
    if (!isShared(buffer)) return array.length === 0;
    let segment = segmentOf.get(buffer);
    if (segment === undefined) segmentOf.set(buffer, (segment = segments.push(buffer) - 1));
    layout[at] = segment;
    layout[at + 1] = array.byteOffset;
    layout[at + 2] = array.length;
    return true;
  };
  for (let d = 0; d < n; d++) {
    const { words: w, ngrams: g } = inputs[d] as VectorInput;
    const at = d * ARRAYS * SLOT;
    if (!(place(w.ids, at) && place(w.counts, at + SLOT) && place(g.ids, at + 2 * SLOT) && place(g.counts, at + 3 * SLOT))) return undefined;
  }
  if (!slab.shared) return undefined;
  // The vectors are laid out here, in document order, so that they sit where `tfidfFromSorted`
  // would have put them, each sized by the same count of kept terms.
  const out = { words: new Array<SparseVector>(n), ngrams: new Array<SparseVector>(n), rooms: new Array<Space>(n) };
  const wordPopulation = new Int32Array(new SharedArrayBuffer(n * Int32Array.BYTES_PER_ELEMENT));
  for (let d = 0; d < n; d++) {
    const { lang, words: w, ngrams: g } = inputs[d] as VectorInput;
    const at = d * ARRAYS * SLOT;
    wordPopulation[d] = words.population.get(lang) ?? 0;
    out.words[d] = w.ids.length === 0 ? EMPTY_VECTOR : tfidfSpace(w.ids.length, slab);
    out.ngrams[d] = g.ids.length === 0 ? EMPTY_VECTOR : tfidfSpace(keptTerms(g.ids, ngrams.table, maxDf), slab);
    out.rooms[d] = slab.reserve(inputs[d]?.room ?? 0);
    placeVector(out.words[d] as SparseVector, at + 4 * SLOT);
    placeVector(out.ngrams[d] as SparseVector, at + 5 * SLOT);
  }
  function placeVector(vector: SparseVector, at: number): void {
    if (vector.val.length > 0) place(vector.val, at);
  }
  const copy = (array: Int32Array) => helperCopy(array, true);
  const task: VectorsTask = { task: 'vectors', segments, layout, wordDf: copy(words.table), ngramDf: copy(ngrams.table), wordPopulation, ngramPopulation: ngrams.population.get('') ?? 0, maxDf, block, queue: blockQueue(Math.ceil(n / block)) };
  runBlocks(task.queue, { ...task }, plan, vectorJob(task));
  return out;
}

/** Fills the vectors of block k of a task: what every thread runs (this one included, through its own views). */
export function vectorJob(task: Omit<VectorsTask, 'queue'>): (k: number) => void {
  const { segments, layout, wordDf, ngramDf, wordPopulation, ngramPopulation, maxDf, block } = task;
  const idfs = new Map<number, (df: number) => number>();
  const idfOf = (population: number) => {
    let idf = idfs.get(population);
    if (idf === undefined) idfs.set(population, (idf = idfTableOf(population)));
    return idf;
  };
  const ints = (at: number) => new Int32Array(segments[layout[at] as number] as SharedArrayBuffer, layout[at + 1] as number, layout[at + 2] as number);
  const vector = (at: number): SparseVector => {
    const buffer = segments[layout[at] as number] as SharedArrayBuffer;
    const offset = layout[at + 1] as number;
    const length = layout[at + 2] as number;
    return { val: new Float64Array(buffer, offset, length), idx: new Int32Array(buffer, offset + length * Float64Array.BYTES_PER_ELEMENT, length) };
  };
  const documents = layout.length / (ARRAYS * SLOT);
  return (k) => {
    for (let d = k * block; d < Math.min(documents, (k + 1) * block); d++) {
      const at = d * ARRAYS * SLOT;
      if ((layout[at + 2] as number) > 0) writeTfidf(ints(at), ints(at + SLOT), wordDf, idfOf(wordPopulation[d] as number), Number.POSITIVE_INFINITY, vector(at + 4 * SLOT));
      if ((layout[at + 2 * SLOT + 2] as number) > 0) writeTfidf(ints(at + 2 * SLOT), ints(at + 3 * SLOT), ngramDf, idfOf(ngramPopulation), maxDf, vector(at + 5 * SLOT));
    }
  };
}
