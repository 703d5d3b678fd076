/** Where small arrays are carved from: a slab, or a region reserved in one (`Slab.reserve`). */
export interface Space {
  /** A buffer and a byte offset (a multiple of 8) with `bytes` free from there. */
  take(bytes: number): { buffer: ArrayBuffer | SharedArrayBuffer; offset: number };
}

/**
 * Room for many small typed arrays in a few large buffers. Every `ArrayBuffer` costs ~200 bytes
 * of its own (the JS object, its backing-store record and allocation) and is swept one by one by
 * the garbage collector; a 100k-document batch made a million of them for its vectors alone.
 * Arrays carved from a slab live as long as their slab: use it for arrays that live and die
 * together (a batch's vectors), not for ones let go one by one.
 */
export class Slab implements Space {
  private buffer: ArrayBuffer | SharedArrayBuffer | null = null;
  private used = 0;

  /**
   * `size`: bytes per slab buffer; requests over a quarter of it get a buffer of their own.
   * `shared`: SharedArrayBuffers, which helper threads read in place (the batch's vectors when
   * pair scoring runs on helpers: see storage/sharedFeatures.ts) instead of a copy of them all.
   */
  constructor(private readonly size = 4 * 2 ** 20, readonly shared = false) {}

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

  /**
   * `bytes` of this slab set aside now, handed out later by the space returned (past them, it
   * takes from the slab itself): arrays made at different times that should sit side by side.
   */
  reserve(bytes: number): Space {
    const region = this.take(bytes);
    let used = 0;
    return {
      take: (wanted) => {
        const rounded = Math.ceil(wanted / 8) * 8;
        if (used + rounded > bytes) return this.take(wanted);
        const offset = region.offset + used;
        used += rounded;
        return { buffer: region.buffer, offset };
      },
    };
  }

  private allocate(bytes: number): ArrayBuffer | SharedArrayBuffer {
    return arrayBuffer(bytes, this.shared);
  }

  int32(length: number): Int32Array {
    const { buffer, offset } = this.take(length * Int32Array.BYTES_PER_ELEMENT);
    return new Int32Array(buffer, offset, length);
  }
}

/** A copy of `array` with room for at least `size` elements: at least doubled (and 1024), so that growing one element at a time stays linear. */
export function grown<T extends Int32Array | Float64Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (size: number) => T)(Math.max(size, 2 * array.length, 1024));
  bigger.set(array);
  return bigger;
}

/** A new zeroed buffer of `bytes`: shared memory (which other threads can read in place) when `shared`. */
export function arrayBuffer(bytes: number, shared: boolean): ArrayBuffer | SharedArrayBuffer {
  return shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}

/**
 * Whether `buffer` is shared memory, whatever realm made it (`instanceof SharedArrayBuffer` is
 * false for one that came from another context, e.g. a message read inside a vm context).
 */
export function isShared(buffer: ArrayBufferLike): buffer is SharedArrayBuffer {
  return Object.prototype.toString.call(buffer) === '[object SharedArrayBuffer]';
}
