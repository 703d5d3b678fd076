/**
 * Training a pair model: a weighted, L2-penalised logistic regression (training/logistic.ts)
 * over labelled pair inputs (training/pairExamples.ts), several sets of examples mixed with a
 * total weight each (so a corpus of 40,000 pairs does not drown one of 400), and the result's
 * calibration: predicted probability against the observed share of same-event pairs, by bin.
 */
import { ClusteringError } from '../errors.js';
import { DEFAULT_PAIR_MODEL } from '../similarity/defaultModel.js';
import { PAIR_INPUTS, type PairInputName } from '../similarity/pairInputs.js';
import { compileModel, logOdds, probabilityOf, type PairModel } from '../similarity/pairModel.js';
import { fitLogistic, type LogisticExample } from './logistic.js';
import type { PairExample } from './pairExamples.js';

/** A named set of examples and its total weight in the fit (default 1). */
export interface TrainingSet {
  name: string;
  examples: readonly PairExample[];
  weight?: number;
}

export interface TrainOptions {
  /** L2 penalty per unit of total weight (default 1e-3). */
  l2?: number;
  /** Inputs left out of the model (their coefficients are 0). */
  exclude?: readonly PairInputName[];
  /** The model's clustering cuts (defaults: the shipped model's); `tuneThresholds` chooses them on a labelled corpus. */
  threshold?: number;
  poolThreshold?: number;
  /** Provenance to record in the model. */
  trainedOn?: string;
}

export interface TrainedModel {
  model: PairModel;
  /** Mean weighted log-loss on the training examples. */
  logLoss: number;
  /** Examples per set, and how many of them are positive. */
  sets: { name: string; examples: number; positives: number; weight: number }[];
}

export function trainPairModel(sets: readonly TrainingSet[], options: TrainOptions = {}): TrainedModel {
  const excluded = new Set<string>(options.exclude ?? []);
  const kept = PAIR_INPUTS.flatMap((name, k) => (excluded.has(name) ? [] : [k]));
  const examples: LogisticExample[] = [];
  for (const set of sets) {
    if (set.examples.length === 0) continue;
    const weight = (set.weight ?? 1) / set.examples.length;
    for (const e of set.examples) {
      if (e.inputs.length !== PAIR_INPUTS.length) throw new ClusteringError('INVALID_INPUT', `an example of set "${set.name}" has ${e.inputs.length} inputs, not ${PAIR_INPUTS.length} (PAIR_INPUTS)`);
      examples.push({ x: kept.map((k) => e.inputs[k] as number), y: e.label, weight });
    }
  }
  if (examples.length === 0) throw new ClusteringError('INVALID_INPUT', 'no training examples were given');
  const fit = fitLogistic(examples, { l2: options.l2 ?? 1e-3 });
  const coefficients: Partial<Record<PairInputName, number>> = {};
  kept.forEach((k, i) => (coefficients[PAIR_INPUTS[k] as PairInputName] = fit.coefficients[i] as number));
  const model: PairModel = {
    version: 1,
    intercept: fit.intercept,
    coefficients,
    threshold: options.threshold ?? DEFAULT_PAIR_MODEL.threshold,
    poolThreshold: options.poolThreshold ?? DEFAULT_PAIR_MODEL.poolThreshold,
  };
  if (options.trainedOn !== undefined) model.trainedOn = options.trainedOn;
  return {
    model,
    logLoss: fit.logLoss,
    sets: sets.map((s) => ({ name: s.name, examples: s.examples.length, positives: s.examples.filter((e) => e.label >= 0.5).length, weight: s.weight ?? 1 })),
  };
}

/** One bin of a reliability table: pairs whose predicted probability fell in [from, to). */
export interface CalibrationBin {
  from: number;
  to: number;
  pairs: number;
  /** Mean predicted probability in the bin. */
  predicted: number;
  /** Share of those pairs labelled the same event. */
  observed: number;
}

/** The model's probabilities against the labels, in `bins` equal-width bins (empty bins left out). */
export function calibrationTable(model: PairModel, examples: readonly PairExample[], bins = 10): CalibrationBin[] {
  const compiled = compileModel(model);
  const sums = Array.from({ length: bins }, () => ({ pairs: 0, predicted: 0, observed: 0 }));
  for (const e of examples) {
    const p = probabilityOf(logOdds(compiled, e.inputs));
    const bin = sums[Math.min(bins - 1, Math.floor(p * bins))] as (typeof sums)[number];
    bin.pairs += 1;
    bin.predicted += p;
    bin.observed += e.label;
  }
  return sums.flatMap((s, k) => (s.pairs === 0 ? [] : [{ from: k / bins, to: (k + 1) / bins, pairs: s.pairs, predicted: s.predicted / s.pairs, observed: s.observed / s.pairs }]));
}
