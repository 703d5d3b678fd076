/**
 * Worker-thread entry: analyses the documents it is sent with the built-in language profiles
 * and posts them back packed (parallel/wire.ts), a chunk at a time, signalling the shared counter
 * after each so that the (blocked) main thread wakes up and unpacks it. Analysis is pure, so
 * results equal the single-threaded path.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { analyzeDocument, type PreparedDocument } from '../features/analyzeDocument.js';
import { TermCache } from '../features/termCache.js';
import { LANGUAGES } from '../languages/index.js';
import { packAnalysis } from './wire.js';

interface Job {
  documents: PreparedDocument[];
  port: MessagePort;
}

const { languages, referenceDate, signal, chunk } = workerData as { languages: string[]; referenceDate: string; chunk: number; signal: { chunk: () => void; end: () => void } };
const profiles = new Map(languages.flatMap((code) => {
  const profile = LANGUAGES.get(code);
  return profile === undefined ? [] : [[code, profile] as const];
}));

parentPort?.once('message', ({ documents, port }: Job) => {
  try {
    const cache = new TermCache();
    for (let start = 0; start < documents.length; start += chunk) {
      const wires = documents.slice(start, start + chunk).map((doc) => packAnalysis(analyzeDocument(doc, { languages: profiles, referenceDate, cache })));
      port.postMessage({ chunk: wires }, wires.flatMap((w) => (w.packed ? [w.counts.buffer as ArrayBuffer] : [])));
      signal.chunk();
    }
    port.postMessage({ done: true });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    signal.end(); // set by the bootstrap in analyzeInParallel.ts: counts this worker as done
  }
});
