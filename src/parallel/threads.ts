import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** Threads `workers: 'auto'` puts to work on a large input: the cores, up to four. */
export function autoThreads(): number {
  return Math.min(4, availableParallelism());
}

/** Longest single wait of a blocked caller before it looks at the counter again (a missed wake-up costs no more). */
export const WAIT_SLICE_MS = 1_000;

/**
 * A worker module of the bundle: dist/<name>.js next to it. From source (tests, tsx) the built
 * dist/<name>.js is used too: TypeScript workers would need a loader thread, which cannot run
 * while this thread blocks. Null when there is none (work in this thread instead).
 */
export function workerUrl(name: 'worker' | 'pairsWorker'): URL | null {
  const here = import.meta.url;
  const url = here.endsWith('.ts') ? new URL(`../../dist/${name}.js`, here) : new URL(`./${name}.js`, here);
  return existsSync(url) ? url : null;
}

/**
 * Starts a worker module from a tiny CommonJS bootstrap that signals the shared counter when the
 * thread ends for any reason (import failure, crash), so that a caller blocked on it never hangs.
 * counter[0] counts events (`workerData.signal.event()`, or a thread ended), counter[1] threads ended.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const counter = workerData.counter;
const event = () => { Atomics.add(counter, 0, 1); Atomics.notify(counter, 0); };
let ended = false;
const end = () => { if (!ended) { ended = true; Atomics.add(counter, 1, 1); event(); } };
process.on('exit', end);
workerData.signal = { event, end };
import(workerData.url).catch(() => end());
`;

/** A shared [events, threads ended] counter for `startWorker`. */
export function workerCounter(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}

/**
 * Starts the worker module at `url` with `data` as its workerData (plus `counter`, `url` and
 * `signal`); buffers in `transferList` move to the new thread instead of being copied.
 */
export function startWorker(url: URL, counter: Int32Array, data: Record<string, unknown>, resourceLimits?: ResourceLimits, transferList: ArrayBuffer[] = []): Worker {
  return new Worker(BOOTSTRAP, { eval: true, workerData: { ...data, counter, url: url.href }, transferList, ...(resourceLimits === undefined ? {} : { resourceLimits }) });
}
