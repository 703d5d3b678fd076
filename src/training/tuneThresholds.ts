/**
 * The clustering cuts of a pair model, chosen on labelled corpora: every combination of the
 * first-pass threshold and the pooled pass's cut in the grids is clustered and scored by BCubed
 * F1; among the combinations that keep every corpus at or above its `minF1`, the best weighted
 * mean wins (ties: the lower cuts, listed first). A corpus of weight 0 is a constraint only.
 */
import { clusterDocuments } from '../clusterDocuments.js';
import { evaluate } from '../evaluation/evaluate.js';
import type { PairModel } from '../similarity/pairModel.js';
import type { DocumentInput } from '../types.js';

export interface LabelledCorpus {
  name: string;
  documents: readonly DocumentInput[];
  gold: ReadonlyMap<string, string>;
  /** Weight in the mean that is maximised (default 1; 0: a constraint only). */
  weight?: number;
  /** BCubed F1 the cuts must keep on this corpus (default none). */
  minF1?: number;
}

export interface TuneOptions {
  referenceDate: string;
  thresholds?: readonly number[];
  poolThresholds?: readonly number[];
}

export interface TuningRow {
  threshold: number;
  poolThreshold: number;
  /** BCubed F1 per corpus, in the order given. */
  f1: number[];
  /** Weighted mean F1 over the corpora of positive weight. */
  mean: number;
  /** Every corpus at or above its minF1. */
  feasible: boolean;
}

const grid = (from: number, to: number, step: number): number[] => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, k) => Math.round((from + k * step) * 1000) / 1000);

export function tuneThresholds(model: PairModel, corpora: readonly LabelledCorpus[], options: TuneOptions): { model: PairModel; rows: TuningRow[] } {
  const rows: TuningRow[] = [];
  for (const threshold of options.thresholds ?? grid(0.1, 0.6, 0.05)) {
    for (const poolThreshold of options.poolThresholds ?? grid(0.3, 0.9, 0.1)) {
      const candidate = { ...model, threshold, poolThreshold };
      const f1 = corpora.map((c) => evaluate(clusterDocuments(c.documents, { referenceDate: options.referenceDate, model: candidate }), c.gold).bcubed.f1);
      const weights = corpora.map((c) => c.weight ?? 1);
      const total = weights.reduce((s, w) => s + w, 0);
      const mean = f1.reduce((s, x, i) => s + x * (weights[i] as number), 0) / Math.max(total, Number.MIN_VALUE);
      rows.push({ threshold, poolThreshold, f1, mean, feasible: corpora.every((c, i) => (f1[i] as number) >= (c.minF1 ?? 0)) });
    }
  }
  // Best feasible row; when none keeps every floor, the best row anyway (rows say which were feasible).
  const candidates = rows.some((r) => r.feasible) ? rows.filter((r) => r.feasible) : rows;
  const best = candidates.reduce((b, r) => (r.mean > b.mean + 1e-12 ? r : b), candidates[0] as TuningRow);
  return { model: { ...model, threshold: best.threshold, poolThreshold: best.poolThreshold }, rows };
}
