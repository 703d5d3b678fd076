import type { ParsedDay } from '../features/calendar.js';
import { SharedVectorStore } from '../features/sharedVectors.js';
import { EMPTY_VECTOR, type SparseVector } from '../features/sparse.js';
import type { PairFeatures } from './signals.js';

const SPACES = ['words', 'ngrams', 'entities', 'numbers'] as const;
/** Per document and space: segment, byte offset of the values, length. */
const SLOTS = 3;

/**
 * The pair-scoring features of a collection in a form another thread can take in one message
 * without copying the vectors: those stay in the shared segments they were built in
 * (features/sharedVectors.ts), located by segment, byte offset and length; dates and languages
 * (small) are copied. `pairFeaturesFrom` rebuilds documents that score exactly as the originals.
 */
export interface SharedPairFeatures {
  segments: SharedArrayBuffer[];
  /** Document d, space s (words, ngrams, entities, numbers): entries at (d · 4 + s) · 3; length 0 = empty. */
  vectors: Float64Array;
  langs: string[];
  /** Document d's dated days are dayStart[d] … dayStart[d + 1] − 1 of the next three columns. */
  dayStart: Int32Array;
  dayAbs: Float64Array;
  dayMd: Float64Array;
  dayWeight: Float64Array;
  dayNorm: Float64Array;
  /** The estimated event date (abs, md), or NaN in eventMd when there is none. */
  eventAbs: Float64Array;
  eventMd: Float64Array;
}

/**
 * The collection's pair features for other threads. Vectors already in shared memory are located
 * where they are; any other is first copied into shared segments (`SharedVectorStore`), which
 * live as long as the returned object or a thread reading it.
 */
export function sharePairFeatures(features: readonly PairFeatures[]): SharedPairFeatures {
  const n = features.length;
  const segments: SharedArrayBuffer[] = [];
  const segmentOf = new Map<SharedArrayBuffer, number>();
  const copies = new SharedVectorStore();
  const vectors = new Float64Array(n * SPACES.length * SLOTS);
  let days = 0;
  for (const f of features) days += f.dayVector.days.length;
  const shared: SharedPairFeatures = {
    segments,
    vectors,
    langs: features.map((f) => f.analysis.lang),
    dayStart: new Int32Array(n + 1),
    dayAbs: new Float64Array(days),
    dayMd: new Float64Array(days),
    dayWeight: new Float64Array(days),
    dayNorm: new Float64Array(n),
    eventAbs: new Float64Array(n),
    eventMd: new Float64Array(n),
  };
  for (let d = 0, day = 0; d < n; d++) {
    const f = features[d] as PairFeatures;
    for (let s = 0; s < SPACES.length; s++) {
      let vector = f[SPACES[s] as (typeof SPACES)[number]];
      if (vector.idx.length === 0) continue; // length 0 stands for the empty vector
      if (!isShared(vector)) vector = copyInto(copies, vector);
      const buffer = vector.val.buffer as SharedArrayBuffer;
      let segment = segmentOf.get(buffer);
      if (segment === undefined) {
        segmentOf.set(buffer, (segment = segments.length));
        segments.push(buffer);
      }
      const at = (d * SPACES.length + s) * SLOTS;
      vectors[at] = segment;
      vectors[at + 1] = vector.val.byteOffset;
      vectors[at + 2] = vector.val.length;
    }
    const { days: parsed, w, norm } = f.dayVector;
    for (let k = 0; k < parsed.length; k++, day++) {
      shared.dayAbs[day] = (parsed[k] as ParsedDay).abs;
      shared.dayMd[day] = (parsed[k] as ParsedDay).md;
      shared.dayWeight[day] = w[k] as number;
    }
    shared.dayStart[d + 1] = day;
    shared.dayNorm[d] = norm;
    shared.eventAbs[d] = f.eventDay?.abs ?? Number.NaN;
    shared.eventMd[d] = f.eventDay?.md ?? Number.NaN;
  }
  return shared;
}

/** Values then ids in one shared buffer, as SharedVectorStore lays them out. */
function isShared(vector: SparseVector): boolean {
  const buffer = vector.val.buffer;
  return buffer instanceof SharedArrayBuffer && vector.idx.buffer === buffer && vector.idx.byteOffset === vector.val.byteOffset + vector.val.byteLength;
}

function copyInto(store: SharedVectorStore, vector: SparseVector): SparseVector {
  const copy = store.allocate(vector.idx.length);
  copy.idx.set(vector.idx);
  copy.val.set(vector.val);
  return copy;
}

/** The documents of `sharePairFeatures`, rebuilt in this thread over the shared vectors (views, no copy). */
export function pairFeaturesFrom(shared: SharedPairFeatures): PairFeatures[] {
  const n = shared.langs.length;
  const out: PairFeatures[] = [];
  for (let d = 0; d < n; d++) {
    const vector = (s: number): SparseVector => {
      const at = (d * SPACES.length + s) * SLOTS;
      const length = shared.vectors[at + 2] as number;
      if (length === 0) return EMPTY_VECTOR;
      const buffer = shared.segments[shared.vectors[at] as number] as SharedArrayBuffer;
      const offset = shared.vectors[at + 1] as number;
      return { val: new Float64Array(buffer, offset, length), idx: new Int32Array(buffer, offset + length * Float64Array.BYTES_PER_ELEMENT, length) };
    };
    const from = shared.dayStart[d] as number;
    const to = shared.dayStart[d + 1] as number;
    const days: ParsedDay[] = [];
    for (let k = from; k < to; k++) days.push({ abs: shared.dayAbs[k] as number, md: shared.dayMd[k] as number });
    const eventMd = shared.eventMd[d] as number;
    out.push({
      analysis: { lang: shared.langs[d] as string },
      words: vector(0),
      ngrams: vector(1),
      entities: vector(2),
      numbers: vector(3),
      dayVector: { days, w: shared.dayWeight.slice(from, to), norm: shared.dayNorm[d] as number },
      eventDay: Number.isNaN(eventMd) ? null : { abs: shared.eventAbs[d] as number, md: eventMd },
    });
  }
  return out;
}
