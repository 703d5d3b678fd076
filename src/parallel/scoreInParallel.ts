import { availableParallelism } from 'node:os';
import type { PairList } from '../clustering/pairList.js';
import type { DocumentPairs } from '../similarity/candidates.js';
import type { FuseOptions } from '../similarity/combine.js';
import { positivePairs, scorePairs, scoreRange } from '../similarity/pairs.js';
import { sharePairFeatures, type SharedPairFeatures } from '../similarity/sharedFeatures.js';
import type { PairFeatures } from '../similarity/signals.js';
import { startWorker, workerCounter, workerUrl } from './threads.js';

/** Below this many candidate pairs, starting a scoring thread costs more than it saves. */
export const PARALLEL_SCORING_FROM = 200_000;
const MAX_AUTO_THREADS = 4;
/** Pairs a thread scores per claim of the shared block counter. */
export const SCORING_BLOCK = 8_192;
const WAIT_SLICE_MS = 1_000;

/**
 * Pairs and shared state every scoring thread works on: pair p is (a[p], b[p]); blocks of
 * `block` pairs are claimed by incrementing next[0], and done[block] set once scored.
 */
export interface ScoringJob {
  block: number;
  a: Int32Array;
  b: Int32Array;
  scores: Float64Array;
  next: Int32Array;
  done: Int32Array;
}

/** Helper threads for scoring `pairs` pairs given the `workers` option (this thread scores too); 0 = this thread alone. */
export function scoringHelpers(option: 'auto' | number, pairs: number): number {
  if (pairs < PARALLEL_SCORING_FROM || workerUrl('scoreWorker') === null) return 0;
  return option === 'auto' ? Math.min(MAX_AUTO_THREADS, availableParallelism()) - 1 : option;
}

/**
 * Fused scores of the candidate pairs, keeping the positive ones in pair order — on `helpers`
 * worker threads besides this one when the vectors are in shared memory (a batch's are:
 * features/sharedVectors.ts), else in this thread. Every thread claims blocks of pairs from a
 * shared counter until none is left, so a slow thread holds up no one; a block a failed helper
 * claimed but never finished is scored here. The scores are those of `scorePairs`, bit for bit.
 */
export function scoreInParallel(features: readonly PairFeatures[], pairs: DocumentPairs, options: FuseOptions, helpers: number, block = SCORING_BLOCK): PairList {
  return helpers > 0 ? scoreWithHelpers(features, sharePairFeatures(features), pairs, options, { helpers, block }).pairs : scorePairs(features, pairs, options);
}

/** How `scoreWithHelpers` splits the work. */
export interface HelperPlan {
  helpers: number;
  /** Pairs per claim. */
  block: number;
  /** Whether this thread claims blocks too (tests say false, to see the helpers do all of it). */
  claim?: boolean;
}

/**
 * `scoreInParallel` once the features are shared (`shared` is what the helpers read: tests hand
 * them a broken one). Also says how many blocks this thread scored (claimed, or left by a helper).
 */
export function scoreWithHelpers(features: readonly PairFeatures[], shared: SharedPairFeatures, pairs: DocumentPairs, options: FuseOptions, plan: HelperPlan): { pairs: PairList; blocksHere: number } {
  const url = workerUrl('scoreWorker');
  const count = pairs.a.length;
  const blocks = Math.ceil(count / plan.block);
  if (url === null) return { pairs: scorePairs(features, pairs, options), blocksHere: blocks };
  const job: ScoringJob = {
    block: plan.block,
    a: sharedCopy(pairs.a),
    b: sharedCopy(pairs.b),
    scores: new Float64Array(new SharedArrayBuffer(count * Float64Array.BYTES_PER_ELEMENT)),
    next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
    done: new Int32Array(new SharedArrayBuffer(blocks * Int32Array.BYTES_PER_ELEMENT)),
  };
  const counter = workerCounter();
  const fuse: FuseOptions = { weights: { ...options.weights }, maxEventGapDays: options.maxEventGapDays, dateConflictPenalty: options.dateConflictPenalty, timeScaleDays: options.timeScaleDays };
  const workers = Array.from({ length: plan.helpers }, () => startWorker(url, counter, { features: shared, job, options: fuse }));
  let blocksHere = 0;
  try {
    if (plan.claim !== false) blocksHere += scoreBlocks(features, job, options);
    // Wait for the helpers' last blocks (each helper ends when no block is left, or fails)…
    for (let seen = Atomics.load(counter, 0); Atomics.load(counter, 1) < plan.helpers && !allDone(job.done); seen = Atomics.load(counter, 0)) {
      Atomics.wait(counter, 0, seen, WAIT_SLICE_MS);
    }
    // …and score here any block a failed helper left unfinished.
    for (let k = 0; k < blocks; k++) {
      if (Atomics.load(job.done, k) === 0) {
        scoreBlock(features, job, options, k);
        blocksHere++;
      }
    }
  } finally {
    for (const worker of workers) void worker.terminate();
  }
  return { pairs: positivePairs(job, job.scores), blocksHere };
}

/** Claims and scores blocks of pairs until none is left (the loop of every scoring thread); returns how many it scored. */
export function scoreBlocks(features: readonly PairFeatures[], job: ScoringJob, options: FuseOptions): number {
  const blocks = job.done.length;
  let scored = 0;
  for (let block = Atomics.add(job.next, 0, 1); block < blocks; block = Atomics.add(job.next, 0, 1), scored++) scoreBlock(features, job, options, block);
  return scored;
}

function scoreBlock(features: readonly PairFeatures[], job: ScoringJob, options: FuseOptions, block: number): void {
  scoreRange(features, job, options, job.scores, block * job.block, Math.min(job.a.length, (block + 1) * job.block));
  Atomics.store(job.done, block, 1);
}

function allDone(done: Int32Array): boolean {
  for (let block = 0; block < done.length; block++) if (Atomics.load(done, block) === 0) return false;
  return true;
}

function sharedCopy(array: Int32Array): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}
