/**
 * Room for many small typed arrays in a few large buffers. Every `ArrayBuffer` costs ~200 bytes
 * of its own (the JS object, its backing-store record and allocation) and is swept one by one by
 * the garbage collector; a 100k-document batch made a million of them for its vectors alone.
 * Arrays carved from a slab live as long as their slab: use it for arrays that live and die
 * together (a batch's vectors), not for ones let go one by one.
 */
export class Slab {
  private buffer: ArrayBuffer | SharedArrayBuffer | null = null;
  private used = 0;

  /**
   * `size`: bytes per slab buffer; requests over a quarter of it get a buffer of their own.
   * `shared`: SharedArrayBuffers, which helper threads read in place (the batch's vectors when
   * pair scoring runs on helpers: see similarity/sharedFeatures.ts) instead of a copy of them all.
   */
  constructor(private readonly size = 4 * 2 ** 20, private readonly shared = false) {}

  /** A buffer and a byte offset (a multiple of 8) with `bytes` free from there. */
  take(bytes: number): { buffer: ArrayBuffer | SharedArrayBuffer; offset: number } {
    const rounded = Math.ceil(bytes / 8) * 8;
    if (rounded > this.size / 4) return { buffer: this.allocate(rounded), offset: 0 };
    if (this.buffer === null || this.used + rounded > this.size) {
      this.buffer = this.allocate(this.size);
      this.used = 0;
    }
    const offset = this.used;
    this.used += rounded;
    return { buffer: this.buffer, offset };
  }

  private allocate(bytes: number): ArrayBuffer | SharedArrayBuffer {
    return this.shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  }

  int32(length: number): Int32Array {
    const { buffer, offset } = this.take(length * Int32Array.BYTES_PER_ELEMENT);
    return new Int32Array(buffer, offset, length);
  }
}
