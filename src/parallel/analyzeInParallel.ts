import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { ClusteringError } from '../errors.js';
import type { DocumentAnalysis, PreparedDocument } from '../features/analyzeDocument.js';
import { LANGUAGES } from '../languages/index.js';
import type { LanguageProfile } from '../languages/types.js';
import { TermUnpacker, unpackChunk, type PackedChunk } from '../storage/packedAnalyses.js';
import { autoThreads, startWorker, WAIT_SLICE_MS, workerCounter, workerUrl } from './threads.js';

/** Below this many documents, starting workers costs more than it saves. */
export const PARALLEL_FROM = 2_000;
/**
 * Old-generation heap limit of each worker. A worker's live data is its term cache and a chunk
 * or two (~200 MB at most); left to itself V8 lets the heap grow to three times that between
 * collections, which at 100k documents made the two workers' heaps ~1.2 GB of the process's peak.
 * With this cap, collections come sooner: analysis of 100k documents took 70–78 s either way and
 * peaked at 1.87 GB RSS instead of 2.45 GB (bench corpus, analysis alone). Chunks are bounded in
 * characters too (CHUNK_CHARS), so that huge documents cannot crowd a worker past it.
 */
const WORKER_HEAP_MB = 768;

/** Workers to use for `documents` documents given the `workers` option; 0 means in this thread. */
export function workerCount(option: 'auto' | number, documents: number, profiles: ReadonlyMap<string, LanguageProfile>): number {
  // Language profiles hold functions and cannot cross threads: only built-in ones are rebuilt there.
  const builtIn = [...profiles].every(([code, profile]) => LANGUAGES.get(code) === profile);
  if (!builtIn || documents < 2 || workerUrl('worker') === null) return 0;
  if (option === 'auto') return documents >= PARALLEL_FROM ? autoThreads() : 0;
  return Math.min(option, documents);
}

/** Documents a worker analyses and posts back at a time (at most)… */
export const CHUNK = 250;
/** …and characters of text: a chunk of 250 news articles is ~0.75M; of 250 one-megabyte pages, 250M. */
export const CHUNK_CHARS = 4_000_000;
/** Chunks sent ahead to each worker: it never waits for work, and never holds much of the input. */
const IN_FLIGHT = 2;

/** Start index of every chunk, then documents.length: CHUNK documents, fewer when their text passes CHUNK_CHARS (never none). */
export function chunkStarts(documents: readonly PreparedDocument[], maxDocuments = CHUNK, maxChars = CHUNK_CHARS): number[] {
  const starts = [0];
  let size = 0;
  let chars = 0;
  documents.forEach((doc, i) => {
    const length = doc.text.length + (doc.title?.length ?? 0);
    if (size > 0 && (size === maxDocuments || chars + length > maxChars)) {
      starts.push(i);
      size = 0;
      chars = 0;
    }
    size++;
    chars += length;
  });
  if (documents.length > 0) starts.push(documents.length);
  return starts;
}

type Reply = { chunk: PackedChunk } | { done: true } | { error: string };

/** Analyses documents on `count` worker threads and returns them in input order. */
export function analyzeInParallel(documents: readonly PreparedDocument[], languages: readonly string[], referenceDate: string, count: number): DocumentAnalysis[] {
  const analyses: DocumentAnalysis[] = [];
  streamAnalysesInParallel(documents, languages, referenceDate, count, (chunk, terms) => analyses.push(...unpackChunk(chunk, terms)));
  return analyses;
}

/**
 * Analyses documents on `count` worker threads and hands their analyses, packed a chunk at a time
 * (storage/packedAnalyses.ts), to `onChunk` in input order, as soon as a chunk and every one
 * before it have arrived, with the term table of the worker that sent it (each worker numbers
 * its terms across its chunks, so a chunk carries only the terms new to its worker). Chunks
 * (CHUNK documents or CHUNK_CHARS characters: chunkStarts) go round the workers (worker w takes
 * chunks w, w + count, …), IN_FLIGHT ahead: the next chunk in order is never far behind, few
 * arrive early, and no worker holds more than a few chunks of the input. It blocks the calling thread (Atomics.wait on a shared counter, then synchronous reads
 * of the reply ports, sending each worker its next chunk as one comes back), so that
 * `clusterDocuments` stays synchronous. `sharedKept`: chunks keep their n-grams, entities and days
 * in shared memory (see ChunkWriter), for helper threads that build vectors from them.
 */
export function streamAnalysesInParallel(documents: readonly PreparedDocument[], languages: readonly string[], referenceDate: string, count: number, onChunk: (chunk: PackedChunk, terms: TermUnpacker) => void, sharedKept = false): void {
  const counter = workerCounter();
  const url = workerUrl('worker');
  if (url === null) throw new ClusteringError('INVALID_STATE', 'the worker module dist/worker.js is missing: run the build, or pass workers: 0');
  const starts = chunkStarts(documents);
  const chunks = starts.length - 1;
  const jobs = Array.from({ length: count }, (_, w) => {
    const worker = startWorker(url, counter, { languages, referenceDate, sharedKept }, { maxOldGenerationSizeMb: WORKER_HEAP_MB });
    const { port1, port2 } = new MessageChannel();
    worker.postMessage({ port: port2 }, [port2]);
    return { worker, port: port1, terms: new TermUnpacker(), nextChunk: w, received: 0, ended: false, done: false, error: undefined as string | undefined };
  });
  // Worker w takes chunks w, w + count, w + 2·count…, one more each time it sends one back.
  const send = (job: (typeof jobs)[number]) => {
    if (job.ended) return;
    if (job.nextChunk >= chunks) {
      job.worker.postMessage({ end: true });
      job.ended = true;
      return;
    }
    job.worker.postMessage({ documents: documents.slice(starts[job.nextChunk], starts[job.nextChunk + 1]) });
    job.nextChunk += count;
  };
  for (const job of jobs) for (let k = 0; k < IN_FLIGHT; k++) send(job);
  const early = new Map<number, PackedChunk>();
  let next = 0;
  let delivered = 0;
  const drain = () => {
    jobs.forEach((job, w) => {
      for (let reply = receiveMessageOnPort(job.port); reply !== undefined; reply = receiveMessageOnPort(job.port)) {
        const message = reply.message as Reply;
        if ('chunk' in message) {
          early.set(job.received++ * count + w, message.chunk);
          send(job);
        } else if ('done' in message) job.done = true;
        else job.error = message.error;
      }
    });
    for (let chunk = early.get(next); chunk !== undefined; chunk = early.get(next)) {
      const { terms } = jobs[next % count] as (typeof jobs)[number]; // chunk k came from worker k mod count
      early.delete(next++);
      terms.receive(chunk);
      onChunk(chunk, terms);
      delivered += chunk.documents.length;
    }
  };
  try {
    for (let seen = Atomics.load(counter, 0); Atomics.load(counter, 1) < count; seen = Atomics.load(counter, 0)) {
      drain();
      if (Atomics.load(counter, 1) < count) Atomics.wait(counter, 0, seen, WAIT_SLICE_MS);
    }
    drain();
    const failed = jobs.find((job) => !job.done);
    if (failed !== undefined || delivered !== documents.length) throw new ClusteringError('INVALID_STATE', `a feature-extraction worker failed: ${failed?.error ?? 'no reply'}`);
  } finally {
    for (const { worker, port } of jobs) {
      port.close();
      void worker.terminate();
    }
  }
}
