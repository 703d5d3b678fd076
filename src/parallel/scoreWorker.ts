/**
 * Worker-thread entry for pair scoring: rebuilds the collection's pair features over the shared
 * vectors (similarity/sharedFeatures.ts), then takes blocks of pairs from the shared block
 * counter, as the main thread does, and writes their fused scores into the shared score array.
 * Scoring is pure and these are the main thread's functions on the same numbers, so the scores
 * are those of a single thread. It ends by itself when no block is left.
 */
import { workerData } from 'node:worker_threads';
import type { FuseOptions } from '../similarity/combine.js';
import { pairFeaturesFrom, type SharedPairFeatures } from '../similarity/sharedFeatures.js';
import { scoreBlocks, type ScoringJob } from './scoreInParallel.js';

const { features, job, options } = workerData as { features: SharedPairFeatures; job: ScoringJob; options: FuseOptions };
scoreBlocks(pairFeaturesFrom(features), job, options);
// The bootstrap (threads.ts) counts this thread as ended when it exits, and wakes the main thread.
