/**
 * The pair model: a logistic regression over the pair inputs (similarity/pairInputs.ts), whose
 * output is the probability that two documents — or two groups of documents — report the same
 * event. It is plain data (coefficients by input name), so it ships as data, serialises with a
 * result's options, and a user can train their own (training/trainPairModel.ts). Its score is a
 * sum a person can read: log-odds = intercept + Σ coefficient × input.
 */
import { ClusteringError } from '../errors.js';
import { SIGNAL_NAMES, type SignalName } from '../types.js';
import { INPUT_SIGNAL, PAIR_INPUTS, type PairInputName } from './pairInputs.js';

export interface PairModel {
  /** Format version of this object. */
  version: 1;
  intercept: number;
  /** Coefficient of each input (log-odds per unit of input); a missing input counts 0. */
  coefficients: Partial<Record<PairInputName, number>>;
  /** The clustering cut this model was tuned with: mean probability over the pairs of two groups. */
  threshold: number;
  /** The cut of the pooled pass (clusters compared as wholes): their pooled probability of being one event. */
  poolThreshold: number;
  /** Where the coefficients come from (data, command, date), for people reading a result. */
  trainedOn?: string;
}

/** A model laid out for the pair loop: coefficients in PAIR_INPUTS order. */
export interface CompiledModel {
  intercept: number;
  coefficients: Float64Array;
}

export function compileModel(model: PairModel): CompiledModel {
  return { intercept: model.intercept, coefficients: Float64Array.from(PAIR_INPUTS, (name) => model.coefficients[name] ?? 0) };
}

/** Log-odds of the inputs `x` (PAIR_INPUTS order) under the compiled model. */
export function logOdds(model: CompiledModel, x: ArrayLike<number>): number {
  let z = model.intercept;
  const w = model.coefficients;
  for (let k = 0; k < w.length; k++) z += (w[k] as number) * (x[k] as number);
  return z;
}

export const probabilityOf = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** The model without the evidence of `signals`: their inputs' coefficients set to 0 (the ablations of the benchmarks). */
export function withoutSignals(model: PairModel, signals: readonly SignalName[]): PairModel {
  const off = new Set<string>(signals);
  const coefficients = Object.fromEntries(Object.entries(model.coefficients).filter(([name]) => !off.has(INPUT_SIGNAL[name as PairInputName])));
  return { ...model, coefficients };
}

/** Checks a model given as an option (`option` names it in errors): every field of the type, finite numbers, known inputs. */
export function validateModel(model: unknown, option = 'model'): PairModel {
  const fail = (message: string, at = option): never => {
    throw new ClusteringError('INVALID_OPTION', message, { option: at });
  };
  if (model === null || typeof model !== 'object' || Array.isArray(model)) fail('must be a pair model object { version, intercept, coefficients, threshold, poolThreshold }');
  const m = model as Record<string, unknown>;
  if (m.version !== 1) fail(`unknown model version ${JSON.stringify(m.version)}; this library reads version 1`, `${option}.version`);
  if (typeof m.intercept !== 'number' || !Number.isFinite(m.intercept)) fail('must be a finite number', `${option}.intercept`);
  for (const cut of ['threshold', 'poolThreshold']) {
    const value = m[cut];
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) fail('must be a number from 0 to 1', `${option}.${cut}`);
  }
  const coefficients = m.coefficients;
  if (coefficients === null || typeof coefficients !== 'object' || Array.isArray(coefficients)) fail('must be an object of coefficients by input name', `${option}.coefficients`);
  for (const [name, value] of Object.entries(coefficients as object)) {
    if (!(PAIR_INPUTS as readonly string[]).includes(name)) fail(`unknown input; known: ${PAIR_INPUTS.join(', ')}`, `${option}.coefficients.${name}`);
    if (typeof value !== 'number' || !Number.isFinite(value)) fail('must be a finite number', `${option}.coefficients.${name}`);
  }
  return model as PairModel;
}

/** The signals a model reads (those with a non-zero coefficient on one of their inputs). */
export function modelSignals(model: PairModel): SignalName[] {
  return SIGNAL_NAMES.filter((signal) => PAIR_INPUTS.some((name) => INPUT_SIGNAL[name] === signal && (model.coefficients[name] ?? 0) !== 0));
}
