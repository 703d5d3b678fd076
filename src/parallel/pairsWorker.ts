/**
 * Worker-thread entry for the pair stages of a batch, started by parallel/blocks.ts with one task:
 * finding candidate neighbours (parallel/candidatesInParallel.ts), scoring pairs
 * (parallel/scoreInParallel.ts) or, before them, building the word and n-gram vectors
 * (parallel/vectorsInParallel.ts). It claims blocks from the shared queue, as the main thread does,
 * and writes into shared memory, until no block is left; then it ends, which the bootstrap
 * (threads.ts) counts, waking the main thread. These are the main thread's functions on the same
 * numbers, so the results are those of a single thread.
 */
import { workerData } from 'node:worker_threads';
import { pairFeaturesFrom } from '../storage/sharedFeatures.js';
import { claimBlocks } from './blocks.js';
import { neighbourBlock, type CandidatesTask } from './candidatesInParallel.js';
import { scoreBlock, type ScoringTask } from './scoreInParallel.js';
import { Scorer } from '../similarity/scoring.js';
import { vectorJob, type VectorsTask } from './vectorsInParallel.js';

const data = workerData as CandidatesTask | ScoringTask | VectorsTask;
if (data.task === 'candidates') claimBlocks(data.queue, (k) => neighbourBlock(data, k));
else if (data.task === 'vectors') claimBlocks(data.queue, vectorJob(data));
else {
  const features = pairFeaturesFrom(data.features);
  const scorer = Scorer.from(data.model);
  claimBlocks(data.queue, (k) => scoreBlock(features, data.job, scorer, k));
}
