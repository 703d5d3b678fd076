import type { PairList } from '../clustering/pairList.js';
import type { DocumentPairs } from '../similarity/candidates.js';
import { keptPairs, scorePairs, scoreRange } from '../similarity/pairs.js';
import { Scorer, type ScoringModel } from '../similarity/scoring.js';
import { isShared } from '../storage/slab.js';
import { sharePairFeatures, transferables, type SharedPairFeatures } from '../storage/sharedFeatures.js';
import type { PairFeatures } from '../similarity/signals.js';
import { blockQueue, helperCopy, helperCount, runBlocks, type BlockPlan, type BlockQueue } from './blocks.js';

/** Below this many candidate pairs, starting a scoring thread costs more than it saves. */
export const PARALLEL_SCORING_FROM = 200_000;
/** Pairs a thread scores per claim of the shared block counter. */
export const SCORING_BLOCK = 8_192;

/** Pairs and scores every scoring thread works on: pair p is (a[p], b[p]), block k is pairs k·block …. */
export interface ScoringJob {
  block: number;
  a: Int32Array;
  b: Int32Array;
  scores: Float64Array;
}

/** Helper threads for scoring `pairs` pairs given the `workers` option (this thread scores too); 0 = this thread alone. */
export function scoringHelpers(option: 'auto' | number, pairs: number): number {
  return helperCount(option, pairs >= PARALLEL_SCORING_FROM);
}

/**
 * The pair model's scores of the candidate pairs, keeping those likely enough to matter in pair order, on `helpers`
 * worker threads besides this one (parallel/blocks.ts): the vectors are copied once for the
 * helpers (storage/sharedFeatures.ts: shared memory for several, moved to a single one), and
 * the threads claim blocks of pairs until none is left. The scores are those of `scorePairs`, bit for bit: the same functions on the same numbers.
 */
export function scoreInParallel(features: readonly PairFeatures[], pairs: DocumentPairs, model: ScoringModel, helpers: number, block = SCORING_BLOCK): PairList {
  return helpers > 0 ? scoreWithHelpers(features, sharePairFeatures(features, helpers > 1), pairs, model, { helpers }, block).pairs : scorePairs(features, pairs, Scorer.from(model));
}

/**
 * `scoreInParallel` once the features are shared (`shared` is what the helpers read: tests hand
 * them a broken one). Also says how many blocks this thread scored (claimed, or left by a helper).
 */
export function scoreWithHelpers(features: readonly PairFeatures[], shared: SharedPairFeatures, pairs: DocumentPairs, model: ScoringModel, plan: BlockPlan, block = SCORING_BLOCK): { pairs: PairList; blocksHere: number } {
  const count = pairs.a.length;
  // This thread scores from `pairs` and `features`; the helpers get copies (moved to a single helper).
  const move = plan.helpers === 1 && !shared.segments.some(isShared);
  const scores = new Float64Array(new SharedArrayBuffer(count * Float64Array.BYTES_PER_ELEMENT));
  const job: ScoringJob = { block, a: helperCopy(pairs.a, !move), b: helperCopy(pairs.b, !move), scores };
  const queue = blockQueue(Math.ceil(count / block));
  const scorer = Scorer.from(model);
  const transfer = move ? [...transferables(shared), job.a.buffer as ArrayBuffer, job.b.buffer as ArrayBuffer] : [];
  const here: ScoringJob = { block, a: pairs.a, b: pairs.b, scores }; // this thread's own pairs, the shared scores
  const blocksHere = runBlocks(queue, { task: 'scores', features: shared, job, model }, plan, (k) => scoreBlock(features, here, scorer, k), transfer);
  return { pairs: keptPairs(pairs, scores), blocksHere };
}

/** Writes the scores of block k of the job. */
export function scoreBlock(features: readonly PairFeatures[], job: ScoringJob, scorer: Scorer, k: number): void {
  scoreRange(features, job, scorer, job.scores, k * job.block, Math.min(job.a.length, (k + 1) * job.block));
}

/** What a scoring helper is given (parallel/pairsWorker.ts). */
export interface ScoringTask {
  task: 'scores';
  features: SharedPairFeatures;
  job: ScoringJob;
  model: ScoringModel;
  queue: BlockQueue;
}
