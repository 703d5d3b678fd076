import type { DocumentFeatures } from '../features/collection.js';
import { anchorIndex, candidatePairs, neighbourKeys, neighboursOf, pairsFromKeys, type AnchorIndex, type CandidateOptions, type DocumentPairs, type NeighbourKeys } from '../similarity/candidates.js';
import { blockQueue, helperCount, runBlocks, type BlockPlan, type BlockQueue } from './blocks.js';

/** From this many documents, finding neighbours on helper threads saves more than starting them costs. */
export const PARALLEL_CANDIDATES_FROM = 10_000;
/** Documents a thread takes per claim of the shared block counter. */
export const CANDIDATE_BLOCK = 512;

/** Helper threads for the candidate pairs of `documents` documents given the `workers` option (this thread works too). */
export function candidateHelpers(option: 'auto' | number, documents: number): number {
  return helperCount(option, documents >= PARALLEL_CANDIDATES_FROM);
}

/**
 * `candidatePairs` with the neighbour search (its costly part: a top-k per document over the
 * postings of its rarest anchors) shared with `helpers` worker threads (parallel/blocks.ts): the
 * index is built here in shared memory, which every thread reads, and the threads claim blocks of
 * documents. Each document's neighbours do not depend on who finds them, and the pairs are sorted
 * at the end, so they are those of `candidatePairs`.
 */
export function candidatesInParallel(features: readonly DocumentFeatures[], options: CandidateOptions, helpers: number, plan: Omit<BlockPlan, 'helpers'> = {}, block = CANDIDATE_BLOCK): DocumentPairs {
  if (helpers === 0) return candidatePairs(features, options);
  // In shared memory: the helpers read this thread's arrays (a copy each doubled the index's
  // memory at 100k documents). Keys are written by all.
  const index = anchorIndex(features, options, true);
  const keys = neighbourKeys(index, options, true);
  const queue = blockQueue(Math.ceil(index.n / block));
  const task: CandidatesTask = { task: 'candidates', index, keys, options: { ...options }, block, queue };
  runBlocks(queue, { ...task }, { ...plan, helpers }, (k) => neighbourBlock(task, k));
  return pairsFromKeys(keys, index.n);
}

/** What a candidate helper is given (parallel/pairsWorker.ts). */
export interface CandidatesTask {
  task: 'candidates';
  index: AnchorIndex;
  keys: NeighbourKeys;
  options: CandidateOptions;
  block: number;
  queue: BlockQueue;
}

/** Finds the neighbours of the documents of block k. */
export function neighbourBlock(task: Omit<CandidatesTask, 'queue' | 'task'>, k: number): void {
  neighboursOf(task.index, task.options, task.keys, k * task.block, Math.min(task.index.n, (k + 1) * task.block));
}
