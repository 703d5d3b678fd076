import type { ParsedDay } from '../features/calendar.js';
import { arrayBuffer, isShared } from './slab.js';
import { EMPTY_VECTOR, type SparseVector } from '../features/sparse.js';
import type { DatePrecision } from '../types.js';
import type { PairFeatures } from '../similarity/signals.js';

const SPACES = ['words', 'ngrams', 'entities', 'numbers'] as const;
/** Per document and space: segment, byte offset of the values, length. */
const SLOTS = 3;

/**
 * The pair-scoring features of a collection in a form other threads can take in one message: the
 * vectors copied side by side into large segments (values, then ids, of each), located by
 * segment, byte offset and length; dates and languages in columns. The segments are shared
 * memory for several helper threads, or plain buffers to transfer to a single one (which then
 * owns them: they are freed when it ends, not at some later collection of this thread's heap).
 * `pairFeaturesFrom` rebuilds documents that score exactly as the originals.
 */
export interface SharedPairFeatures {
  segments: (ArrayBuffer | SharedArrayBuffer)[];
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
  /** The event span's first and last day and precision (SPAN_PRECISIONS index; −1: no span). */
  spanStart: Float64Array;
  spanEnd: Float64Array;
  spanPrecision: Int8Array;
  tokens: Int32Array;
}

const SPAN_PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year'];

/** Segment sizes: the first small (a batch of ten documents needs no 32 MB), each next twice the last. */
const FIRST_SEGMENT_BYTES = 64 * 1024;
const MAX_SEGMENT_BYTES = 32 * 1024 * 1024;
const ENTRY_BYTES = Float64Array.BYTES_PER_ELEMENT + Int32Array.BYTES_PER_ELEMENT;

/**
 * The collection's pair features for other threads, in `shared` memory or in plain buffers to
 * transfer. Vectors that already live in shared memory (a batch's, see CollectionBuilder's
 * `sharedVectors`) are referenced, not copied, whatever `shared` says.
 */
