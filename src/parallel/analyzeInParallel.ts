import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { ClusteringError } from '../errors.js';
import type { DocumentAnalysis, PreparedDocument } from '../features/analyzeDocument.js';
import { LANGUAGES } from '../languages/index.js';
import type { LanguageProfile } from '../languages/types.js';

/** Below this many documents, starting workers costs more than it saves. */
export const PARALLEL_FROM = 2_000;
const MAX_AUTO_WORKERS = 4;
const WAIT_SLICE_MS = 1_000;

/** Workers to use for `documents` documents given the `workers` option; 0 means in this thread. */
export function workerCount(option: 'auto' | number, documents: number, profiles: ReadonlyMap<string, LanguageProfile>): number {
  // Language profiles hold functions and cannot cross threads: only built-in ones are rebuilt there.
  const builtIn = [...profiles].every(([code, profile]) => LANGUAGES.get(code) === profile);
  if (!builtIn || documents < 2 || workerUrl() === null) return 0;
  if (option === 'auto') return documents >= PARALLEL_FROM ? Math.min(MAX_AUTO_WORKERS, availableParallelism()) : 0;
  return Math.min(option, documents);
}

/**
 * The worker module: dist/worker.js next to the bundle. From source (tests, tsx) the built
 * dist/worker.js is used too: TypeScript workers would need a loader thread, which cannot run
 * while this thread blocks. Null when there is none (run in this thread instead).
 */
function workerUrl(): URL | null {
  const here = import.meta.url;
  const url = here.endsWith('.ts') ? new URL('../../dist/worker.js', here) : new URL('./worker.js', here);
  return existsSync(url) ? url : null;
}

/**
 * Starts the worker module from a tiny CommonJS bootstrap that signals the shared counter when
 * the thread ends for any reason (import failure, crash), so the blocked caller never hangs.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
let signalled = false;
const signal = () => { if (!signalled) { signalled = true; Atomics.add(workerData.counter, 0, 1); Atomics.notify(workerData.counter, 0); } };
process.on('exit', signal);
workerData.signal = signal;
import(workerData.url).catch(() => signal());
`;

/**
 * Analyses documents on `count` worker threads and returns the analyses in input order. It blocks
 * the calling thread (Atomics.wait on a shared counter, then synchronous reads of the reply
 * ports), so that `clusterDocuments` stays a synchronous function.
 */
export function analyzeInParallel(documents: readonly PreparedDocument[], languages: readonly string[], referenceDate: string, count: number): DocumentAnalysis[] {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const url = workerUrl();
  if (url === null) throw new ClusteringError('INVALID_STATE', 'the worker module dist/worker.js is missing: run the build, or pass workers: 0');
  const size = Math.ceil(documents.length / count);
  const jobs = Array.from({ length: count }, (_, i) => {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { languages, referenceDate, counter, url: url.href } });
    const { port1, port2 } = new MessageChannel();
    worker.postMessage({ documents: documents.slice(i * size, (i + 1) * size), port: port2 }, [port2]);
    return { worker, port: port1 };
  });
  try {
    waitFor(counter, count);
    return jobs.flatMap(({ port }) => {
      const reply = receiveMessageOnPort(port)?.message as { analyses?: DocumentAnalysis[]; error?: string } | undefined;
      if (reply?.analyses === undefined) throw new ClusteringError('INVALID_STATE', `a feature-extraction worker failed: ${reply?.error ?? 'no reply'}`);
      return reply.analyses;
    });
  } finally {
    for (const { worker, port } of jobs) {
      port.close();
      void worker.terminate();
    }
  }
}

/** Blocks until every worker has signalled (each does, on success, failure or exit). */
function waitFor(counter: Int32Array, expected: number): void {
  for (let seen = Atomics.load(counter, 0); seen < expected; seen = Atomics.load(counter, 0)) Atomics.wait(counter, 0, seen, WAIT_SLICE_MS);
}
