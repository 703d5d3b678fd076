/**
 * Worker-thread entry: analyses the documents it is sent with the built-in language profiles
 * and posts the analyses back, then signals the shared counter so that the (blocked) main
 * thread wakes up. Analysis is pure, so results equal the single-threaded path.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { analyzeDocument, type PreparedDocument } from '../features/analyzeDocument.js';
import { TermCache } from '../features/termCache.js';
import { LANGUAGES } from '../languages/index.js';

interface Job {
  documents: PreparedDocument[];
  port: MessagePort;
}

const { languages, referenceDate, signal } = workerData as { languages: string[]; referenceDate: string; signal: () => void };
const profiles = new Map(languages.flatMap((code) => {
  const profile = LANGUAGES.get(code);
  return profile === undefined ? [] : [[code, profile] as const];
}));

parentPort?.once('message', ({ documents, port }: Job) => {
  try {
    const cache = new TermCache();
    port.postMessage({ analyses: documents.map((doc) => analyzeDocument(doc, { languages: profiles, referenceDate, cache })) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    signal(); // set by the bootstrap in analyzeInParallel.ts: counts this worker as done
  }
});