export function sharePairFeatures(features: readonly PairFeatures[], shared = true): SharedPairFeatures {
  const n = features.length;
  const segments: (ArrayBuffer | SharedArrayBuffer)[] = [];
  // The segment copies go to (its index in `segments`, −1 before the first) and its bytes used.
  let copyTo = -1;
  let used = 0;
  const vectors = new Float64Array(n * SPACES.length * SLOTS);
  let days = 0;
  for (const f of features) days += f.dayVector.days.length;
  const out: SharedPairFeatures = {
    segments,
    vectors,
    langs: features.map((f) => f.lang),
    dayStart: new Int32Array(n + 1),
    dayAbs: new Float64Array(days),
    dayMd: new Float64Array(days),
    dayWeight: new Float64Array(days),
    dayNorm: new Float64Array(n),
    eventAbs: new Float64Array(n),
    eventMd: new Float64Array(n),
    spanStart: new Float64Array(n),
    spanEnd: new Float64Array(n),
    spanPrecision: new Int8Array(n),
    tokens: new Int32Array(n),
  };
  // Vectors already in shared memory, laid out as a segment would hold them (values, then ids:
  // tfidfFromSorted over a shared Slab), are referenced where they are, not copied.
  const inPlace = new Map<SharedArrayBuffer, number>();
  for (let d = 0, day = 0; d < n; d++) {
    const f = features[d] as PairFeatures;
    for (let s = 0; s < SPACES.length; s++) {
      const vector = f[SPACES[s] as (typeof SPACES)[number]];
      const length = vector.idx.length;
      if (length === 0) continue; // length 0 stands for the empty vector
      const at = (d * SPACES.length + s) * SLOTS;
      const home = vector.val.buffer;
      if (isShared(home) && vector.idx.buffer === home && vector.idx.byteOffset === vector.val.byteOffset + length * Float64Array.BYTES_PER_ELEMENT) {
        let index = inPlace.get(home);
        if (index === undefined) {
          inPlace.set(home, (index = segments.length));
          segments.push(home);
        }
        vectors[at] = index;
        vectors[at + 1] = vector.val.byteOffset;
        vectors[at + 2] = length;
        continue;
      }
      const bytes = length * ENTRY_BYTES;
      let segment = segments[copyTo];
      if (segment === undefined || used + bytes > segment.byteLength) {
        const size = Math.max(bytes, segment === undefined ? FIRST_SEGMENT_BYTES : Math.min(MAX_SEGMENT_BYTES, 2 * segment.byteLength));
        copyTo = segments.length;
        segments.push((segment = arrayBuffer(size, shared)));
        used = 0;
      }
      new Float64Array(segment, used, length).set(vector.val);
      new Int32Array(segment, used + length * Float64Array.BYTES_PER_ELEMENT, length).set(vector.idx);
      vectors[at] = copyTo;
      vectors[at + 1] = used;
      vectors[at + 2] = length;
      used += bytes + ((8 - (bytes % 8)) % 8); // the next Float64Array must start 8-byte aligned
    }
    const { days: parsed, w, norm } = f.dayVector;
    for (let k = 0; k < parsed.length; k++, day++) {
      out.dayAbs[day] = (parsed[k] as ParsedDay).abs;
      out.dayMd[day] = (parsed[k] as ParsedDay).md;
      out.dayWeight[day] = w[k] as number;
    }
    out.dayStart[d + 1] = day;
    out.dayNorm[d] = norm;
    out.eventAbs[d] = f.eventDay?.abs ?? Number.NaN;
    out.eventMd[d] = f.eventDay?.md ?? Number.NaN;
    out.spanStart[d] = f.span?.start ?? 0;
    out.spanEnd[d] = f.span?.end ?? 0;
    out.spanPrecision[d] = f.span === null ? -1 : SPAN_PRECISIONS.indexOf(f.span.precision);
    out.tokens[d] = f.tokens;
  }
  return out;
}

/** The buffers of `sharePairFeatures(…, false)` to hand to a single helper's transfer list (no copy). */
export function transferables(features: SharedPairFeatures): ArrayBuffer[] {
  const columns = [features.vectors, features.dayStart, features.dayAbs, features.dayMd, features.dayWeight, features.dayNorm, features.eventAbs, features.eventMd, features.spanStart, features.spanEnd, features.spanPrecision, features.tokens];
  return [...features.segments, ...columns.map((c) => c.buffer)].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
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
      const buffer = shared.segments[shared.vectors[at] as number] as ArrayBuffer;
      const offset = shared.vectors[at + 1] as number;
      return { val: new Float64Array(buffer, offset, length), idx: new Int32Array(buffer, offset + length * Float64Array.BYTES_PER_ELEMENT, length) };
    };
    const from = shared.dayStart[d] as number;
    const to = shared.dayStart[d + 1] as number;
    const days: ParsedDay[] = [];
    for (let k = from; k < to; k++) days.push({ abs: shared.dayAbs[k] as number, md: shared.dayMd[k] as number });
    const eventMd = shared.eventMd[d] as number;
    const precision = shared.spanPrecision[d] as number;
    out.push({
      lang: shared.langs[d] as string,
      words: vector(0),
      ngrams: vector(1),
      entities: vector(2),
      numbers: vector(3),
      dayVector: { days, w: shared.dayWeight.slice(from, to), norm: shared.dayNorm[d] as number },
      eventDay: Number.isNaN(eventMd) ? null : { abs: shared.eventAbs[d] as number, md: eventMd },
      span: precision < 0 ? null : { start: shared.spanStart[d] as number, end: shared.spanEnd[d] as number, precision: SPAN_PRECISIONS[precision] as DatePrecision },
      tokens: shared.tokens[d] as number,
      size: 1,
    });
  }
  return out;
}
