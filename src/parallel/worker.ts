/**
 * Worker-thread entry: analyses the chunks of documents it is sent, one at a time as they come,
 * with the built-in language profiles, and posts each back packed (storage/packedAnalyses.ts),
 * signalling the shared counter so that the (blocked) main thread wakes up, takes it in and
 * sends the next. Analysis is pure, so results equal the single-threaded path.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { analyzeWithStems, type PreparedDocument } from '../features/analyzeDocument.js';
import { TermCache } from '../storage/termCache.js';
import { LANGUAGES } from '../languages/index.js';
import { chunkBuffers, ChunkWriter, TermPacker } from '../storage/packedAnalyses.js';

/** The first message hands over the reply port; then come chunks to analyse, then `end`. */
type Message = { port: MessagePort } | { documents: PreparedDocument[] } | { end: true };

const { languages, referenceDate, sharedKept, signal } = workerData as { languages: string[]; referenceDate: string; sharedKept: boolean; signal: { event: () => void; end: () => void } };
const profiles = new Map(languages.flatMap((code) => {
  const profile = LANGUAGES.get(code);
  return profile === undefined ? [] : [[code, profile] as const];
}));

const cache = new TermCache();
/** This worker's term numbering, across its chunks (see TermPacker). */
const terms = new TermPacker();
let replies: MessagePort | undefined;

parentPort?.on('message', (message: Message) => {
  if ('port' in message) {
    replies = message.port;
    return;
  }
  const port = replies as MessagePort;
  try {
    if ('end' in message) {
      port.postMessage({ done: true });
      signal.end(); // set by the bootstrap in threads.ts: counts this worker as done
      parentPort?.close();
      return;
    }
    // Each analysis is packed as soon as it is made: it dies young instead of outliving the chunk.
    const writer = new ChunkWriter(terms, sharedKept);
    for (const doc of message.documents) {
      const { analysis, stems } = analyzeWithStems(doc, { languages: profiles, referenceDate, cache });
      writer.addStems(analysis, stems);
    }
    const chunk = writer.finish();
    port.postMessage({ chunk }, chunkBuffers(chunk));
    signal.event();
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
    signal.end();
    parentPort?.close();
  }
});
