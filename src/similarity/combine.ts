import type { ResolvedClusterOptions } from '../options.js';
import { SIGNAL_NAMES, type SignalContribution } from '../types.js';
import type { SignalScores } from './signals.js';

export interface FusedScore {
  score: number;
  signals: SignalContribution[];
  dateConflict: boolean;
}

/**
 * The fused pair score: a weighted mean of the signals that have evidence for this pair
 * (weights renormalised over them), discounted when that evidence covers less than half of the
 * total weight, then reduced by `dateConflictPenalty` when the two event dates are more than
 * `maxEventGapDays` apart. `fuse` writes it out signal by signal for explanations.
 */
type FuseOptions = Pick<ResolvedClusterOptions, 'weights' | 'maxEventGapDays' | 'dateConflictPenalty'>;

/**
 * A pair judged on less than this share of the total weight (say, character n-grams alone) is
 * discounted in proportion: thin evidence must not pass for strong evidence.
 */
export const MIN_EVIDENCE_SHARE = 0.5;

/** The factor applied to the weighted mean: evidence coverage times the date-conflict penalty. */
function scale(available: number, total: number, gap: number | null, options: FuseOptions): number {
  const coverage = total === 0 ? 0 : Math.min(1, available / (MIN_EVIDENCE_SHARE * total));
  return gap !== null && gap > options.maxEventGapDays ? coverage * (1 - options.dateConflictPenalty) : coverage;
}

/** The fused score only (the hot path of the similarity matrix). */
export function fusedScore(scores: SignalScores, gap: number | null, options: FuseOptions): number {
  let available = 0;
  let total = 0;
  let sum = 0;
  for (const signal of SIGNAL_NAMES) {
    const weight = options.weights[signal];
    total += weight;
    const score = scores[signal];
    if (score === null) continue;
    available += weight;
    sum += weight * score;
  }
  if (available === 0) return 0;
  return Math.min(1, Math.max(0, (scale(available, total, gap, options) * sum) / available));
}

export function fuse(scores: SignalScores, gap: number | null, options: FuseOptions): FusedScore {
  const total = SIGNAL_NAMES.reduce((s, signal) => s + options.weights[signal], 0);
  const available = SIGNAL_NAMES.reduce((s, signal) => s + (scores[signal] === null ? 0 : options.weights[signal]), 0);
  const factor = available === 0 ? 0 : scale(available, total, gap, options) / available;
  const signals = SIGNAL_NAMES.map((signal): SignalContribution => {
    const score = scores[signal];
    const weight = options.weights[signal];
    return { signal, score, weight, contribution: score === null ? 0 : factor * weight * score };
  });
  return { score: fusedScore(scores, gap, options), signals, dateConflict: gap !== null && gap > options.maxEventGapDays };
}
