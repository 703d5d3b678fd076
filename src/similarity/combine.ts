import type { ResolvedClusterOptions } from '../options.js';
import { SIGNAL_NAMES, type SignalContribution } from '../types.js';
import type { SignalScores } from './signals.js';
import { temporalFactor } from './temporal.js';

export interface FusedScore {
  score: number;
  signals: SignalContribution[];
  evidenceFactor: number;
  temporalFactor: number;
  dateConflict: boolean;
}

export type FuseOptions = Pick<ResolvedClusterOptions, 'weights' | 'maxEventGapDays' | 'dateConflictPenalty' | 'timeScaleDays'>;

/**
 * A pair judged on less than this share of the total weight (say, character n-grams alone) is
 * discounted in proportion: thin evidence must not pass for strong evidence.
 */
export const MIN_EVIDENCE_SHARE = 0.5;

/**
 * The fused pair score: the weighted mean of the signals that have evidence for this pair
 * (weights renormalised over them), × an evidence factor (discount when that evidence covers
 * less than half of the total weight), × a temporal factor (down to 1 − dateConflictPenalty as
 * the event dates drift apart). `fuse` writes it out signal by signal for explanations.
 */
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
  const factor = evidenceFactor(available, total) * temporalFactor(gap, options.timeScaleDays, options.dateConflictPenalty);
  return Math.min(1, Math.max(0, (factor * sum) / available));
}

function evidenceFactor(available: number, total: number): number {
  return total === 0 ? 0 : Math.min(1, available / (MIN_EVIDENCE_SHARE * total));
}

export function fuse(scores: SignalScores, gap: number | null, options: FuseOptions): FusedScore {
  const total = SIGNAL_NAMES.reduce((s, signal) => s + options.weights[signal], 0);
  const available = SIGNAL_NAMES.reduce((s, signal) => s + (scores[signal] === null ? 0 : options.weights[signal]), 0);
  const evidence = evidenceFactor(available, total);
  const temporal = temporalFactor(gap, options.timeScaleDays, options.dateConflictPenalty);
  const signals = SIGNAL_NAMES.map((signal): SignalContribution => {
    const score = scores[signal];
    const weight = options.weights[signal];
    return { signal, score, weight, contribution: score === null || available === 0 ? 0 : (evidence * temporal * weight * score) / available };
  });
  return {
    score: fusedScore(scores, gap, options),
    signals,
    evidenceFactor: evidence,
    temporalFactor: temporal,
    dateConflict: gap !== null && gap > options.maxEventGapDays,
  };
}
