/**
 * Worker-thread entry: analyses the documents it is sent with the built-in language profiles
 * and posts them back packed (features/packedAnalyses.ts), a chunk at a time, signalling the shared counter
 * after each so that the (blocked) main thread wakes up and unpacks it. Analysis is pure, so
 * results equal the single-threaded path.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { analyzeDocument, type PreparedDocument } from '../features/analyzeDocument.js';
import { TermCache } from '../features/termCache.js';
import { LANGUAGES } from '../languages/index.js';
import { chunkBuffers, packChunk } from '../features/packedAnalyses.js';

interface Job {
  /** This worker's chunks, in the order their analyses are to be posted. */
  chunks: PreparedDocument[][];
  port: MessagePort;
}

const { languages, referenceDate, signal } = workerData as { languages: string[]; referenceDate: string; signal: { chunk: () => void; end: () => void } };
const profiles = new Map(languages.flatMap((code) => {
  const profile = LANGUAGES.get(code);
  return profile === undefined ? [] : [[code, profile] as const];
}));

parentPort?.once('message', ({ chunks, port }: Job) => {
  try {
    const cache = new TermCache();
    for (const documents of chunks) {
      const chunk = packChunk(documents.map((doc) => analyzeDocument(doc, { languages: profiles, referenceDate, cache })));
      port.postMessage({ chunk }, chunkBuffers(chunk));
      signal.chunk();
    }
    port.postMessage({ done: true });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    signal.end(); // set by the bootstrap in analyzeInParallel.ts: counts this worker as done
  }
});
