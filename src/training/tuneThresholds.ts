/**
 * The clustering cuts of a pair model, chosen on labelled corpora: every combination of the
 * first-pass threshold and the pooled pass's cut in the grids is clustered and scored by BCubed
 * F1, and the best mean over the corpora wins (ties: the lower cuts, listed first).
 */
import { clusterDocuments } from '../clusterDocuments.js';
import { evaluate } from '../evaluation/evaluate.js';
import type { PairModel } from '../similarity/pairModel.js';
import type { DocumentInput } from '../types.js';

export interface LabelledCorpus {
  name: string;
  documents: readonly DocumentInput[];
  gold: ReadonlyMap<string, string>;
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
  mean: number;
}

const grid = (from: number, to: number, step: number): number[] => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, k) => Math.round((from + k * step) * 1000) / 1000);

export function tuneThresholds(model: PairModel, corpora: readonly LabelledCorpus[], options: TuneOptions): { model: PairModel; rows: TuningRow[] } {
  const rows: TuningRow[] = [];
  for (const threshold of options.thresholds ?? grid(0.1, 0.6, 0.05)) {
    for (const poolThreshold of options.poolThresholds ?? grid(0.3, 0.9, 0.1)) {
      const candidate = { ...model, threshold, poolThreshold };
      const f1 = corpora.map((c) => evaluate(clusterDocuments(c.documents, { referenceDate: options.referenceDate, model: candidate }), c.gold).bcubed.f1);
      rows.push({ threshold, poolThreshold, f1, mean: f1.reduce((s, x) => s + x, 0) / Math.max(1, f1.length) });
    }
  }
  const best = rows.reduce((b, r) => (r.mean > b.mean + 1e-12 ? r : b), rows[0] as TuningRow);
  return { model: { ...model, threshold: best.threshold, poolThreshold: best.poolThreshold }, rows };
}
