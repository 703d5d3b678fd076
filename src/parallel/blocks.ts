import { arrayBuffer } from '../storage/slab.js';
import { autoThreads, startWorker, WAIT_SLICE_MS, workerCounter, workerUrl } from './threads.js';

/**
 * Work split in numbered blocks that this thread and helper threads claim from a shared counter
 * until none is left, so that a slow or late thread holds up no one: `next[0]` is the next block
 * to claim, `done[block]` is set once a block is finished.
 */
export interface BlockQueue {
  next: Int32Array;
  done: Int32Array;
}

/** Helper threads for the `workers` option once the work is worth them (this thread works too): 0 = this thread alone. */
export function helperCount(option: 'auto' | number, worthIt: boolean): number {
  if (!worthIt || workerUrl('pairsWorker') === null) return 0;
  return option === 'auto' ? autoThreads() - 1 : option;
}

export function blockQueue(blocks: number): BlockQueue {
  return { next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)), done: new Int32Array(new SharedArrayBuffer(blocks * Int32Array.BYTES_PER_ELEMENT)) };
}

/** Claims and runs blocks until none is left (the loop of every thread); returns how many it ran. */
export function claimBlocks(queue: BlockQueue, run: (block: number) => void): number {
  const blocks = queue.done.length;
  let ran = 0;
  for (let block = Atomics.add(queue.next, 0, 1); block < blocks; block = Atomics.add(queue.next, 0, 1), ran++) {
    run(block);
    Atomics.store(queue.done, block, 1);
  }
  return ran;
}

/** How `runBlocks` shares the work. */
export interface BlockPlan {
  helpers: number;
  /** Whether this thread claims blocks too (tests say false, to see the helpers do all of it). */
  claim?: boolean;
  /** Other work for this thread, done once the helpers are started and before it claims blocks. */
  first?: () => void;
}

/**
 * Runs every block of `queue`: starts `plan.helpers` pairsWorker threads with `data` (the worker
 * module runs its task's `claimBlocks` loop over the same queue, then ends), claims blocks here
 * meanwhile, waits for the helpers' last blocks, and runs here any block a failed helper left
 * unfinished — so the work is always done, whatever becomes of the helpers (`plan.first`, other
 * work of this thread's, runs while the helpers start on the blocks). Blocks until then
 * (Atomics.wait), so that the callers stay synchronous. Returns how many blocks ran here.
 * `transfer`: buffers of `data` that move to the helper (one helper only: a moved buffer is gone here).
 */
export function runBlocks(queue: BlockQueue, data: Record<string, unknown>, plan: BlockPlan, run: (block: number) => void, transfer: ArrayBuffer[] = []): number {
  const url = workerUrl('pairsWorker');
  const helpers = url === null ? 0 : plan.helpers;
  if (transfer.length > 0 && helpers > 1) throw new RangeError('buffers can be transferred to one helper thread only');
  const counter = workerCounter();
  const workers = Array.from({ length: helpers }, () => startWorker(url as URL, counter, { ...data, queue }, undefined, transfer));
  let here = 0;
  try {
    plan.first?.();
    if (plan.claim !== false || helpers === 0) here += claimBlocks(queue, run);
    // Wait for the helpers' last blocks (each helper ends when no block is left, or fails)…
    for (let seen = Atomics.load(counter, 0); Atomics.load(counter, 1) < helpers && !allDone(queue.done); seen = Atomics.load(counter, 0)) {
      Atomics.wait(counter, 0, seen, WAIT_SLICE_MS);
    }
    // …and run here any block a failed helper left unfinished.
    for (let block = 0; block < queue.done.length; block++) {
      if (Atomics.load(queue.done, block) === 0) {
        run(block);
        Atomics.store(queue.done, block, 1);
        here++;
      }
    }
  } finally {
    for (const worker of workers) void worker.terminate();
  }
  return here;
}

function allDone(done: Int32Array): boolean {
  for (let block = 0; block < done.length; block++) if (Atomics.load(done, block) === 0) return false;
  return true;
}

/**
 * A copy of `array` for helper threads: in shared memory for several, in a plain buffer to
 * transfer to a single one. (Shared memory is freed only when this thread's heap is next
 * collected, and V8 does not count it towards starting a collection: at 100k documents the
 * copies for the pair stages lingered into the clustering stage and raised the peak by ~350 MB.)
 */
export function helperCopy(array: Int32Array, shared: boolean): Int32Array {
  const copy = new Int32Array(arrayBuffer(array.byteLength, shared));
  copy.set(array);
  return copy;
}
