/**
 * Worker-thread entry for the pair stages of a batch, started by parallel/blocks.ts with one task:
 * finding candidate neighbours (parallel/candidatesInParallel.ts) or scoring pairs
 * (parallel/scoreInParallel.ts). It claims blocks from the shared queue, as the main thread does,
 * and writes into shared memory, until no block is left; then it ends, which the bootstrap
 * (threads.ts) counts, waking the main thread. These are the main thread's functions on the same
 * numbers, so the results are those of a single thread.
 */
import { workerData } from 'node:worker_threads';
import { pairFeaturesFrom } from '../similarity/sharedFeatures.js';
import { claimBlocks } from './blocks.js';
import { neighbourBlock, type CandidatesTask } from './candidatesInParallel.js';
import { scoreBlock, type ScoringTask } from './scoreInParallel.js';

const data = workerData as CandidatesTask | ScoringTask;
if (data.task === 'candidates') claimBlocks(data.queue, (k) => neighbourBlock(data, k));
else {
  const features = pairFeaturesFrom(data.features);
  claimBlocks(data.queue, (k) => scoreBlock(features, data.job, data.options, k));
}
