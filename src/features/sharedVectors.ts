/** Segment sizes: the first is small (a batch of ten documents needs no 32 MB), each next one twice the last. */
const FIRST_SEGMENT_BYTES = 64 * 1024;
const MAX_SEGMENT_BYTES = 32 * 1024 * 1024;

/**
 * An allocator of sparse vectors in shared memory: the values (`Float64Array`) and ids
 * (`Int32Array`) of each vector side by side in large `SharedArrayBuffer` segments, so that
 * worker threads can read every vector of a collection without a copy each (pair scoring copies
 * the collection's vectors here once: similarity/sharedFeatures.ts). Segments are only ever
 * appended to; a vector that does not fit in the current one opens the next.
 *
 * Batches do not build their vectors here in the first place, though that would spare the copy
 * (~0.5 s at 100k documents): V8 counts each ArrayBuffer's backing store towards the external
 * memory that prompts its major collections, and shared segments apparently not, so the batch
 * then ran its feature-building stage with no major collection at all and peaked at 4,053–4,058
 * MiB at 100k documents against 3,779 MiB with a transient copy (measured back to back).
 */
export class SharedVectorStore {
  private segment: SharedArrayBuffer | undefined;
  private used = 0;

  /** A zeroed vector of `length` entries in shared memory: values at a byte offset, ids right after. */
  allocate(length: number): { idx: Int32Array; val: Float64Array } {
    const bytes = length * (Float64Array.BYTES_PER_ELEMENT + Int32Array.BYTES_PER_ELEMENT);
    let segment = this.segment;
    if (segment === undefined || this.used + bytes > segment.byteLength) {
      const size = segment === undefined ? FIRST_SEGMENT_BYTES : Math.min(MAX_SEGMENT_BYTES, 2 * segment.byteLength);
      this.segment = segment = new SharedArrayBuffer(Math.max(size, bytes));
      this.used = 0;
    }
    const val = new Float64Array(segment, this.used, length);
    const idx = new Int32Array(segment, this.used + length * Float64Array.BYTES_PER_ELEMENT, length);
    this.used += bytes + ((8 - (bytes % 8)) % 8); // the next Float64Array must start 8-byte aligned
    return { idx, val };
  }
}
